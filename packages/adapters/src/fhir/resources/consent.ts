// consent -> Consent (hl7.org/fhir/R4/consent.html). Purposes, recipients and data categories are the permit
// provision, withheld data a nested deny provision, legal bases the policies (GDPR articles as DPV IRIs), the
// controllers the custodian organisations; status, scope and category are projections for FHIR readers.
import type { Consent } from "@open-trm/schema";
import { trmCoding, trmConcept } from "../codings.js";
import { listItemAt } from "../specs/dsl.js";
import { fieldNodes } from "../specs/index.js";
import { toFhirCode } from "../tables/code-map.js";
import { legalBasisMap } from "../tables/codes.js";
import { consentScopeMap, consentStatusMap } from "../tables/status.js";
import type { FhirConsent, FhirConsentProvision, FhirReference } from "../types.js";
import { documentExtensionUrl, FHIR, profileUrl } from "../urls.js";
import { documentIdentifier, reference, type WriteContext } from "../write/context.js";
import { documentExtensions, encodeExtension } from "../write/encode.js";
import { some } from "../write/shape.js";

const node = fieldNodes.consent;
const recipientItem = listItemAt(node, "/recipients");

/** LOINC 64292-6 "Release of information consent" (hl7.org/fhir/R4/valueset-consent-category.html). */
export const CONSENT_CATEGORY = {
  system: FHIR.loinc,
  code: "64292-6",
  display: "Release of information consent",
};
/** v3 ParticipationType IRCP "information recipient", the translation of every recipient role. */
export const RECIPIENT_ROLE = {
  system: FHIR.participationType,
  code: "IRCP",
  display: "information recipient",
};

// A recipient known only by its category is an actor whose reference is a label.
function categoryActor(category: string): FhirReference {
  return { display: trmCoding("recipientCategory", category).display ?? category };
}

function withheld(c: Consent): FhirConsentProvision[] {
  if (c.withheld === undefined) return [];
  return [
    {
      type: "deny",
      ...some(
        "actor",
        c.withheld.fromRecipients.map((category) => ({
          role: trmConcept("recipientCategory", category, RECIPIENT_ROLE),
          reference: categoryActor(category),
        })),
      ),
      ...some(
        "class",
        c.withheld.categories.map((d) => trmCoding("dataCategory", d)),
      ),
    },
  ];
}

/**
 * The FHIR Consent of an Open TRM consent.
 * @example
 * consentOf(consent, { present: new Map() }).scope.coding?.[0]?.code; // "patient-privacy"
 */
export function consentOf(c: Consent, ctx: WriteContext): FhirConsent {
  const last = c.events[c.events.length - 1]?.state ?? "requested";
  const research = c.purposes.every((p) => toFhirCode(consentScopeMap, p) === "research");
  const recipientsUrl = documentExtensionUrl("consent", "/recipients");
  return {
    resourceType: "Consent",
    meta: { profile: [profileUrl("consent")] },
    extension: documentExtensions("consent", c, node, ctx),
    identifier: [documentIdentifier(c.id)],
    status: (toFhirCode(consentStatusMap, last) ?? "proposed") as FhirConsent["status"],
    scope: { coding: [{ system: FHIR.consentScope, code: research ? "research" : "patient-privacy" }] },
    category: [{ coding: [CONSENT_CATEGORY] }],
    patient: reference(ctx, "victimProfile", c.subjectRef),
    organization: c.controllers.map((id) => reference(ctx, "focalPoint", id)),
    policy: c.legalBases.map((b) => ({ uri: toFhirCode(legalBasisMap, b) ?? b })),
    provision: {
      type: "permit",
      ...some(
        "actor",
        c.recipients.map((r) => ({
          ...some("extension", encodeExtension(recipientsUrl, r, recipientItem, ctx)),
          role: trmConcept("recipientCategory", r.category, RECIPIENT_ROLE),
          reference:
            r.focalPoint === undefined
              ? categoryActor(r.category)
              : reference(ctx, "focalPoint", r.focalPoint),
        })),
      ),
      ...some(
        "purpose",
        c.purposes.map((p) => trmCoding("purpose", p)),
      ),
      ...some(
        "class",
        c.dataCategories.map((d) => trmCoding("dataCategory", d)),
      ),
      ...some("provision", withheld(c)),
    },
  };
}
