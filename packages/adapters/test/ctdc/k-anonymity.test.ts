// No equivalence class on the published quasi-identifiers is smaller than k: checked with an independent group-by
// (support/classes.ts) on datasets built from the examples and on fast-check datasets, for several k.
import type { VictimProfile } from "@open-trm/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CtdcLayout,
  type CtdcTable,
  ctdcColumns,
  ctdcQuasiGroups,
  toCtdc,
} from "../../src/ctdc/index.js";
import { classSizes } from "./support/classes.js";
import { adult, copies, dataset, example, examples } from "./support/profiles.js";

// Written out by hand: the columns that are NOT quasi-identifiers by default (means of control are special-category
// data, treated as sensitive attributes; the rest are derived from published cells or published empty).
// biome-ignore format: list
const NOT_QUASI: Readonly<Record<CtdcLayout, readonly string[]>> = {
  "2021": [
    ...ctdcColumns["2021"].filter((c) => c.startsWith("meansOfControl")),
    "Datasource", "isSexAndLabour", "typeOfExploitConcatenated", "typeOfLabourNotSpecified",
    "typeOfLabourConcatenated", "typeOfSexConcatenated", "RecruiterRelationship",
  ],
  "2024": ctdcColumns["2024"].filter((c) => c.startsWith("means")),
};

