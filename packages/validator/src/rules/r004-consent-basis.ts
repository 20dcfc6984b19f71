// TRM-R004: a referral needs `consentRef`, or a `consentOverride` whose `legalBasis` is not a form of consent
// (`consent`, Art. 6(1)(a), or `explicitConsent9a`, Art. 9(2)(a)).
// - Neither present: error at `""` (the document), since either member would satisfy the rule.
// - An override whose legal basis is a form of consent: error at `/consentOverride/legalBasis`, even when
//   `consentRef` is also present, because an override records a basis other than consent by definition.
import type { LegalBasis } from "@open-trm/schema";
import { defineRule } from "./types.js";

const CONSENT_BASES: ReadonlySet<LegalBasis> = new Set<LegalBasis>(["consent", "explicitConsent9a"]);

/** TRM-R004: a referral needs `consentRef`, or a `consentOverride` whose legal basis is not consent. */
export const r004 = defineRule({
  id: "TRM-R004",
  documentTypes: ["referral"],
  check(doc) {
    const override = doc.consentOverride;
    if (override !== undefined && CONSENT_BASES.has(override.legalBasis)) {
      return [
        {
          path: "/consentOverride/legalBasis",
          detail:
            "An override needs a legal basis other than consent; reference the consent with `consentRef`.",
        },
      ];
    }
    if (doc.consentRef === undefined && override === undefined) {
      return [{ path: "", detail: "Neither `consentRef` nor `consentOverride` is present." }];
    }
    return [];
  },
});
