// TRM-R005: the referral of a child (`subject.isChild` yes or presumed) needs `childSafeguards`; a case transfer or
// a return of a child also needs `childSafeguards.bestInterestsAssessmentRef`. A referral counts as a return when
// `purpose` is safeReturn, `trmStage` is returnAndSocialInclusion, or `reasons` includes return.
// - `childSafeguards` absent: one error at `/childSafeguards` (its detail says when the BIA reference is needed too).
// - `childSafeguards` present without a needed BIA reference: error at `/childSafeguards/bestInterestsAssessmentRef`.
import type { Referral } from "@open-trm/schema";
import { defineRule } from "./types.js";

function needsAssessment(doc: Referral): boolean {
  return (
    doc.kind === "caseTransfer" ||
    doc.purpose === "safeReturn" ||
    doc.trmStage === "returnAndSocialInclusion" ||
    doc.reasons.includes("return")
  );
}

/** TRM-R005: a child's referral needs `childSafeguards`; a transfer or return needs a BIA reference. */
export const r005 = defineRule({
  id: "TRM-R005",
  documentTypes: ["referral"],
  check(doc) {
    const { isChild } = doc.subject;
    if (isChild !== "yes" && isChild !== "presumed") return [];
    const needsBia = needsAssessment(doc);
    if (doc.childSafeguards === undefined) {
      const detail = needsBia
        ? "A child's case transfer or return needs `childSafeguards` with `bestInterestsAssessmentRef`."
        : "A child's referral needs `childSafeguards`.";
      return [{ path: "/childSafeguards", detail }];
    }
    if (needsBia && doc.childSafeguards.bestInterestsAssessmentRef === undefined) {
      return [
        {
          path: "/childSafeguards/bestInterestsAssessmentRef",
          detail: "A child's case transfer or return needs a best-interests assessment reference.",
        },
      ];
    }
    return [];
  },
});
