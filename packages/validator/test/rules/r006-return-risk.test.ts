import type { Referral } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r006 } from "../../src/rules/r006-return-risk.js";
import { ctx, ids, referral, summary } from "./support/builders.js";

const atStage = (stage: Referral["trmStage"], returnSafetyChecked?: boolean) =>
  referral((d) => {
    d.trmStage = stage;
    if (returnSafetyChecked !== undefined) {
      d.riskAssessment = {
        level: "low",
        assessedOn: "2025-02-25",
        assessedBy: ids.sender,
        returnSafetyChecked,
      };
    }
  });

const cases: { name: string; given: Referral; want: string[] }[] = [
  { name: "other stage without risk assessment", given: atStage("firstAssistanceAndProtection"), want: [] },
  {
    name: "return stage without risk assessment",
    given: atStage("returnAndSocialInclusion"),
    want: ["/riskAssessment"],
  },
  {
    name: "return stage, safety not checked",
    given: atStage("returnAndSocialInclusion", false),
    want: ["/riskAssessment/returnSafetyChecked"],
  },
  { name: "return stage, safety checked", given: atStage("returnAndSocialInclusion", true), want: [] },
  { name: "other stage, safety not checked", given: atStage("identification", false), want: [] },
];

describe("TRM-R006 risk assessment before return", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r006.check(given, ctx))).toEqual(want);
  });
});
