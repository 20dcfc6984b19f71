// `@open-trm/schema/api`: the Zod schemas of the exchange API bodies, and the tables the API is built on.
export { type AuditEntry, AuditEntrySchema, type AuditPage, AuditPageSchema } from "./audit.js";
export {
  type ConsentEventRequest,
  ConsentEventRequestSchema,
  type ConsentRecord,
  ConsentRecordSchema,
  ConsentStateSchema,
} from "./consent-record.js";
export {
  type CloudEvent,
  CloudEventSchema,
  ConsentEventSchema,
  type EventPage,
  EventPageSchema,
  type EventType,
  eventTypes,
  ReferralEventSchema,
} from "./events.js";
export { CountryCodeSchema, DETACHED_JWS_PATTERN, ETAG_PATTERN } from "./fields.js";
export {
  type ApiJwk,
  type ApiJwks,
  JwkSchema,
  JwksSchema,
  type NodeInfo,
  NodeInfoSchema,
} from "./node-info.js";
export {
  type ApiIssue,
  IssueSchema,
  PROBLEM_TYPE_BASE,
  type Problem,
  ProblemSchema,
  type ProblemSlug,
  problemTypes,
  problemTypeUri,
} from "./problem.js";
export {
  type ReferralPage,
  ReferralPageSchema,
  type ReferralRecord,
  ReferralRecordSchema,
  ReferralStatusSchema,
  type ReferralSummary,
  ReferralSummarySchema,
} from "./referral-record.js";
export { type ApiSchemaName, apiSchemas } from "./schemas.js";
export {
  type TransitionAction,
  type TransitionRequest,
  TransitionRequestSchema,
  transitionActions,
} from "./transition.js";
