// Named types of the exchange API bodies, from the types openapi-typescript generates from the OpenAPI document.
import type { components } from "../generated/openapi.js";

type Schemas = components["schemas"];

/** A referral document. */
export type Referral = Schemas["Referral"];
/** A consent document. */
export type Consent = Schemas["Consent"];
/** A focal point document. */
export type FocalPoint = Schemas["FocalPoint"];
/** A focal point directory document. */
export type FocalPointDirectory = Schemas["FocalPointDirectory"];
/** `GET /`: node metadata. */
export type NodeInfo = Schemas["NodeInfo"];
/** A JSON Web Key Set of a node's signing keys. */
export type ApiJwks = Schemas["JWKS"];
/** A stored referral with the node's signature. */
export type ReferralRecord = Schemas["ReferralRecord"];
/** A page of referral summaries. */
export type ReferralPage = Schemas["ReferralPage"];
/** A referral status code. */
export type ReferralStatus = Schemas["ReferralStatus"];
/** A status change of a referral. */
export type TransitionRequest = Schemas["TransitionRequest"];
/** An action on a referral. */
export type TransitionAction = TransitionRequest["action"];
/** A code of the `referralRejectionReason` codelist. */
export type RejectionReason = Extract<TransitionRequest, { action: "reject" }>["reason"];
/** A stored consent with its current state. */
export type ConsentRecord = Schemas["ConsentRecord"];
/** One new consent event. */
export type ConsentEventRequest = Schemas["ConsentEventRequest"];
/** One change of the feed (CloudEvents 1.0). */
export type CloudEvent = Schemas["CloudEvent"];
/** A page of the change feed. */
export type EventPage = Schemas["EventPage"];
/** A page of audit entries. */
export type AuditPage = Schemas["AuditPage"];
/** An RFC 9457 problem: every failure of a call, HTTP or not. */
export type Problem = Schemas["Problem"];
