// Code maps between Open TRM codelists and FHIR R4 code systems, as data. Sources: the R4 code systems linked in
// each `source`; GDPR legal bases as W3C DPV 2 IRIs (https://w3c.github.io/dpv/2.0/legal/eu/gdpr/).
import { FHIR } from "../urls.js";
import type { CodeMap } from "./code-map.js";

/** `person.sex` to `Patient.gender` (administrative gender); `intersex` is `other`. */
export const sexMap: CodeMap = {
  codelist: "sex",
  element: "Patient.gender",
  system: "http://hl7.org/fhir/administrative-gender",
  source: "https://hl7.org/fhir/R4/codesystem-administrative-gender.html",
  read: true,
  rows: [
    ["female", "female"],
    ["male", "male"],
    ["intersex", "other"],
    ["unknown", "unknown"],
  ],
};

/** `person.gender` to the R4 core extension patient-genderIdentity. */
export const genderMap: CodeMap = {
  codelist: "gender",
  element: "Patient.extension (patient-genderIdentity)",
  system: FHIR.genderIdentitySystem,
  source: "https://hl7.org/fhir/R4/codesystem-gender-identity.html",
  read: true,
  rows: [
    ["woman", "female"],
    ["man", "male"],
    ["transgenderWoman", "transgender-female"],
    ["transgenderMan", "transgender-male"],
    ["nonBinary", "non-binary"],
    ["notSpecified", "non-disclose"],
  ],
};

/** Identity document type to the HL7 v2 identifier type (table 0203), written beside the Open TRM coding. */
export const identityDocumentMap: CodeMap = {
  codelist: "identityDocumentType",
  element: "Patient.identifier.type",
  system: FHIR.identifierType,
  source: "https://hl7.org/fhir/R4/v2/0203/index.html",
  read: false,
  rows: [
    ["passport", "PPN"],
    ["nationalIdCard", "NI"],
    ["birthCertificate", "BCT"],
    ["residencePermit", "PRC"],
    ["travelDocument", null],
    ["drivingLicence", "DL"],
    ["other", null],
  ],
};

/** Institution type to the R4 organization type, written beside the Open TRM coding. */
export const institutionTypeMap: CodeMap = {
  codelist: "institutionType",
  element: "Organization.type",
  system: FHIR.organizationType,
  source: "https://hl7.org/fhir/R4/codesystem-organization-type.html",
  read: false,
  rows: [
    ["nationalCoordinator", "govt"],
    ["nationalRapporteur", "govt"],
    ["ngo", "cg"],
    ["lawEnforcement", "govt"],
    ["borderGuard", "govt"],
    ["prosecution", "govt"],
    ["judiciary", "govt"],
    ["labourInspectorate", "govt"],
    ["socialServices", "govt"],
    ["childProtectionAuthority", "govt"],
    ["guardianshipAuthority", "govt"],
    ["healthService", "prov"],
    ["immigrationService", "govt"],
    ["legalService", "other"],
    ["consulateOrEmbassy", "govt"],
    ["internationalOrganisation", "other"],
    ["helpline", "other"],
    ["shelter", "other"],
    ["other", "other"],
  ],
};

/** Phone type (RFC 6350 TEL types) to the contact point system; the exact type travels in an extension. */
export const phoneTypeMap: CodeMap = {
  codelist: "phoneType",
  element: "PractitionerRole.telecom.system",
  system: "http://hl7.org/fhir/contact-point-system",
  source: "https://hl7.org/fhir/R4/codesystem-contact-point-system.html",
  read: false,
  rows: [
    ["voice", "phone"],
    ["text", "sms"],
    ["fax", "fax"],
    ["cell", "phone"],
    ["video", "other"],
    ["pager", "pager"],
    ["textphone", "other"],
  ],
};

/** Secure channel type to the endpoint connection type; without a counterpart the Open TRM coding is used. */
export const secureChannelMap: CodeMap = {
  codelist: "secureChannelType",
  element: "Endpoint.connectionType",
  system: FHIR.endpointConnectionType,
  source: "https://hl7.org/fhir/R4/codesystem-endpoint-connection-type.html",
  read: false,
  rows: [
    ["encryptedEmail", "secure-email"],
    ["openpgp", "secure-email"],
    ["smime", "secure-email"],
    ["securePlatform", null],
    ["other", null],
  ],
};

/** Weekday to the R4 days of week of `availableTime.daysOfWeek`. */
export const weekdayMap: CodeMap = {
  codelist: "weekday",
  element: "PractitionerRole.availableTime.daysOfWeek",
  system: "http://hl7.org/fhir/days-of-week",
  source: "https://hl7.org/fhir/R4/codesystem-days-of-week.html",
  read: true,
  rows: [
    ["mo", "mon"],
    ["tu", "tue"],
    ["we", "wed"],
    ["th", "thu"],
    ["fr", "fri"],
    ["sa", "sat"],
    ["su", "sun"],
  ],
};

/** GDPR legal basis to the W3C DPV IRI of its article, as `Consent.policy.uri`. */
export const legalBasisMap: CodeMap = {
  codelist: "legalBasis",
  element: "Consent.policy.uri",
  system: "https://w3id.org/dpv/legal/eu/gdpr#",
  source: "https://w3c.github.io/dpv/2.0/legal/eu/gdpr/",
  read: true,
  rows: [
    ["consent", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-a"],
    ["contract", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-b"],
    ["legalObligation", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-c"],
    ["vitalInterests", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-d"],
    ["publicTask", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-e"],
    ["legitimateInterests", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-f"],
    ["explicitConsent9a", "https://w3id.org/dpv/legal/eu/gdpr#A9-2-a"],
    ["vitalInterestsIncapable9c", "https://w3id.org/dpv/legal/eu/gdpr#A9-2-c"],
    ["legalClaims9f", "https://w3id.org/dpv/legal/eu/gdpr#A9-2-f"],
    ["substantialPublicInterest9g", "https://w3id.org/dpv/legal/eu/gdpr#A9-2-g"],
    ["healthOrSocialCare9h", "https://w3id.org/dpv/legal/eu/gdpr#A9-2-h"],
  ],
};

/** Referral urgency to the request priority of the ServiceRequest. */
export const urgencyMap: CodeMap = {
  codelist: "urgency",
  element: "ServiceRequest.priority",
  system: "http://hl7.org/fhir/request-priority",
  source: "https://hl7.org/fhir/R4/codesystem-request-priority.html",
  read: false,
  rows: [
    ["immediate", "stat"],
    ["within48Hours", "asap"],
    ["withinOneWeek", "urgent"],
    ["within30Days", "routine"],
    ["notUrgent", "routine"],
  ],
};