function table(profiles: readonly VictimProfile[], layout: CtdcLayout, k: number, extra = {}): CtdcTable {
  const r = toCtdc(profiles, { layout, k, ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The checks every result must pass, whatever the data. */
function expectKAnonymous(t: CtdcTable, profiles: number, k: number): void {
  const { report } = t;
  for (const size of classSizes(t, report.quasiIdentifiers)) expect(size).toBeGreaterThanOrEqual(k);
  // Derived columns are functions of published cells: adding them splits no class.
  const derived = ["isSexAndLabour", "typeOfLabourNotSpecified"].filter((c) => t.columns.includes(c));
  if (report.quasiGroups.exploitation)
    for (const size of classSizes(t, [...report.quasiIdentifiers, ...derived]))
      expect(size).toBeGreaterThanOrEqual(k);
  expect(t.rows).toHaveLength(report.rowCount);
  expect(report.rowCount + report.suppressedRows).toBe(profiles);
  expect(report.suppressedProfiles).toHaveLength(report.suppressedRows);
  expect(new Set(report.suppressedProfiles).size).toBe(report.suppressedRows);
  for (const i of report.suppressedProfiles) expect(i >= 0 && i < profiles).toBe(true);
  expect([report.profileCount, report.before.rowCount, report.after.rowCount]).toEqual([
    profiles,
    profiles,
    t.rows.length,
  ]);
  if (t.rows.length > 0) expect(report.after.smallestClassSize).toBeGreaterThanOrEqual(k);
  for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
}

const LAYOUTS = ["2021", "2024"] as const;
const all = () => [...examples.values()];

describe("default quasi-identifiers", () => {
  it.each(LAYOUTS)("%s: every column except the sensitive and derived ones", (layout) => {
    const t = table(copies(adult(), 2), layout, 2);
    const want = ctdcColumns[layout].filter((c) => !NOT_QUASI[layout].includes(c));
    expect([...t.report.quasiIdentifiers].sort()).toEqual([...want].sort());
  });
});

describe("datasets built from the examples", () => {
  const twelveEach = () => all().flatMap((p, i) => copies(p, 12, i * 100));

  it.each(LAYOUTS.flatMap((layout) => [2, 5, 11, 12].map((k) => ({ layout, k }))))(
    "$layout, k=$k: twelve copies of each example are published untouched",
    ({ layout, k }) => {
      const t = table(twelveEach(), layout, k);
      expectKAnonymous(t, 48, k);
      expect([t.report.rowCount, t.report.suppressedRows, t.report.blankedCells]).toEqual([48, 0, {}]);
      expect(classSizes(t, t.report.quasiIdentifiers).sort()).toEqual([12, 12, 12, 12]);
      for (const g of Object.values(t.report.generalisation))
        expect(g).toMatchObject({ level: 0, step: "kept" });
    },
  );

  it.each(LAYOUTS.flatMap((layout) => [13, 20, 30].map((k) => ({ layout, k }))))(
    "$layout, k=$k: classes of twelve are coarsened or suppressed until k holds",
    ({ layout, k }) => {
      const t = table(twelveEach(), layout, k);
      expectKAnonymous(t, 48, k);
      expect(t.report.before.classesBelowK).toBe(4);
    },
  );

  it.each(LAYOUTS)(
    "%s: one profile with a rare citizenship is suppressed within the 5 percent allowance",
    (layout) => {
      const odd = adult();
      odd.person.citizenships = ["RO"];
      const profiles = [...twelveEach(), ...copies(odd, 1, 999)];
      const t = table(profiles, layout, 11);
      expectKAnonymous(t, 49, 11);
      expect([t.report.suppressedProfiles, t.report.rowCount, t.report.blankedCells]).toEqual([[48], 48, {}]);
    },
  );

  it.each(LAYOUTS)("%s: with no suppression allowed, cells are emptied instead, and reported", (layout) => {
    const odd = adult();
    odd.person.citizenships = ["RO"];
    const t = table([...twelveEach(), ...copies(odd, 1, 999)], layout, 11, { maxSuppression: 0 });
    expectKAnonymous(t, 49, 11);
    expect(t.report.suppressedRows).toBe(0);
    expect(t.report.blankedCells.citizenship).toBeGreaterThan(0);
    expect(t.report.generalisation.citizenship?.level).toBeGreaterThan(0);
  });

  it.each(LAYOUTS)("%s: fewer profiles than k publish no row", (layout) => {
    const t = table(all(), layout, 11);
    expectKAnonymous(t, 4, 11);
    expect([t.rows, t.report.suppressedProfiles]).toEqual([[], [0, 1, 2, 3]]);
  });

  it.each(LAYOUTS)("%s: rows do not follow the input order", (layout) => {
    const profiles = twelveEach();
    const reversed = [...profiles].reverse();
    expect(table(reversed, layout, 11).rows).toEqual(table(profiles, layout, 11).rows);
  });

  it("k = 1 publishes every profile as it is", () => {
    const t = table([example("si-adult"), example("mk-presumed")], "2024", 1);
    expect([t.report.rowCount, t.report.blankedCells, t.report.after.smallestClassSize]).toEqual([2, {}, 1]);
  });
});

describe("fast-check datasets", () => {
  const arbitrary = fc.constantFrom(...LAYOUTS).chain((layout) =>
    fc.record({
      layout: fc.constant(layout),
      profiles: dataset(),
      k: fc.constantFrom(1, 2, 3, 5, 11),
      quasi: fc.option(fc.subarray(Object.keys(ctdcQuasiGroups[layout]), { minLength: 1 }), {
        nil: undefined,
      }),
      maxSuppression: fc.constantFrom(0, 0.05, 0.5),
    }),
  );

  it("never publish a class smaller than k", () => {
    fc.assert(
      fc.property(arbitrary, ({ layout, profiles, k, quasi, maxSuppression }) => {
        const t = table(
          profiles,
          layout,
          k,
          quasi === undefined ? { maxSuppression } : { quasi, maxSuppression },
        );
        expectKAnonymous(t, profiles.length, k);
        const want = (quasi ?? Object.keys(ctdcQuasiGroups[layout])).flatMap(
          (g) => ctdcQuasiGroups[layout][g] ?? [],
        );
        expect(t.report.quasiIdentifiers).toEqual(want);
        if (k === 1) expect(t.report.suppressedRows).toBe(0);
      }),
      { numRuns: 80 },
    );
  });

  it("generates valid profiles and datasets where some rows survive", () => {
    const survived = fc.sample(dataset(), { numRuns: 30, seed: 7 }).map((profiles) => {
      const r = toCtdc(profiles, { layout: "2024", k: 5 });
      expect(r.ok).toBe(true);
      return r.ok ? r.value.rows.length : 0;
    });
    expect(survived.some((n) => n > 0)).toBe(true);
  });
});
