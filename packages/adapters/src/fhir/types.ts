// Minimal hand-written types of the FHIR R4 (4.0.1) elements this adapter writes: only the elements it uses, with
// names and cardinalities as in hl7.org/fhir/R4. Readers never trust these types: they check every value.

/**
 * An extension (hl7.org/fhir/R4/extensibility.html): a URL and either one value or nested extensions.
 * @example
 * const e: FhirExtension = { url: "https://open-trm.org/fhir/StructureDefinition/empty-field", valueString: "/person/otherNames" };
 */
export interface FhirExtension {
  readonly url: string;
  readonly extension?: readonly FhirExtension[];
  readonly valueCode?: string;
  readonly valueString?: string;
  readonly valueBoolean?: boolean;
  readonly valueInteger?: number;
  readonly valueDate?: string;
  readonly valueDateTime?: string;
  readonly valueReference?: FhirReference;
  readonly valueAttachment?: FhirAttachment;
  readonly valueCodeableConcept?: FhirCodeableConcept;
}

/**
 * A code in a code system (hl7.org/fhir/R4/datatypes.html#Coding).
 * @example
 * const c: FhirCoding = { system: "http://hl7.org/fhir/gender-identity", code: "non-binary" };
 */
export interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/**
 * A concept as one or more codings (hl7.org/fhir/R4/datatypes.html#CodeableConcept).
 * @example
 * const cc: FhirCodeableConcept = { coding: [{ system: "urn:iso:std:iso:3166", code: "AL" }] };
 */
export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

/**
 * An identifier (hl7.org/fhir/R4/datatypes.html#Identifier).
 * @example
 * const id: FhirIdentifier = { system: "urn:ietf:rfc:3986", value: "urn:uuid:00000000-0000-4000-8000-000000001101" };
 */
export interface FhirIdentifier {
  readonly extension?: readonly FhirExtension[];
  readonly use?: "usual" | "official" | "temp" | "secondary" | "old";
  readonly type?: FhirCodeableConcept;
  readonly system?: string;
  readonly value: string;
}

/**
 * A reference to another resource (hl7.org/fhir/R4/references.html): literal (`reference`), logical
 * (`identifier`) or both.
 * @example
 * const r: FhirReference = { type: "Organization", identifier: { system: "urn:ietf:rfc:3986", value: "urn:uuid:00000000-0000-4000-8000-000000005101" } };
 */
export interface FhirReference {
  readonly reference?: string;
  readonly type?: string;
  readonly identifier?: FhirIdentifier;
  readonly display?: string;
}

/**
 * Content carried inline (hl7.org/fhir/R4/datatypes.html#Attachment).
 * @example
 * const a: FhirAttachment = { contentType: "application/json", data: "e30=" };
 */
export interface FhirAttachment {
  readonly contentType: string;
  readonly data: string;
}

/**
 * A phone, e-mail or web address (hl7.org/fhir/R4/datatypes.html#ContactPoint).
 * @example
 * const t: FhirContactPoint = { system: "phone", value: "+447700900123" };
 */
export interface FhirContactPoint {
  readonly extension?: readonly FhirExtension[];
  readonly system: "phone" | "fax" | "email" | "pager" | "url" | "sms" | "other";
  readonly value: string;
  readonly use?: "mobile";
}

/**
 * A person's name (hl7.org/fhir/R4/datatypes.html#HumanName).
 * @example
 * const n: FhirHumanName = { use: "official", family: "Shembulli", given: ["Arta"] };
 */
export interface FhirHumanName {
  readonly use: "official" | "nickname";
  readonly text?: string;
  readonly family?: string;
  readonly given?: readonly string[];
}

/**
 * A time span (hl7.org/fhir/R4/datatypes.html#Period).
 * @example
 * const p: FhirPeriod = { end: "2026-05-20T17:00:00+02:00" };
 */
export interface FhirPeriod {
  readonly start?: string;
  readonly end?: string;
}

/** Elements every resource this adapter writes may carry. */
interface ResourceBase {
  readonly id?: string;
  readonly meta?: { readonly profile: readonly string[] };
  readonly extension?: readonly FhirExtension[];
  readonly identifier?: readonly FhirIdentifier[];
}

