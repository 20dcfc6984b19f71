import { describe, expect, it } from "vitest";
import { ageBandLevel, yearLevel, yearMonthLevel } from "../../src/risk/index.js";

describe("hierarchy levels", () => {
  it.each([
    { at: "2026-11-12", given: "2026-11-12", want: "age0to8" },
    { at: "2026-11-12", given: "2017-11-12", want: "age9to17" },
    { at: "2026-11-12", given: "2017-11-13", want: "age0to8" },
    { at: "2026-11-12", given: "2008-11-12", want: "age18to20" },
    { at: "2026-11-12", given: "2008-11-13", want: "age9to17" },
    // A partial date is read as its last possible day: a possible child stays a child.
    { at: "2026-11-12", given: "2008", want: "age9to17" },
    { at: "2026-12-31", given: "2008", want: "age18to20" },
    { at: "2026-11-12", given: "2008-11", want: "age9to17" },
    { at: "2026-11-30", given: "2008-11", want: "age18to20" },
    { at: "2022-02-28", given: "2004-02", want: "age9to17" },
    { at: "2022-03-01", given: "2004-02", want: "age18to20" },
    { at: "2026-11-12", given: "1978-01-01", want: "age48plus" },
    { at: "2026-11-12", given: "1987-06-01", want: "age39to47" },
    { at: "2026-11-12", given: "2030-01-01", want: undefined },
    { at: "2026-11-12", given: "unknown", want: undefined },
    { at: "2026-11-12", given: 2008, want: undefined },
  ])("ageBandLevel($at)($given) is $want", ({ at, given, want }) => {
    expect(ageBandLevel(at)(given)).toBe(want);
  });

  it.each([
    { given: "2026-09-03", year: "2026", yearMonth: "2026-09" },
    { given: "2026-09-03T12:00:00+02:00", year: "2026", yearMonth: "2026-09" },
    { given: "2026-09", year: "2026", yearMonth: "2026-09" },
    { given: "2026", year: "2026", yearMonth: "2026" },
    { given: "soon", year: undefined, yearMonth: undefined },
    { given: undefined, year: undefined, yearMonth: undefined },
  ])("dates: $given -> $yearMonth -> $year", ({ given, year, yearMonth }) => {
    expect(yearLevel(given)).toBe(year);
    expect(yearMonthLevel(given)).toBe(yearMonth);
  });

  it("needs a full reference date for age bands", () => {
    expect(() => ageBandLevel("2026")).toThrow(expect.objectContaining({ code: "OPTION_INVALID" }));
  });
});
