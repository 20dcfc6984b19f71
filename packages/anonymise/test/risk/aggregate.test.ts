import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AggregateCounter, aggregate, aggregateToCsv } from "../../src/risk/index.js";
import { dataset, quasi } from "./arbitraries.js";
import { groupBy } from "./brute-force.js";

const times = (n: number, doc: unknown) => Array.from({ length: n }, () => doc);

describe("aggregate: the Synthetic Data Showcase rule", () => {
  it.each([
    { given: 0, threshold: 11, want: undefined },
    { given: 1, threshold: 11, want: undefined },
    { given: 10, threshold: 11, want: undefined },
    { given: 11, threshold: 11, want: 11 },
    { given: 12, threshold: 11, want: 11 },
    { given: 21, threshold: 11, want: 11 },
    { given: 22, threshold: 11, want: 22 },
    { given: 100, threshold: 11, want: 99 },
    { given: 9, threshold: 10, want: undefined },
    { given: 10, threshold: 10, want: 10 },
    { given: 19, threshold: 10, want: 10 },
    { given: 5, threshold: 1, want: 5 },
  ])("a cell of $given records with threshold $threshold publishes $want", ({ given, threshold, want }) => {
    const t = aggregate(times(given, { sex: "female" }), { by: ["/sex"], threshold });
    expect(t.rows).toEqual(want === undefined ? [] : [{ values: { "/sex": "female" }, count: want }]);
    expect(t.suppressedCells).toBe(want === undefined && given > 0 ? 1 : 0);
  });

  it("uses 11 by default, rounds the total and counts the suppressed cells, never records", () => {
    const docs = [
      ...times(25, { person: { sex: "female", citizenships: ["XK", "AL"] } }),
      ...times(11, { person: { sex: "female", citizenships: ["AL", "XK"] } }),
      ...times(12, { person: { sex: "male" } }),
      ...times(3, { person: { sex: "male", citizenships: [] } }),
      ...times(10, { person: {} }),
    ];
    const t = aggregate(docs, { by: ["/person/sex", "/person/citizenships"] });
    expect(t).toEqual({
      by: ["/person/sex", "/person/citizenships"],
      threshold: 11,
      rows: [
        { values: { "/person/sex": "female", "/person/citizenships": ["AL", "XK"] }, count: 33 },
        { values: { "/person/sex": "male" }, count: 11 },
      ],
      total: 55,
      suppressedCells: 2,
    });
  });

  it("agrees with a brute-force group-by (property)", () => {
    fc.assert(
      fc.property(dataset, quasi, fc.integer({ min: 1, max: 5 }), (records, by, threshold) => {
        const t = aggregate(records, { by, threshold });
        const cells = groupBy(records, by).sizes;
        const published = cells.filter((n) => n >= threshold).map((n) => n - (n % threshold));
        expect(t.rows.map((r) => r.count).sort()).toEqual(published.sort());
        expect(t.suppressedCells).toBe(cells.length - published.length);
        expect(t.rows.every((r) => r.count % threshold === 0 && r.count >= threshold)).toBe(true);
        expect(t.total).toBe(records.length - (records.length % threshold));
      }),
      { numRuns: 300 },
    );
  });

  it("counts a stream one record at a time, as aggregate does", () => {
    const docs = [...times(12, { a: "x" }), ...times(3, { a: "y" })];
    const counter = new AggregateCounter({ by: ["/a"], threshold: 2 });
    for (const d of docs) counter.add(d);
    expect(counter.table()).toEqual(aggregate(docs, { by: ["/a"], threshold: 2 }));
    expect(counter.table().rows.map((r) => r.count)).toEqual([12, 2]);
  });

  it("works on an async iterable", async () => {
    async function* gen() {
      yield* times(11, { a: "x" });
    }
    expect((await aggregate(gen(), { by: ["/a"] })).rows).toEqual([{ values: { "/a": "x" }, count: 11 }]);
  });

  it.each([
    { given: { by: [], threshold: 11 } },
    { given: { by: ["/a"], threshold: 0 } },
    { given: { by: ["/a"], threshold: 1.5 } },
  ])("rejects $given", ({ given }) => {
    expect(() => aggregate([], given)).toThrow(expect.objectContaining({ code: "OPTION_INVALID" }));
  });
});

describe("aggregateToCsv", () => {
  it("writes one column per dimension, arrays joined, missing empty, formulas and quotes escaped", () => {
    const docs = [
      ...times(11, { a: "=1+1", b: ["y", "x"] }),
      ...times(11, { a: 'say "hi", then', b: 3 }),
      ...times(11, { b: null }),
    ];
    expect(aggregateToCsv(aggregate(docs, { by: ["/a", "/b"] }))).toBe(
      ["/a,/b,count", ",null,11", "'=1+1,x;y,11", '"say ""hi"", then",3,11', ""].join("\r\n"),
    );
  });
});