/**
 * A Patient (hl7.org/fhir/R4/patient.html), the FHIR form of a victim profile.
 * @example
 * const p: FhirPatient = { resourceType: "Patient", gender: "female", birthDate: "2010" };
 */
export interface FhirPatient extends ResourceBase {
  readonly resourceType: "Patient";
  readonly name?: readonly FhirHumanName[];
  readonly telecom?: readonly FhirContactPoint[];
  readonly gender?: "male" | "female" | "other" | "unknown";
  readonly birthDate?: string;
  readonly communication?: readonly {
    readonly extension?: readonly FhirExtension[];
    readonly language: FhirCodeableConcept;
  }[];
  readonly managingOrganization?: FhirReference;
}

/**
 * One rule of a Consent (hl7.org/fhir/R4/consent-definitions.html#Consent.provision).
 * @example
 * const p: FhirConsentProvision = { type: "deny", class: [{ system: "https://open-trm.org/fhir/CodeSystem/dataCategory", code: "health" }] };
 */
export interface FhirConsentProvision {
  readonly extension?: readonly FhirExtension[];
  readonly type: "permit" | "deny";
  readonly actor?: readonly {
    readonly extension?: readonly FhirExtension[];
    readonly role: FhirCodeableConcept;
    readonly reference: FhirReference;
  }[];
  readonly purpose?: readonly FhirCoding[];
  readonly class?: readonly FhirCoding[];
  readonly provision?: readonly FhirConsentProvision[];
}

/**
 * A Consent (hl7.org/fhir/R4/consent.html), the FHIR form of an Open TRM consent.
 * @example
 * const c: Pick<FhirConsent, "resourceType" | "status"> = { resourceType: "Consent", status: "active" };
 */
export interface FhirConsent extends ResourceBase {
  readonly resourceType: "Consent";
  readonly status: "draft" | "proposed" | "active" | "rejected" | "inactive" | "entered-in-error";
  readonly scope: FhirCodeableConcept;
  readonly category: readonly FhirCodeableConcept[];
  readonly patient: FhirReference;
  readonly organization?: readonly FhirReference[];
  readonly policy?: readonly { readonly uri: string }[];
  readonly provision: FhirConsentProvision;
}

/**
 * A ServiceRequest (hl7.org/fhir/R4/servicerequest.html), the request part of a referral.
 * @example
 * const s: Pick<FhirServiceRequest, "resourceType" | "intent"> = { resourceType: "ServiceRequest", intent: "order" };
 */
export interface FhirServiceRequest extends ResourceBase {
  readonly resourceType: "ServiceRequest";
  readonly contained?: readonly FhirPatient[];
  readonly status: "draft" | "active" | "on-hold" | "revoked" | "completed" | "entered-in-error" | "unknown";
  readonly intent: "order";
  readonly category: readonly FhirCodeableConcept[];
  readonly priority: "routine" | "urgent" | "asap" | "stat";
  readonly code: FhirCodeableConcept;
  readonly orderDetail?: readonly FhirCodeableConcept[];
  readonly subject: FhirReference;
  readonly authoredOn: string;
  readonly requester: FhirReference;
  readonly performer: readonly FhirReference[];
  readonly reasonCode?: readonly FhirCodeableConcept[];
  readonly supportingInfo?: readonly FhirReference[];
}

/**
 * A Task (hl7.org/fhir/R4/task.html) that tracks the status of a referral.
 * @example
 * const t: Pick<FhirTask, "resourceType" | "status"> = { resourceType: "Task", status: "requested" };
 */
export interface FhirTask extends ResourceBase {
  readonly resourceType: "Task";
  readonly status: string;
  readonly intent: "order";
  readonly focus: FhirReference;
  readonly for: FhirReference;
  readonly authoredOn: string;
  readonly requester: FhirReference;
  readonly owner: FhirReference;
  readonly restriction?: { readonly period: FhirPeriod };
}

/**
 * A ClinicalImpression (hl7.org/fhir/R4/clinicalimpression.html), the FHIR form of a best-interests assessment.
 * @example
 * const c: Pick<FhirClinicalImpression, "resourceType" | "status"> = { resourceType: "ClinicalImpression", status: "completed" };
 */
