// The named bodies of the exchange API: the components of the OpenAPI document, in document order.
import { AuditEntrySchema, AuditPageSchema } from "./audit.js";
import { ConsentEventRequestSchema, ConsentRecordSchema, ConsentStateSchema } from "./consent-record.js";
import { CloudEventSchema, ConsentEventSchema, EventPageSchema, ReferralEventSchema } from "./events.js";
import { CountryCodeSchema } from "./fields.js";
import { JwkSchema, JwksSchema, NodeInfoSchema } from "./node-info.js";
import { IssueSchema, ProblemSchema } from "./problem.js";
import {
  ReferralPageSchema,
  ReferralRecordSchema,
  ReferralStatusSchema,
  ReferralSummarySchema,
} from "./referral-record.js";
import { TransitionRequestSchema } from "./transition.js";

/** Every API body schema by its component name in `components.schemas` of the OpenAPI document. */
export const apiSchemas = {
  NodeInfo: NodeInfoSchema,
  JWKS: JwksSchema,
  JWK: JwkSchema,
  ReferralRecord: ReferralRecordSchema,
  ReferralSummary: ReferralSummarySchema,
  ReferralPage: ReferralPageSchema,
  ReferralStatus: ReferralStatusSchema,
  TransitionRequest: TransitionRequestSchema,
  ConsentRecord: ConsentRecordSchema,
  ConsentEventRequest: ConsentEventRequestSchema,
  ConsentState: ConsentStateSchema,
  CloudEvent: CloudEventSchema,
  ReferralEvent: ReferralEventSchema,
  ConsentEvent: ConsentEventSchema,
  EventPage: EventPageSchema,
  AuditEntry: AuditEntrySchema,
  AuditPage: AuditPageSchema,
  Problem: ProblemSchema,
  Issue: IssueSchema,
  CountryCode: CountryCodeSchema,
} as const;

/** The component name of an API body schema. */
export type ApiSchemaName = keyof typeof apiSchemas;
