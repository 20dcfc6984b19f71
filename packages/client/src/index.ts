export { createClient, type TrmClient } from "./client/create-client.js";
export type {
  AuditOptions,
  ClientOptions,
  EventsOptions,
  ListReferralsOptions,
  PutOptions,
  SendReferralOptions,
  TransitionOptions,
} from "./client/options.js";
export { type ApiResult, LOCAL_PROBLEM_TYPE } from "./client/result.js";
export type * from "./client/types.js";
export { ClientError } from "./errors.js";
export {
  type PreparedDocument,
  type PreparedReferral,
  type PrepareIssue,
  type PrepareReferralOptions,
  prepareReferral,
} from "./prepare.js";
export * from "./signing/index.js";
