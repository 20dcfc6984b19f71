import { describe, expect, it } from "vitest";
import { expand, expandItems, presentLeaves } from "../../src/rules/shared/pointer.js";
import { dayNumber, dayRange, instantOf, yearsBefore } from "../../src/rules/shared/time.js";

describe("time helpers", () => {
  it.each([
    ["2025-03-01T10:00:00Z", Date.UTC(2025, 2, 1, 10)],
    ["2025-03-01T12:00:00+02:00", Date.UTC(2025, 2, 1, 10)],
    ["2025-03-01T00:30:00-01:30", Date.UTC(2025, 2, 1, 2)],
    ["2025-03-01T10:00:00.25Z", Date.UTC(2025, 2, 1, 10) + 250],
    ["2024-02-29T00:00:00Z", Date.UTC(2024, 1, 29)],
    ["0050-01-01T00:00:00Z", -60_589_296_000_000],
  ])("reads %s as an instant", (text, want) => {
    expect(instantOf(text)).toBe(want);
  });

  it.each(["2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-03-01T24:00:00Z", "2025-03-01", "soon"])(
    "does not read %s as an instant",
    (text) => {
      expect(instantOf(text)).toBeUndefined();
    },
  );

  it.each([
    ["2024", "2024-01-01", "2024-12-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-02", "2025-02-01", "2025-02-28"],
    ["2024-12", "2024-12-01", "2024-12-31"],
    ["2024-05-10", "2024-05-10", "2024-05-10"],
  ])("reads %s as the days %s to %s", (text, first, last) => {
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    expect(dayRange(text)).toEqual({ first: day(first), last: day(last) });
  });

  it("rejects dates that do not exist", () => {
    expect(dayRange("2025-02-29")).toBeUndefined();
    expect(dayRange("2025-00")).toBeUndefined();
    expect(dayNumber(2025, 4, 31)).toBeUndefined();
  });

  it("steps back whole years, clamping 29 February", () => {
    const day = (y: number, m: number, d: number) => dayNumber(y, m, d) ?? Number.NaN;
    expect(yearsBefore(day(2025, 6, 1), 1)).toBe(day(2024, 6, 1));
    expect(yearsBefore(day(2024, 2, 29), 1)).toBe(day(2023, 2, 28));
    expect(yearsBefore(day(2024, 12, 31), 1)).toBe(day(2023, 12, 31));
    expect(yearsBefore(Number.NaN, 1)).toBeUndefined();
  });
});

describe("pointer helpers", () => {
  const doc = { a: [{ b: 1 }, { c: 2 }, { b: 3 }], "x/y": { "m~n": "v" }, list: ["p", "q"] };

  it("expands templates over array indexes, skipping absent members", () => {
    expect(expand(doc, "/a/*/b")).toEqual([
      { pointer: "/a/0/b", value: 1 },
      { pointer: "/a/2/b", value: 3 },
    ]);
    expect(expand(doc, "/x/y")).toEqual([]);
    expect(expand(doc, "")).toEqual([{ pointer: "", value: doc }]);
  });

  it("yields leaf array items one by one", () => {
    expect(expandItems(doc, "/list")).toEqual([
      { pointer: "/list/0", value: "p" },
      { pointer: "/list/1", value: "q" },
    ]);
  });

  it("walks present leaves and escapes pointer tokens", () => {
    const table = { "/a/*/b": "quasi", "/x~y/m~n": "direct", "/list": "internal" } as const;
    const leaves = presentLeaves({ ...doc, "x~y": { "m~n": "v" } }, table);
    expect(leaves.map((l) => [l.pointer, l.sensitivity])).toEqual([
      ["/a/0/b", "quasi"],
      ["/a/2/b", "quasi"],
      ["/list", "internal"],
      ["/x~0y/m~0n", "direct"],
    ]);
  });
});
