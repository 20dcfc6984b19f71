// The full entry point: everything of the light entry (./data.ts) plus the Zod document schemas.
export { codeSchema, EXTENSION_NAMESPACE, LANGUAGE_TAG, MAX_LENGTH, STANDARD_VERSION } from "./common.js";
export * from "./data.js";
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
