// @open-trm/adapters/fhir: Open TRM <-> HL7 FHIR R4 (4.0.1). See docs/mappings/fhir.md for every mapping table.
export { toFhir, toFhirExchange } from "./bundle.js";
export type { FhirExchange, TrmDocument } from "./documents.js";
export { fromFhir, fromFhirExchange } from "./reader.js";
export type {
  FhirAttachment,
  FhirBundle,
  FhirBundleEntry,
  FhirClinicalImpression,
  FhirCodeableConcept,
  FhirCoding,
  FhirConsent,
  FhirConsentProvision,
  FhirContactPoint,
  FhirEndpoint,
  FhirExtension,
  FhirHumanName,
  FhirIdentifier,
  FhirList,
  FhirOrganization,
  FhirPatient,
  FhirPeriod,
  FhirPractitionerRole,
  FhirReference,
  FhirResource,
  FhirServiceRequest,
  FhirTask,
} from "./types.js";
export { OPEN_TRM_FHIR_BASE } from "./urls.js";
