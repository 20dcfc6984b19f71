export { buildReferral } from "./build-referral.js";
export {
  alwaysDisclosedFields,
  categoryOfField,
  dataCategoryFields,
  neverDisclosedFields,
} from "./categories.js";
export { type Coverage, consentRefusalAt, consentStateAt, coverage } from "./coverage.js";
export { disclose } from "./disclose.js";
export type { BuildReferralOptions, BuildReferralResult } from "./referral-options.js";
export {
  type DiscloseOptions,
  type DisclosureOverride,
  type DisclosureRecipient,
  type DisclosureRefusal,
  type DisclosureRefusalReason,
  type DisclosureResult,
  type DisclosureSuccess,
  disclosureRefusals,
  type RecordedOverride,
} from "./types.js";
