// TRM-R013: `disclosure.disclosedFields` lists exactly the sensitive fields present in the referral's `subject`.
// - Sensitive means a leaf classed quasi, direct, special or freeText by `leafSensitivities("referral")`; a leaf
//   array is one field (`/subject/citizenships`), arrays of objects count per item with real indexes
//   (`/subject/victimProfile/trafficking/events/0/place`), an embedded victim profile counts leaf by leaf.
// - A present sensitive field that is not listed: error at the field's own pointer.
// - A listed pointer that is not a present sensitive field: error at `/disclosure/disclosedFields/N`.
// - An empty leaf array discloses nothing: it need not be listed, but listing it is not an error either (a
//   disclosure filter must leave a required array empty rather than drop it).
// - `withheldFields` may not contain a pointer that is listed as disclosed or is a non-empty sensitive field
//   present in `subject`: error at `/disclosure/withheldFields/N`.
import { leafSensitivities, type Sensitivity } from "@open-trm/schema/data";
import { isEmptyArray, presentLeaves } from "./shared/pointer.js";
import { defineRule, type Finding } from "./types.js";

const DISCLOSABLE: ReadonlySet<Sensitivity> = new Set<Sensitivity>([
  "quasi",
  "direct",
  "special",
  "freeText",
]);

/** TRM-R013: `disclosure.disclosedFields` lists exactly the sensitive paths present in `subject`. */
export const r013 = defineRule({
  id: "TRM-R013",
  documentTypes: ["referral"],
  check(doc) {
    const findings: Finding[] = [];
    const leaves = presentLeaves(doc.subject, leafSensitivities("referral"), "/subject", "/subject");
    const present = new Set(leaves.map((leaf) => leaf.pointer));
    const sensitive = leaves.filter((leaf) => DISCLOSABLE.has(leaf.sensitivity));
    const listable = new Set(sensitive.map((leaf) => leaf.pointer));
    const required = new Set(
      sensitive.filter((leaf) => !isEmptyArray(leaf.value)).map((leaf) => leaf.pointer),
    );
    const { disclosedFields, withheldFields } = doc.disclosure;
    const listed = new Set(disclosedFields);
    disclosedFields.forEach((field, i) => {
      if (listable.has(field)) return;
      findings.push({
        path: `/disclosure/disclosedFields/${i}`,
        detail: present.has(field)
          ? "Listed as disclosed, but the field is not quasi, direct, special or free text."
          : "Listed as disclosed, but no such field is present in `subject`.",
      });
    });
    for (const field of required) {
      if (!listed.has(field)) {
        findings.push({
          path: field,
          detail: "This sensitive field is not listed in `disclosure.disclosedFields`.",
        });
      }
    }
    withheldFields.forEach((field, i) => {
      if (listed.has(field) || required.has(field)) {
        findings.push({
          path: `/disclosure/withheldFields/${i}`,
          detail: "A withheld field is also disclosed.",
        });
      }
    });
    return findings;
  },
});
