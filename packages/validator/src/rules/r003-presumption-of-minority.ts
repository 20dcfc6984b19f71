// TRM-R003: while an age assessment is pending or inconclusive, or its outcome is disputed, the presumption of
// minority applies (CoE CETS 197 Art. 10(3)), so `person.isChild` may not be `no`. Error at `/person/isChild`.
// `unknown` is allowed (it is not a denial of minority). Only the victim profile document itself is checked.
import { defineRule } from "./types.js";

/** TRM-R003: an age assessment that is pending, inconclusive or disputed forbids `isChild: no`. */
export const r003 = defineRule({
  id: "TRM-R003",
  documentTypes: ["victimProfile"],
  check(doc) {
    const { isChild, ageAssessment } = doc.person;
    if (isChild !== "no" || ageAssessment === undefined) return [];
    const unsettled =
      ageAssessment.outcome === "pending" ||
      ageAssessment.outcome === "inconclusive" ||
      ageAssessment.disputed;
    if (!unsettled) return [];
    return [
      {
        path: "/person/isChild",
        detail: "Set `isChild` to presumed while the age assessment is pending, inconclusive or disputed.",
      },
    ];
  },
});
