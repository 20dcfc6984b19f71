export {
  type CodeEntry,
  type Codelist,
  type CodelistDefinition,
  type CodeRow,
  defineCodelist,
} from "./codelists/define.js";
export { type CountryCodeCode, country, type LanguageCode, language } from "./codelists/geo.js";
export * from "./codelists/index.js";
export { codeSchema, EXTENSION_NAMESPACE, LANGUAGE_TAG, MAX_LENGTH, STANDARD_VERSION } from "./common.js";
export {
  type DocumentTypeName,
  documentTypeKebab,
  documentTypeNames,
  isDocumentTypeName,
} from "./document-type-names.js";
export { type DocumentTypeInfo, documentTypes, SCHEMA_BASE_URL, schemaIdOf } from "./document-types.js";
export {
  type BestInterestsAssessment,
  BestInterestsAssessmentSchema,
} from "./documents/best-interests-assessment.js";
export { type Consent, ConsentSchema } from "./documents/consent.js";
export { type FocalPoint, FocalPointSchema } from "./documents/focal-point.js";
export { type FocalPointDirectory, FocalPointDirectorySchema } from "./documents/focal-point-directory.js";
export { type Referral, ReferralSchema } from "./documents/referral.js";
export { type VictimProfile, VictimProfileSchema } from "./documents/victim-profile.js";
export {
  CODELIST_KEYWORD,
  type FieldMeta,
  SENSITIVITY_KEYWORD,
  type Sensitivity,
  sensitivityClasses,
  sensitivityRank,
} from "./meta.js";
export { leafSensitivities, sensitivityOf } from "./sensitivity.js";
