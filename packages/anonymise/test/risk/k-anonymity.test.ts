import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnonymiseError } from "../../src/errors.js";
import { KAnonymityCounter, kAnonymity, ndjsonRecords } from "../../src/risk/index.js";
import { dataset, pointer, quasi } from "./arbitraries.js";
import { diversity, groupBy, MISSING, normal, resolve } from "./brute-force.js";

const UNCAPPED = { maxClasses: 1e9, maxRecordsPerClass: 1e9 };

describe("kAnonymity agrees with a brute-force group-by", () => {
  it("on random datasets with missing and array values (property)", () => {
    fc.assert(
      fc.property(dataset, quasi, fc.integer({ min: 1, max: 6 }), pointer, (records, q, k, s) => {
        const report = kAnonymity(records, { quasi: q, k, sensitive: [s], ...UNCAPPED });
        const bf = groupBy(records, q);
        const small = [...bf.classes.values()].filter((c) => c.length < k);
        const distribution: Record<string, number> = {};
        for (const size of bf.sizes) distribution[size] = (distribution[size] ?? 0) + 1;

        expect(report.recordCount).toBe(records.length);
        expect(report.classCount).toBe(bf.classes.size);
        expect(report.smallestClassSize).toBe(bf.sizes.length === 0 ? 0 : Math.min(...bf.sizes));
        expect(report.recordsBelowK).toBe(small.reduce((n, c) => n + c.length, 0));
        expect(report.classesBelowKCount).toBe(small.length);
        expect(report.satisfied).toBe(small.length === 0);
        expect(report.classSizeDistribution).toEqual(distribution);
        expect(report.lDiversity?.[s]).toEqual(diversity(records, bf, s));
        // The same classes below k, with the same records, and values that are those of their records.
        const got = report.classesBelowK.map((c) => [...c.records].sort((a, b) => a - b));
        expect(got.map((r) => r.join()).sort()).toEqual(small.map((r) => r.join()).sort());
        for (const c of report.classesBelowK) {
          expect(c.size).toBe(c.records.length);
          const first = records[c.records[0] as number];
          for (const p of q) {
            const want = resolve(first, p);
            expect(p in c.values).toBe(want !== MISSING);
            if (want !== MISSING) expect(normal(c.values[p])).toBe(normal(want));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same report from an NDJSON line stream as from the array (property)", async () => {
    await fc.assert(
      fc.asyncProperty(dataset, quasi, fc.integer({ min: 1, max: 4 }), async (records, q, k) => {
        const lines = records.flatMap((r, i) =>
          i % 5 === 0 ? ["", JSON.stringify(r)] : [JSON.stringify(r)],
        );
        const fromStream = await kAnonymity(ndjsonRecords(lines), { quasi: q, k });
        // JSON has no undefined: compare with the records as they travel through JSON.
        const viaJson = records.map((r) => JSON.parse(JSON.stringify(r)) as unknown);
        expect(fromStream).toEqual(kAnonymity(viaJson, { quasi: q, k }));
      }),
      { numRuns: 100 },
    );
  });
});

describe("kAnonymity reports", () => {
  const docs = [
    { person: { sex: "female", citizenships: ["AL", "XK"] }, identification: { status: "identified" } },
    { person: { sex: "female", citizenships: ["XK", "AL"] }, identification: { status: "presumed" } },
    { person: { sex: "male" }, identification: { status: "presumed" } },
  ];
  const quasiPointers = ["/person/sex", "/person/citizenships"];

  it("treats an array as one value whatever its order, and a missing value as a value of its own", () => {
    const r = kAnonymity(docs, { quasi: quasiPointers, k: 2, sensitive: ["/identification/status"] });
    expect(r).toMatchObject({ classCount: 2, smallestClassSize: 1, recordsBelowK: 1, satisfied: false });
    expect(r.classSizeDistribution).toEqual({ "1": 1, "2": 1 });
    expect(r.classesBelowK).toEqual([{ values: { "/person/sex": "male" }, size: 1, records: [2] }]);
    expect(r.lDiversity).toEqual({ "/identification/status": { l: 1, distribution: { "1": 1, "2": 1 } } });
  });

  it("caps the listed classes and records but counts them all", () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ n: i % 10, m: i }));
    const r = kAnonymity(many, { quasi: ["/n"], k: 6, maxClasses: 3, maxRecordsPerClass: 2 });
    expect(r.classesBelowKCount).toBe(10);
    expect(r.recordsBelowK).toBe(50);
    expect(r.classesBelowK.map((c) => [c.values, c.size, c.records])).toEqual([
      [{ "/n": 0 }, 5, [0, 10]],
      [{ "/n": 1 }, 5, [1, 11]],
      [{ "/n": 2 }, 5, [2, 12]],
    ]);
  });

  it("lists the smallest classes first", () => {
    const r = kAnonymity([{ a: 1 }, { a: 2 }, { a: 2 }, { a: 3 }], { quasi: ["/a"], k: 3 });
    expect(r.classesBelowK.map((c) => c.size)).toEqual([1, 1, 2]);
  });

  it("reports an empty dataset as k-anonymous with no classes", () => {
    const r = kAnonymity([], { quasi: ["/a"], k: 11, sensitive: ["/b"] });
    expect(r).toMatchObject({ recordCount: 0, classCount: 0, smallestClassSize: 0, satisfied: true });
    expect(r.lDiversity).toEqual({ "/b": { l: 0, distribution: {} } });
  });

  it("counts a stream one record at a time", () => {
    const counter = new KAnonymityCounter({ quasi: ["/a"], k: 2 });
    for (const doc of [{ a: 1 }, { a: 1 }]) counter.add(doc);
    expect(counter.recordCount).toBe(2);
    expect(counter.report().satisfied).toBe(true);
  });

  it.each([
    { given: { quasi: [], k: 2 }, want: "OPTION_INVALID" },
    { given: { quasi: ["/a"], k: 0 }, want: "OPTION_INVALID" },
    { given: { quasi: ["/a"], k: 2.5 }, want: "OPTION_INVALID" },
    { given: { quasi: ["person/sex"], k: 2 }, want: "POINTER_INVALID" },
    { given: { quasi: ["/a~2"], k: 2 }, want: "POINTER_INVALID" },
  ])("rejects $given with $want", ({ given, want }) => {
    expect(() => kAnonymity([], given)).toThrow(
      expect.objectContaining({ name: "AnonymiseError", code: want }),
    );
  });
});

describe("ndjsonRecords", () => {
  it("names the line that is not JSON, never its content", async () => {
    const lines = ['{"a":1}', "", "{secret-value"];
    const run = async () => {
      for await (const _ of ndjsonRecords(lines));
    };
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnonymiseError);
    expect(error).toMatchObject({ code: "NDJSON_INVALID", message: "line 3 is not JSON" });
  });
});
