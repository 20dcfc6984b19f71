// Which consent data category covers which victimProfile field. Data, not if-chains: test/disclose/categories.test.ts
// proves that every leaf of the victimProfile schema is listed exactly once across the three tables below.
import type { DataCategory } from "@open-trm/schema";

/**
 * The victimProfile leaf pointer templates (`*` for any array index) that each consent data category covers.
 * @example
 * dataCategoryFields.contact; // ["/person/contact/phones", "/person/contact/emails"]
 */
export const dataCategoryFields: Readonly<Record<DataCategory, readonly string[]>> = {
  identity: [
    "/person/givenNames",
    "/person/familyNames",
    "/person/otherNames",
    "/person/identityDocuments/*/type",
    "/person/identityDocuments/*/number",
    "/person/identityDocuments/*/issuingCountry",
    "/person/identityDocuments/*/heldBy",
  ],
  contact: ["/person/contact/phones", "/person/contact/emails"],
  demographics: [
    "/person/sex",
    "/person/gender",
    "/person/birthDate",
    "/person/birthDateEstimated",
    "/person/isChild",
    "/person/ageAssessment/method",
    "/person/ageAssessment/date",
    "/person/ageAssessment/outcome",
    "/person/ageAssessment/disputed",
    "/person/citizenships",
    "/person/stateless",
    "/person/languages/*/tag",
    "/person/languages/*/interpreterNeeded",
    "/person/dependants/count",
    "/person/dependants/accompanying",
  ],
  traffickingExperience: [
    "/identification/decidedBy",
    "/identification/reasonableGroundsDate",
    "/identification/formalIdentificationDate",
    "/identification/source",
    "/trafficking/exploitationForms",
    "/trafficking/labourSectors",
    "/trafficking/meansOfControl",
    "/trafficking/recruitmentMethods",
    "/trafficking/recruiterRelationship",
    "/trafficking/onlinePlatforms/*/stage",
    "/trafficking/onlinePlatforms/*/platform",
    "/trafficking/events/*/type",
    "/trafficking/events/*/country",
    "/trafficking/events/*/from",
    "/trafficking/events/*/to",
    "/trafficking/durationMonths",
    "/indicators/*/list",
    "/indicators/*/dimension",
    "/indicators/*/indicator",
    "/indicators/*/strength",
    "/indicators/*/present",
  ],
  health: [
    "/assistance/needs",
    "/assistance/services/*/type",
    "/assistance/services/*/provider",
    "/assistance/services/*/status",
    "/assistance/services/*/from",
    "/assistance/services/*/to",
  ],
  sexualLife: ["/trafficking/sexualExploitationTypes"],
  criminalProceedings: [
    "/perpetrators/*/roles",
    "/perpetrators/*/kind",
    "/perpetrators/*/nationality",
    "/perpetrators/*/sex",
    "/proceedings/*/kind",
    "/proceedings/*/country",
    "/proceedings/*/role",
    "/proceedings/*/compensationClaimed",
    "/assistance/cooperationWithAuthorities",
  ],
  immigration: [
    "/person/migrationStatus",
    "/assistance/reflectionPeriod/grantedOn",
    "/assistance/reflectionPeriod/endsOn",
    "/assistance/reflectionPeriod/status",
    "/assistance/residencePermit/type",
    "/assistance/residencePermit/from",
    "/assistance/residencePermit/to",
  ],
  childProtection: [
    "/childContext/separation",
    "/childContext/guardian/appointed",
    "/childContext/guardian/type",
    "/childContext/guardian/ref",
    "/childContext/guardian/appointedOn",
    "/childContext/bestInterestsAssessmentRefs",
  ],
  location: ["/trafficking/events/*/subdivision", "/trafficking/events/*/place"],
};

/**
 * Envelope and process fields that identify no one by themselves and go with every disclosure.
 * @example
 * alwaysDisclosedFields.includes("/identification/status"); // true
 */
export const alwaysDisclosedFields: readonly string[] = [
  "/documentType",
  "/standardVersion",
  "/id",
  "/createdAt",
  "/updatedAt",
  "/recordedBy",
  "/correlationId",
  "/caseOwner",
  "/identification/status",
  "/assistance/trmStage",
  "/assistance/riskLevel",
  "/case/status",
  "/consentRefs",
  "/legalBases",
];

/**
 * Fields no consent category can cover: extensions (unclassified) and narrative free text, never disclosed.
 * @example
 * neverDisclosedFields.includes("/case/notes"); // true
 */
export const neverDisclosedFields: readonly string[] = ["/extensions", "/case/closureReason", "/case/notes"];

// An item of these arrays exists only when its category is covered; `place` and `subdivision` (location) need it.
export const containerGates: Readonly<Record<string, DataCategory>> = {
  "/trafficking/events/*": "traffickingExperience",
};

// Neutral values for required fields whose data is withheld, so the minimised profile stays a valid document.
// `notAsked` is the only code of cooperationStatus; a replaced field is always reported in `replacedFields`.
export const placeholders: Readonly<Record<string, unknown>> = {
  "/person/isChild": "unknown",
  "/person/citizenships": [],
  "/person/languages": [],
  "/trafficking/exploitationForms": ["unknown"],
  "/trafficking/events": [],
  "/assistance/needs": [],
  "/assistance/services": [],
  "/assistance/cooperationWithAuthorities": "notAsked",
  "/childContext/separation": "unknown",
  "/childContext/bestInterestsAssessmentRefs": [],
};

// Containers that the schema requires: they stay, with placeholders, even when every member is withheld.
export const requiredContainers: ReadonlySet<string> = new Set([
  "",
  "/identification",
  "/person",
  "/trafficking",
  "/assistance",
  "/case",
]);

const categoryByField = new Map<string, DataCategory>(
  (Object.entries(dataCategoryFields) as [DataCategory, readonly string[]][]).flatMap(([category, fields]) =>
    fields.map((field) => [field, category] as const),
  ),
);

/**
 * The data category that covers a victimProfile leaf template, or `undefined` for always/never disclosed fields.
 * @example
 * categoryOfField("/person/contact/phones"); // "contact"
 */
export function categoryOfField(template: string): DataCategory | undefined {
  return categoryByField.get(template);
}
