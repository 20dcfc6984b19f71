export {
  ANONYMISATION_NAMESPACE,
  type AnonymiseReport,
  type AnonymiseResult,
  type Anonymiser,
  anonymise,
  anonymiseMany,
  createAnonymiser,
} from "./anonymise.js";
export {
  type BuiltInPolicyName,
  builtInPolicies,
  builtInPolicyNames,
  isBuiltInPolicyName,
} from "./built-in-policies.js";
export {
  ageBandOf,
  type DateGranularity,
  type DateKind,
  dateShiftDays,
  generaliseDate,
  shiftDate,
} from "./dates.js";
export { NIL_UUID, WITHHELD } from "./fallback.js";
export { type AnonymisationKey, keyBytes, keyFingerprint, MIN_KEY_BYTES } from "./key.js";
export { type AnonymiseOptions, resolvePolicy } from "./options.js";
export {
  type Operation,
  operations,
  type Policy,
  type PolicyIssue,
  type PolicyResult,
  PolicySchema,
  parsePolicy,
  policyJsonSchema,
} from "./policy.js";
export { pseudonymise } from "./pseudonymise.js";
export { type KnownValue, type RedactKind, redact, redactPlaceholders } from "./redact.js";
