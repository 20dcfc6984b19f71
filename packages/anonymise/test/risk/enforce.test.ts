import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  birthDateHierarchy,
  dateHierarchy,
  enforceK,
  type Hierarchy,
  kAnonymity,
  suppressLevel,
} from "../../src/risk/index.js";
import { dataset, POINTERS, quasi } from "./arbitraries.js";
import { groupBy } from "./brute-force.js";

const AT = "2026-12-31";
const person = (sex: string, birthDate: string, status = "presumed") => ({
  person: { sex, birthDate },
  identification: { status },
});
const Q = ["/person/sex", "/person/birthDate"];

describe("enforceK", () => {
  it("suppresses exactly the records of classes below k", () => {
    const docs = [
      person("female", "2010-01-02"),
      person("female", "2010-01-02"),
      person("female", "2011-03-04"),
      person("male", "1990"),
      person("male", "1990"),
    ];
    const { records, report } = enforceK(docs, { quasi: Q, k: 2, strategy: "suppress" });
    expect(records).toEqual([docs[0], docs[1], docs[3], docs[4]]);
    expect(report).toEqual({
      k: 2,
      strategy: "suppress",
      recordCount: 5,
      keptCount: 4,
      suppressed: [2],
      generalised: { "/person/sex": 0, "/person/birthDate": 0 },
    });
  });

  it("generalises birth dates to years, then age bands, before suppressing, and leaves the input alone", () => {
    const docs = [
      person("female", "2010-01-02"),
      person("female", "2010-05-06"),
      person("female", "2011-03-04"),
      person("female", "2012"),
      person("male", "1990-07-08"),
      person("male", "1992-01-01"),
    ];
    const before = structuredClone(docs);
    const hierarchy: Hierarchy = { "/person/birthDate": birthDateHierarchy(AT) };
    const { records, report } = enforceK(docs, {
      quasi: Q,
      k: 2,
      strategy: "generalise",
      hierarchy,
      maxSuppression: 0,
    });
    expect(report.generalised).toEqual({ "/person/sex": 0, "/person/birthDate": 2 });
    expect(report.suppressed).toEqual([]);
    expect(records.map((r) => (r as ReturnType<typeof person>).person.birthDate)).toEqual([
      "age9to17",
      "age9to17",
      "age9to17",
      "age9to17",
      "age30to38",
      "age30to38",
    ]);
    expect(docs).toEqual(before);
  });

  it("stops generalising once few enough records remain below k, and suppresses those", () => {
    const docs = [
      ...Array.from({ length: 30 }, () => person("female", "2010-01-02")),
      person("male", "1990"),
    ];
    const { records, report } = enforceK(docs, {
      quasi: Q,
      k: 2,
      strategy: "generalise",
      hierarchy: { "/person/birthDate": birthDateHierarchy(AT) },
      maxSuppression: 0.05,
    });
    expect(report.generalised["/person/birthDate"]).toBe(0);
    expect(report.suppressed).toEqual([30]);
    expect(records).toHaveLength(30);
  });

  it("suppresses a whole attribute when the hierarchy allows it", () => {
    const docs = [person("female", "2010", "a"), person("male", "2010", "b")];
    const { records, report } = enforceK(docs, {
      quasi: ["/person/sex", "/identification/status"],
      k: 2,
      strategy: "generalise",
      hierarchy: { "/person/sex": [suppressLevel], "/identification/status": [suppressLevel] },
      maxSuppression: 0,
    });
    expect(report.generalised).toEqual({ "/person/sex": 1, "/identification/status": 1 });
    // The members are removed; their (now empty) parents stay.
    const want = { person: { birthDate: "2010" }, identification: {} };
    expect(records).toEqual([want, want]);
  });

  it("rejects a suppression share outside 0..1", () => {
    expect(() => enforceK([], { quasi: Q, k: 2, strategy: "suppress", maxSuppression: 2 })).toThrow(
      expect.objectContaining({ code: "OPTION_INVALID" }),
    );
  });

  it("always gives a k-anonymous result, checked with kAnonymity (property)", () => {
    const hierarchy: Hierarchy = Object.fromEntries(
      POINTERS.map((p) => [p, [...dateHierarchy(), suppressLevel]]),
    );
    fc.assert(
      fc.property(
        dataset,
        quasi,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom("suppress", "generalise" as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (records, q, k, strategy, maxSuppression) => {
          const { records: kept, report } = enforceK(records, {
            quasi: q,
            k,
            strategy,
            hierarchy,
            maxSuppression,
          });
          expect(kAnonymity(kept, { quasi: q, k }).satisfied).toBe(true);
          expect(kept.length + report.suppressed.length).toBe(records.length);
          expect(report.keptCount).toBe(kept.length);
          if (strategy === "suppress") {
            const small = [...groupBy(records, q).classes.values()].filter((c) => c.length < k).flat();
            expect(report.suppressed).toEqual(small.sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
