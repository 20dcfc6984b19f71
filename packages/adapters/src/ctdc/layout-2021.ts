// The 2021 k-anonymised Global Dataset layout: 63 columns in the order of "The Global K-anon Dataset 15 July 2021"
// (sheet CTDC_K_anon_ds) and its data dictionary of 2021-08-25; sources in docs/mappings/ctdc.md.
import {
  ageBroad,
  citizenship,
  countryOfExploitation,
  flag,
  gender,
  type LayoutDef,
  majorityAtExploit,
  majorityEntry,
  majorityStatus,
  plainGroup,
  unconfirmed,
  year,
} from "./columns.js";
import { FLAG, flagRows2021 as f } from "./encodings.js";

const exploitation = [...f.exploitation, ...f.exploitationMore];
const labourColumns = f.labour.map((r) => r.column);

/** Columns, in published order, and quasi-identifier groups of the 2021 layout. */
export const layout2021: LayoutDef = {
  columns: [
    year,
    unconfirmed("Datasource"),
    gender("2021"),
    ageBroad,
    majorityStatus,
    majorityAtExploit,
    majorityEntry,
    citizenship("2021"),
    ...f.means.map((r) => flag(r)),
    unconfirmed("meansOfControlConcatenated"),
    ...f.exploitation.map((r) => flag(r, "exploitation")),
    {
      kind: "derived",
      name: "isSexAndLabour",
      from: "isSexualExploit and isForcedLabour, as published",
      derive: (row) => (row.isSexualExploit === FLAG && row.isForcedLabour === FLAG ? FLAG : undefined),
    },
    ...f.exploitationMore.map((r) => flag(r, "exploitation")),
    unconfirmed("typeOfExploitConcatenated"),
    ...f.labour.map((r) => flag(r, "exploitation")),
    {
      kind: "derived",
      name: "typeOfLabourNotSpecified",
      from: "isForcedLabour without any typeOfLabour flag, as published",
      derive: (row) =>
        row.isForcedLabour === FLAG && labourColumns.every((c) => row[c] !== FLAG) ? FLAG : undefined,
    },
    unconfirmed("typeOfLabourConcatenated"),
    ...f.sex.map((r) => flag(r, "exploitation")),
    unconfirmed("typeOfSexConcatenated"),
    ...f.abduction.map((r) => flag(r, "abduction")),
    unconfirmed("RecruiterRelationship"),
    countryOfExploitation("2021"),
    ...f.recruiter.map((r) => flag(r, "recruiter")),
  ],
  groups: [
    plainGroup("year"),
    plainGroup("gender"),
    {
      name: "age",
      steps: [
        { name: "ageBroad removed", keep: ["majorityStatus", "majorityStatusAtExploit", "majorityEntry"] },
        { name: "only majorityStatus kept", keep: ["majorityStatus"] },
        { name: "removed", keep: [] },
      ],
    },
    plainGroup("citizenship"),
    {
      name: "exploitation",
      steps: [
        { name: "labour and sex types removed", keep: exploitation.map((r) => r.column) },
        { name: "removed", keep: [] },
      ],
    },
    plainGroup("abduction"),
    plainGroup("country"),
    plainGroup("recruiter"),
  ],
};
