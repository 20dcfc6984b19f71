// The 2024 Global Synthetic Dataset layout: 27 columns in the order public ETL code reads them from the CTDC
// download; sources in docs/mappings/ctdc.md.
import {
  ageBroad,
  citizenship,
  countryOfExploitation,
  flag,
  gender,
  type LayoutDef,
  plainGroup,
  traffickMonths,
  year,
} from "./columns.js";
import { flagRows2024 as f } from "./encodings.js";

/** Columns, in published order, and quasi-identifier groups of the 2024 layout. */
export const layout2024: LayoutDef = {
  columns: [
    year,
    gender("2024"),
    ageBroad,
    citizenship("2024"),
    countryOfExploitation("2024"),
    traffickMonths,
    ...f.means.map((r) => flag(r)),
    ...f.exploitation.map((r) => flag(r, "exploitation")),
    ...f.labour.map((r) => flag(r, "exploitation")),
    ...f.sex.map((r) => flag(r, "exploitation")),
    ...f.recruiter.map((r) => flag(r, "recruiter")),
  ],
  groups: [
    plainGroup("year"),
    plainGroup("gender"),
    plainGroup("age"),
    plainGroup("citizenship"),
    plainGroup("country"),
    plainGroup("duration"),
    {
      name: "exploitation",
      steps: [
        { name: "labour and sex sectors removed", keep: f.exploitation.map((r) => r.column) },
        { name: "removed", keep: [] },
      ],
    },
    plainGroup("recruiter"),
  ],
};