export interface FhirClinicalImpression extends ResourceBase {
  readonly resourceType: "ClinicalImpression";
  readonly status: "in-progress" | "completed" | "entered-in-error";
  readonly code: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly previous?: FhirReference;
  readonly summary: string;
}

/**
 * An Organization (hl7.org/fhir/R4/organization.html): the institution of a focal point.
 * @example
 * const o: Pick<FhirOrganization, "resourceType" | "name"> = { resourceType: "Organization", name: "Example NGO" };
 */
export interface FhirOrganization extends ResourceBase {
  readonly resourceType: "Organization";
  readonly active: boolean;
  readonly type: readonly FhirCodeableConcept[];
  readonly name: string;
  readonly telecom?: readonly FhirContactPoint[];
}

/**
 * A PractitionerRole (hl7.org/fhir/R4/practitionerrole.html): the focal point's role, contacts and hours.
 * @example
 * const r: Pick<FhirPractitionerRole, "resourceType" | "active"> = { resourceType: "PractitionerRole", active: true };
 */
export interface FhirPractitionerRole extends ResourceBase {
  readonly resourceType: "PractitionerRole";
  readonly active: boolean;
  readonly organization: FhirReference;
  readonly code: readonly FhirCodeableConcept[];
  readonly telecom?: readonly FhirContactPoint[];
  readonly availableTime?: readonly {
    readonly daysOfWeek: readonly string[];
    readonly availableStartTime: string;
    readonly availableEndTime: string;
  }[];
  readonly availabilityExceptions?: string;
  readonly endpoint?: readonly FhirReference[];
}

/**
 * An Endpoint (hl7.org/fhir/R4/endpoint.html): one secure channel of a focal point.
 * @example
 * const e: Pick<FhirEndpoint, "resourceType" | "address"> = { resourceType: "Endpoint", address: "trm-exchange.example.net/si" };
 */
export interface FhirEndpoint extends ResourceBase {
  readonly resourceType: "Endpoint";
  readonly status: "active" | "off";
  readonly connectionType: FhirCoding;
  readonly managingOrganization: FhirReference;
  readonly payloadType: readonly FhirCodeableConcept[];
  readonly address: string;
}

/**
 * A List (hl7.org/fhir/R4/list.html), the FHIR form of a focal point directory.
 * @example
 * const l: Pick<FhirList, "resourceType" | "mode"> = { resourceType: "List", mode: "snapshot" };
 */
export interface FhirList extends ResourceBase {
  readonly resourceType: "List";
  readonly status: "current";
  readonly mode: "snapshot";
  readonly date: string;
  readonly entry?: readonly { readonly item: FhirReference }[];
}

/**
 * Any resource this adapter writes.
 * @example
 * const r: FhirResource = { resourceType: "Patient" };
 */
export type FhirResource =
  | FhirPatient
  | FhirConsent
  | FhirServiceRequest
  | FhirTask
  | FhirClinicalImpression
  | FhirOrganization
  | FhirPractitionerRole
  | FhirEndpoint
  | FhirList;

/**
 * One entry of a transaction Bundle: the resource, its `urn:uuid:` fullUrl and the request that creates it.
 * @example
 * const e: FhirBundleEntry = { fullUrl: "urn:uuid:00000000-0000-4000-8000-000000001101", resource: { resourceType: "Patient" }, request: { method: "POST", url: "Patient" } };
 */
export interface FhirBundleEntry {
  readonly fullUrl: string;
  readonly resource: FhirResource;
  readonly request: { readonly method: "POST"; readonly url: string; readonly ifNoneExist?: string };
}

/**
 * A transaction Bundle (hl7.org/fhir/R4/bundle.html, hl7.org/fhir/R4/http.html#transaction).
 * @example
 * const b: FhirBundle = { resourceType: "Bundle", type: "transaction", entry: [] };
 */
export interface FhirBundle {
  readonly resourceType: "Bundle";
  readonly type: "transaction";
  readonly entry: readonly FhirBundleEntry[];
}
