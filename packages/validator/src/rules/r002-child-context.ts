// TRM-R002: a child (`person.isChild` yes or presumed) needs `childContext` (error at `/childContext`).
// An unaccompanied child (`childContext.separation` unaccompanied) without a guardian whose `appointed` is true is a
// warning at `/childContext/guardian`, whether the guardian is absent or recorded as not (yet) appointed: the
// appointment may be under way (CoE CETS 197 Art. 10(4) asks for it without delay). The guardian check runs
// whenever `childContext` is present. Only the victim profile document itself is checked, not one embedded in a
// referral.
import { defineRule, type Finding } from "./types.js";

/** TRM-R002: a child needs `childContext`; an unaccompanied child needs an appointed guardian (warning). */
export const r002 = defineRule({
  id: "TRM-R002",
  documentTypes: ["victimProfile"],
  check(doc) {
    const findings: Finding[] = [];
    const { isChild } = doc.person;
    if ((isChild === "yes" || isChild === "presumed") && doc.childContext === undefined) {
      findings.push({
        path: "/childContext",
        detail: "`childContext` is required when `person.isChild` is yes or presumed.",
      });
    }
    const context = doc.childContext;
    if (context?.separation === "unaccompanied" && context.guardian?.appointed !== true) {
      findings.push({
        path: "/childContext/guardian",
        detail:
          context.guardian === undefined
            ? "An unaccompanied child has no guardian recorded."
            : "An unaccompanied child's guardian is not yet appointed.",
        severity: "warning",
      });
    }
    return findings;
  },
});
