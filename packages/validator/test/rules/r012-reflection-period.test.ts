import type { VictimProfile } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r012 } from "../../src/rules/r012-reflection-period.js";
import { ctx, summary, victimProfile } from "./support/builders.js";

type Status = NonNullable<VictimProfile["assistance"]["reflectionPeriod"]>["status"];

const period = (grantedOn: string, endsOn: string, status: Status = "active") =>
  victimProfile((d) => {
    d.assistance.reflectionPeriod = { grantedOn, endsOn, status };
  });

const WARN = ["/assistance/reflectionPeriod/endsOn"];

const cases: { name: string; given: VictimProfile; want: string[] }[] = [
  { name: "no reflection period", given: victimProfile(), want: [] },
  { name: "exactly 30 days", given: period("2025-01-01", "2025-01-31"), want: [] },
  { name: "29 days", given: period("2025-01-01", "2025-01-30"), want: WARN },
  { name: "90 days", given: period("2025-01-01", "2025-04-01", "ended"), want: [] },
  { name: "30 days across a leap February", given: period("2024-02-01", "2024-03-02"), want: [] },
  { name: "29 days across a common February", given: period("2025-02-01", "2025-03-02"), want: WARN },
  { name: "same day", given: period("2025-01-01", "2025-01-01"), want: WARN },
  { name: "revoked early", given: period("2025-01-01", "2025-01-10", "revoked"), want: [] },
  { name: "reversed (TRM-R001 reports it)", given: period("2025-01-10", "2025-01-01"), want: [] },
];

describe("TRM-R012 reflection period", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r012.check(given, ctx))).toEqual(want);
  });
});
