// Table-driven: one case per row of every encoding table (iterating the tables themselves), then hand-written
// given/want cases that do not trust the tables.
import type { VictimProfile } from "@open-trm/schema";
import { ageBand, country } from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import {
  ageBroadRows,
  childStatusRows,
  type FlagRow,
  flagRows2021,
  flagRows2024,
  genderRows,
  traffickMonthsRows,
} from "../../src/ctdc/encodings.js";
import { type CtdcLayout, toCtdc } from "../../src/ctdc/index.js";
import { cellsOf } from "./support/classes.js";
import { adult, child } from "./support/profiles.js";

/** The published cells of one profile (k = 1: nothing is suppressed). */
function row(p: VictimProfile, layout: CtdcLayout): Record<string, string> {
  const r = toCtdc([p], { layout, k: 1 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return cellsOf(r.value.columns, r.value.rows[0] as string[]);
}

/** A profile whose field holds exactly one code (a labour sector comes with forced labour). */
function withCode(field: FlagRow["field"], code: string): VictimProfile {
  const p = adult();
  const t = p.trafficking as Record<string, unknown>;
  for (const f of ["labourSectors", "sexualExploitationTypes", "meansOfControl", "recruitmentMethods"])
    delete t[f];
  delete t.recruiterRelationship;
  t.exploitationForms = ["forcedLabourOrServices"];
  t[field] = field === "recruiterRelationship" ? code : [code];
  return p;
}

const tables = [
  ...Object.values(flagRows2021).map((rows) => ({ layout: "2021" as const, rows })),
  ...Object.values(flagRows2024).map((rows) => ({ layout: "2024" as const, rows })),
];
const flagCases = tables.flatMap(({ layout, rows }) =>
  rows.flatMap((r) => r.codes.map((code) => ({ layout, column: r.column, field: r.field, code, rows }))),
);

describe("flag tables", () => {
  it.each(flagCases)("$layout: $field $code sets $column", ({ layout, column, field, code, rows }) => {
    const cells = row(withCode(field, code), layout);
    expect(cells[column]).toBe("1");
    // Columns of the same table whose row does not list the code stay empty.
    for (const other of rows)
      if (other.field === field && !other.codes.includes(code)) expect(cells[other.column]).toBeUndefined();
  });

  const never = tables.flatMap(({ layout, rows }) =>
    rows.filter((r) => r.codes.length === 0).map((r) => ({ layout, column: r.column })),
  );
  it.each(never)("$layout: $column has no Open TRM code and stays empty", ({ layout, column }) => {
    for (const t of tables.filter((x) => x.layout === layout))
      for (const r of t.rows)
        for (const code of r.codes) expect(row(withCode(r.field, code), layout)[column]).toBeUndefined();
  });
});

describe("gender table", () => {
  const cases = (["2021", "2024"] as const).flatMap((layout) =>
    genderRows[layout].map((g) => ({ layout, ...g })),
  );
  it.each(cases)("$layout: $field $code gives '$value'", ({ layout, field, code, value }) => {
    const p = adult();
    delete p.person.gender;
    delete p.person.sex;
    (p.person as Record<string, unknown>)[field] = code;
    expect(row(p, layout).gender).toBe(value || undefined);
  });
});

describe("age tables", () => {
  const minAge = (label: string) => Number(label.match(/^\d+/)?.[0]);
  it.each(ageBroadRows)("$band is published as $label (minor: $minor)", ({ label, minor }) => {
    const p = minor ? child() : adult();
    const year = Number(p.createdAt.slice(0, 4));
    p.person.birthDate = `${year - minAge(label) - 1}-12-31`;
    expect(row(p, "2024").ageBroad).toBe(label);
    const cells = row(p, "2021");
    expect(cells.ageBroad).toBe(label);
    expect(cells.majorityStatus).toBe(minor ? "Minor" : "Adult");
  });

  it("the ageBroad table covers the ageBand codelist in order", () => {
    expect(ageBroadRows.map((r) => r.band)).toEqual(ageBand.codes);
  });

  it.each(childStatusRows)(
    "isChild $code gives majorityStatus by its minority ($minor)",
    ({ code, minor }) => {
      const p = minor ? child() : adult();
      p.person.isChild = code as VictimProfile["person"]["isChild"];
      delete p.person.birthDate;
      expect(row(p, "2021").majorityStatus).toBe(minor === undefined ? undefined : minor ? "Minor" : "Adult");
    },
  );

  it.each(
    traffickMonthsRows.flatMap((b, i) => {
      const low = i === 0 ? 0 : (traffickMonthsRows[i - 1]?.upTo as number) + 1;
      const high = Number.isFinite(b.upTo) ? b.upTo : 1200;
      return [low, high].map((months) => ({ months, label: b.label }));
    }),
  )("durationMonths $months is traffickMonths $label", ({ months, label }) => {
    const p = adult();
    p.trafficking.durationMonths = months;
    expect(row(p, "2024").traffickMonths).toBe(label);
  });
});

describe("country codes", () => {
  it.each(country.codes)("%s is published as alpha-2 (2021) and a 3-letter code (2024)", (code) => {
    const p = adult();
    p.person.citizenships = [code];
    expect(row(p, "2021").citizenship).toBe(code);
    expect(row(p, "2024").citizenship).toMatch(/^[A-Z]{3}$/);
  });

  it.each([
    { given: "AL", want: "ALB" },
    { given: "MK", want: "MKD" },
    { given: "SI", want: "SVN" },
    { given: "MD", want: "MDA" },
    { given: "XK", want: "XKK" },
  ])("$given is $want in the 2024 layout", ({ given, want }) => {
    const p = adult();
    p.person.citizenships = [given as never];
    for (const e of p.trafficking.events) e.country = given as never;
    const cells = row(p, "2024");
    expect([cells.citizenship, cells.CountryOfExploitation]).toEqual([want, want]);
  });
});
