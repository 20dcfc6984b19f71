import { alpha3Rows } from "../internal/iso-3166-alpha3.js";
import { FLAG, type FlagRow, genderRows, majority, traffickMonthsRows } from "./encodings.js";
import type { ProfileReader } from "./profile-reader.js";
import type { CtdcLayout } from "./types.js";

/**
 * One published column: `value` columns are read from the profile (in a k-anonymity group when `group` is set),
 * `derived` columns are computed from the row as published (so they never reveal a suppressed cell), and
 * `unconfirmed` columns are published empty because their value encoding could not be confirmed from a source.
 */
export type ColumnDef =
  | {
      readonly kind: "value";
      readonly name: string;
      readonly group?: string;
      readonly from: string;
      readonly encode: (r: ProfileReader) => string | undefined;
    }
  | {
      readonly kind: "derived";
      readonly name: string;
      readonly from: string;
      readonly derive: (row: Readonly<Record<string, string>>) => string | undefined;
    }
  | { readonly kind: "unconfirmed"; readonly name: string; readonly from: string };

/** A quasi-identifier group: its coarsening steps, each keeping fewer of the group's columns (the last keeps none). */
export interface GroupDef {
  readonly name: string;
  readonly steps: readonly { readonly name: string; readonly keep: readonly string[] }[];
}

/** A publication layout: its columns in published order and its quasi-identifier groups. */
export interface LayoutDef {
  readonly columns: readonly ColumnDef[];
  readonly groups: readonly GroupDef[];
}

/** A group whose only step empties it. */
export const plainGroup = (name: string): GroupDef => ({ name, steps: [{ name: "removed", keep: [] }] });

const alpha3 = new Map(alpha3Rows.map(([a3, a2]) => [a2, a3]));

/** A value column. */
export const value = (
  name: string,
  group: string | undefined,
  from: string,
  encode: (r: ProfileReader) => string | undefined,
): ColumnDef =>
  group === undefined ? { kind: "value", name, from, encode } : { kind: "value", name, group, from, encode };

/** A flag column read through a flag table row. */
export const flag = (row: FlagRow, group?: string): ColumnDef => {
  const from = row.codes.length === 0 ? "no Open TRM code" : `${row.field}: ${row.codes.join(", ")}`;
  return value(row.column, group, from, (r) => {
    let hit = false;
    for (const item of r.items(row.field)) {
      if (!row.codes.includes(item.code)) continue;
      r.use(item.pointer);
      hit = true;
    }
    return hit ? FLAG : undefined;
  });
};

/** A column published empty: its value encoding is not confirmed by any source this adapter cites. */
export const unconfirmed = (name: string): ColumnDef => ({
  kind: "unconfirmed",
  name,
  from: "published empty: value encoding not confirmed",
});

/** `yearOfRegistration`: the year of the record's creation, as it reads in `createdAt`. */
export const year = value("yearOfRegistration", "year", "createdAt (year)", (r) => {
  r.use("/createdAt");
  return r.profile.createdAt.slice(0, 4);
});

const NO_GENDER_VALUE = "no value of the CTDC gender column stands for this code";

/** `gender` by its layout's encoding table: gender identity first, then sex. */
export const gender = (layout: CtdcLayout): ColumnDef => {
  const rows = new Map(genderRows[layout].map((g) => [`${g.field}:${g.code}`, g.value]));
  return value("gender", "gender", "person.gender, else person.sex", (r) => {
    const { gender: g, sex } = r.profile.person;
    // "" in the table is a code published as an empty cell (not specified, unknown); undefined has no value at all.
    const byGender = g === undefined ? undefined : rows.get(`gender:${g}`);
    const bySex = sex === undefined ? undefined : rows.get(`sex:${sex}`);
    const published = byGender || bySex || "";
    if (byGender !== undefined) r.use("/person/gender");
    else if (g !== undefined) r.skip("/person/gender", NO_GENDER_VALUE);
    if (bySex === "" || (bySex !== undefined && bySex === published)) r.use("/person/sex");
    else if (bySex !== undefined)
      r.skip("/person/sex", "the gender column carries the gender identity, not the sex");
    else if (sex !== undefined) r.skip("/person/sex", NO_GENDER_VALUE);
    return published || undefined;
  });
};

/** `ageBroad`: the age band at registration, unless it contradicts the stated child status. */
export const ageBroad = value("ageBroad", "age", "person.birthDate at createdAt", (r) => {
  const band = r.registrationBand();
  if (band === undefined) return undefined;
  const stated = r.statedMinor();
  if (stated !== undefined && stated !== band.minor) {
    r.skip("/person/birthDate", "its age band contradicts the child status, so no age band is published");
    return undefined;
  }
  r.use("/person/birthDate", "/createdAt");
  return band.label;
});

const majorityOf = (minor: boolean | undefined) =>
  minor === undefined ? undefined : minor ? majority.minor : majority.adult;

/** `majorityStatus`: minor or adult at registration. */
export const majorityStatus = value("majorityStatus", "age", "person.isChild, else birthDate", (r) =>
  majorityOf(r.minorAtRegistration()),
);

/** `majorityStatusAtExploit`: minor or adult when exploitation began. */
export const majorityAtExploit = value(
  "majorityStatusAtExploit",
  "age",
  "minor at registration, else birthDate at the earliest exploitation event",
  (r) => majorityOf(r.minorAtStart("exploitation")),
);

/** `majorityEntry`: minor or adult when recruitment (entry into the trafficking process) began. */
export const majorityEntry = value(
  "majorityEntry",
  "age",
  "minor at registration, else birthDate at the earliest recruitment event",
  (r) => majorityOf(r.minorAtStart("recruitment")),
);

const countryCode = (layout: CtdcLayout, code: string | undefined) =>
  code === undefined ? undefined : layout === "2021" ? code : alpha3.get(code);
const CODE_FORM = { "2021": "ISO 3166-1 alpha-2", "2024": "ISO 3166-1 alpha-3" } as const;

/** `citizenship`: the first citizenship, in the layout's country code form. */
export const citizenship = (layout: CtdcLayout): ColumnDef =>
  value("citizenship", "citizenship", `person.citizenships[0] (${CODE_FORM[layout]})`, (r) =>
    countryCode(layout, r.firstCitizenship()),
  );

/** `CountryOfExploitation`: the country of the first exploitation event. */
export const countryOfExploitation = (layout: CtdcLayout): ColumnDef =>
  value("CountryOfExploitation", "country", `first exploitation event country (${CODE_FORM[layout]})`, (r) =>
    countryCode(layout, r.exploitationCountry()),
  );

/** `traffickMonths` (2024): the band of `trafficking.durationMonths`. */
export const traffickMonths = value("traffickMonths", "duration", "trafficking.durationMonths", (r) => {
  const months = r.profile.trafficking.durationMonths;
  if (months === undefined) return undefined;
  r.use("/trafficking/durationMonths");
  return traffickMonthsRows.find((b) => months <= b.upTo)?.label;
});
