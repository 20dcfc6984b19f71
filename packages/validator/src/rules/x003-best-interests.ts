// TRM-X003: a child's referral (`subject.isChild` yes or presumed) with `childSafeguards.bestInterestsAssessmentRef`
// points to a best-interests assessment about the same case. Findings on the referral at
// `/childSafeguards/bestInterestsAssessmentRef` (UUIDs compared case-insensitively):
// - a BIA with that id is in the bundle, but its `childRef` is not the referral's `caseRef` (when several versions
//   share the id, one about the case suffices);
// - no BIA with that id is in the bundle although the bundle holds other BIAs: a bundle that carries assessments is
//   expected to carry the one the referral relies on. A bundle without any BIA gives no finding.
import { ofType, sameId } from "./shared/bundle.js";
import type { CrossFinding, CrossRule } from "./types.js";

const PATH = "/childSafeguards/bestInterestsAssessmentRef";

/** TRM-X003: a child's referral points to a BIA whose `childRef` is the same case. */
export const x003: CrossRule = {
  id: "TRM-X003",
  check(entries) {
    const assessments = ofType(entries, "bestInterestsAssessment").map((e) => e.doc);
    if (assessments.length === 0) return [];
    const findings: CrossFinding[] = [];
    for (const { index, doc } of ofType(entries, "referral")) {
      const { isChild } = doc.subject;
      const ref = doc.childSafeguards?.bestInterestsAssessmentRef;
      if ((isChild !== "yes" && isChild !== "presumed") || ref === undefined) continue;
      const matching = assessments.filter((a) => sameId(a.id, ref));
      if (matching.length === 0) {
        findings.push({
          index,
          path: PATH,
          detail: "The referenced assessment is not among the bundle's assessments.",
        });
      } else if (!matching.some((a) => sameId(a.childRef, doc.caseRef))) {
        findings.push({
          index,
          path: PATH,
          detail: "The referenced assessment is about a different case (`childRef`).",
        });
      }
    }
    return findings;
  },
};
