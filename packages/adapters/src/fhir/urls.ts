// Canonical URLs of the Open TRM FHIR mapping and of the FHIR R4 terminologies it uses. Every Open TRM extension,
// profile and code system lives under one base URL, so a receiver can tell them apart from anyone else's.

/**
 * The one canonical base URL of every Open TRM FHIR artefact (extensions, profiles, code systems).
 * @example
 * `${OPEN_TRM_FHIR_BASE}/StructureDefinition/victim-profile`;
 */
export const OPEN_TRM_FHIR_BASE = "https://open-trm.org/fhir";

/** The URL of an Open TRM extension or profile (`StructureDefinition`) by its kebab-case name. */
export function structureDefinitionUrl(name: string): string {
  return `${OPEN_TRM_FHIR_BASE}/StructureDefinition/${name}`;
}

/** The URL of the FHIR code system that holds the codes of an Open TRM codelist (by the codelist's name). */
export function codeSystemUrl(codelist: string): string {
  return `${OPEN_TRM_FHIR_BASE}/CodeSystem/${codelist}`;
}

/** Identifier system of the cross-border `correlationId` shared by all parties to a case. */
export const CORRELATION_ID_SYSTEM = `${OPEN_TRM_FHIR_BASE}/sid/correlation-id`;

/** Identifier system for URIs (RFC 3986), used with `urn:uuid:` values for Open TRM document ids. */
export const URI_SYSTEM = "urn:ietf:rfc:3986";

/** Prefix of a UUID written as a URI (RFC 9562 section 4; FHIR `uuid` type). */
export const UUID_URN_PREFIX = "urn:uuid:";

/** Extension that lists, by JSON Pointer, each Open TRM list or group that is present but empty. */
export const EMPTY_FIELD_EXTENSION = structureDefinitionUrl("empty-field");

/** FHIR R4 core and HL7 terminology URLs the mapping uses (hl7.org/fhir/R4/terminologies-systems.html). */
export const FHIR = {
  /** hl7.org/fhir/R4/extension-patient-genderidentity.html */
  genderIdentityExtension: "http://hl7.org/fhir/StructureDefinition/patient-genderIdentity",
  /** hl7.org/fhir/R4/codesystem-gender-identity.html */
  genderIdentitySystem: "http://hl7.org/fhir/gender-identity",
  /** hl7.org/fhir/R4/extension-patient-citizenship.html */
  citizenshipExtension: "http://hl7.org/fhir/StructureDefinition/patient-citizenship",
  /** ISO 3166 country codes as FHIR writes their system (hl7.org/fhir/R4/terminologies-systems.html). */
  iso3166: "urn:iso:std:iso:3166",
  /** BCP 47 language tags (hl7.org/fhir/R4/languages.html). */
  bcp47: "urn:ietf:bcp:47",
  /** hl7.org/fhir/R4/v2/0203/index.html */
  identifierType: "http://terminology.hl7.org/CodeSystem/v2-0203",
  /** hl7.org/fhir/R4/codesystem-consent-scope.html */
  consentScope: "http://terminology.hl7.org/CodeSystem/consentscope",
  /** LOINC, for the Consent category (hl7.org/fhir/R4/valueset-consent-category.html). */
  loinc: "http://loinc.org",
  /** hl7.org/fhir/R4/v3/ParticipationType/cs.html */
  participationType: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
  /** SNOMED CT, for the ServiceRequest category "Patient referral". */
  snomed: "http://snomed.info/sct",
  /** hl7.org/fhir/R4/codesystem-organization-type.html */
  organizationType: "http://terminology.hl7.org/CodeSystem/organization-type",
  /** hl7.org/fhir/R4/codesystem-endpoint-connection-type.html */
  endpointConnectionType: "http://terminology.hl7.org/CodeSystem/endpoint-connection-type",
  /** hl7.org/fhir/R4/codesystem-endpoint-payload-type.html */
  endpointPayloadType: "http://terminology.hl7.org/CodeSystem/endpoint-payload-type",
} as const;

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The URL of the profile of a document type's root resource (`victim-profile`), or of a secondary resource when
 * `part` is given (`referral-task`).
 * @example
 * profileUrl("focalPoint", "role"); // "https://open-trm.org/fhir/StructureDefinition/focal-point-role"
 */
export function profileUrl(documentType: string, part?: string): string {
  return structureDefinitionUrl(part === undefined ? kebab(documentType) : `${kebab(documentType)}-${part}`);
}

/**
 * The URL of the extension that carries a document's fields that no FHIR element carries (`path` empty:
 * `victim-profile-fields`), or the non-native fields of each item of a list written natively (`path` is the
 * list's pointer template without indexes, such as `/phones`: `focal-point-phones`).
 * @example
 * documentExtensionUrl("focalPoint", "/secureChannels"); // "https://open-trm.org/fhir/StructureDefinition/focal-point-secure-channels"
 */
export function documentExtensionUrl(documentType: string, path = ""): string {
  const parts =
    path === "" ? [documentType, "fields"] : [documentType, ...path.split("/").filter((p) => p !== "")];
  return structureDefinitionUrl(parts.map(kebab).join("-"));
}
