// TRM-R006: a referral at the `returnAndSocialInclusion` stage needs a `riskAssessment` (error at
// `/riskAssessment` when absent) whose `returnSafetyChecked` is true (error at
// `/riskAssessment/returnSafetyChecked` when false).
import { defineRule } from "./types.js";

/** TRM-R006: a return-stage referral needs a risk assessment with `returnSafetyChecked: true`. */
export const r006 = defineRule({
  id: "TRM-R006",
  documentTypes: ["referral"],
  check(doc) {
    if (doc.trmStage !== "returnAndSocialInclusion") return [];
    if (doc.riskAssessment === undefined) {
      return [{ path: "/riskAssessment", detail: "A referral for return needs `riskAssessment`." }];
    }
    if (!doc.riskAssessment.returnSafetyChecked) {
      return [
        {
          path: "/riskAssessment/returnSafetyChecked",
          detail: "The safety of return must be checked before referring for return.",
        },
      ];
    }
    return [];
  },
});
