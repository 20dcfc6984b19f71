// The referral and consent operations of the exchange API.
import type { JsonObject } from "./components.js";
import { operation } from "./operation.js";
import { body, success } from "./responses.js";

const signedRecord = (description: string, schema: string, examples: string[], created = false) =>
  success(description, { schema, examples, signed: true, created });
const sendHeaders = { "Idempotent-Replayed": "IdempotentReplayed" };

/** Path items of `/referrals` and `/consents`. */
export function referralAndConsentPaths(): Record<string, JsonObject> {
  return {
    "/referrals": {
      post: operation({
        id: "sendReferral",
        summary: "Send a referral",
        description:
          "Stores a referral addressed to a focal point of the node's directory. Checks, in order: body size (413), JSON (400), the validator's structure and document rules (422 `invalid-document` with issues), the sender is the token's focal point (403), the receiver is in the directory and `status` is `sent` (422), then the consent gate: with `consentRef` the stored consent must be visible to the sender and cover the disclosure now (422 `consent-not-covering`, the refusal code in `detail`); without it a `consentOverride` is required. Nothing is stored when a check fails. A 201 is sent only once the referral is durable.",
        tag: "Referrals",
        access: "focalPoint",
        parameters: ["IdempotencyKey"],
        requestBody: body("The referral document, in status `sent`.", "Referral", ["referral-sent"]),
        responses: {
          "201": success("Stored (or, with `Idempotent-Replayed: true`, stored before).", {
            schema: "ReferralRecord",
            examples: ["referral-record-sent"],
            signed: true,
            created: true,
            headers: sendHeaders,
          }),
        },
        problems: [
          "bad-request",
          "idempotency-key-missing",
          "forbidden",
          "conflict",
          "payload-too-large",
          "invalid-document",
          "idempotency-key-reused",
          "consent-not-covering",
          "consent-withdrawn",
          "internal",
        ],
      }),
      get: operation({
        id: "listReferrals",
        summary: "List referrals",
        description:
          "Referrals the token's focal point sent or receives, as summaries without personal data, ordered by (`updatedAt`, `id`).",
        tag: "Referrals",
        access: "focalPoint",
        parameters: ["Role", "Status", "UpdatedSince", "Cursor", "Limit"],
        responses: {
          "200": success("A page of referral summaries.", {
            schema: "ReferralPage",
            examples: ["referral-page"],
          }),
        },
        problems: ["bad-request", "forbidden"],
      }),
    },
    "/referrals/{id}": {
      get: operation({
        id: "getReferral",
        summary: "Read a referral",
        description:
          "The stored referral with its signature. When its consent (not an override) is no longer valid at the time of the read, answers 451 `consent-withdrawn` instead.",
        tag: "Referrals",
        access: "focalPoint",
        parameters: ["ReferralId"],
        responses: {
          "200": signedRecord("The referral.", "ReferralRecord", ["referral-record-acknowledged"]),
        },
        problems: ["forbidden", "not-found", "consent-withdrawn"],
      }),
    },
    "/referrals/{id}/transitions": {
      post: operation({
        id: "transitionReferral",
        summary: "Change a referral's status",
        description:
          "Applies an action: `acknowledge`, `accept`, `reject` (with a reason), `start` and `complete` are the receiver's, `withdraw` the sender's (the other party gets 403). The referral state machine of data model section 6 decides what is legal (409 `illegal-transition`). Appends to `statusHistory`, sets `status` and `updatedAt`, and re-signs.",
        tag: "Referrals",
        access: "focalPoint",
        parameters: ["ReferralId", "IfMatch"],
        requestBody: body("The action.", "TransitionRequest", [
          "transition-acknowledge",
          "transition-reject",
        ]),
        responses: {
          "200": signedRecord("The referral in its new status.", "ReferralRecord", [
            "referral-record-acknowledged",
          ]),
        },
        problems: [
          "bad-request",
          "forbidden",
          "not-found",
          "illegal-transition",
          "precondition-failed",
          "precondition-required",
          "consent-withdrawn",
          "internal",
        ],
      }),
    },
    "/consents": {
      post: operation({
        id: "postConsent",
        summary: "Record a consent",
        description:
          "Stores a consent document. It must be valid (422) and recorded by the token's focal point (`recordedBy`, else 403); an id that exists answers 409.",
        tag: "Consents",
        access: "focalPoint",
        requestBody: body("The consent document.", "Consent", ["consent"]),
        responses: { "201": signedRecord("Stored.", "ConsentRecord", ["consent-record-given"], true) },
        problems: [
          "bad-request",
          "forbidden",
          "conflict",
          "payload-too-large",
          "invalid-document",
          "internal",
        ],
      }),
    },
    "/consents/{id}": {
      get: operation({
        id: "getConsent",
        summary: "Read a consent",
        description:
          "A consent the token's focal point recorded or controls, or that a referral it may see references; `state` is the state now.",
        tag: "Consents",
        access: "focalPoint",
        parameters: ["ConsentId"],
        responses: { "200": signedRecord("The consent.", "ConsentRecord", ["consent-record-given"]) },
        problems: ["forbidden", "not-found"],
      }),
    },
    "/consents/{id}/events": {
      post: operation({
        id: "addConsentEvent",
        summary: "Add a consent event",
        description:
          "Appends one event (`recordedBy` must be the token's focal point, 403 otherwise); the whole updated consent must validate (422). A `withdrawn` or `revoked` event takes effect at once: later reads of referrals disclosed under this consent answer 451.",
        tag: "Consents",
        access: "focalPoint",
        parameters: ["ConsentId"],
        requestBody: body("The event.", "ConsentEventRequest", ["consent-event-withdrawn"]),
        responses: {
          "201": signedRecord("The consent with the event appended.", "ConsentRecord", [
            "consent-record-withdrawn",
          ]),
        },
        problems: [
          "bad-request",
          "forbidden",
          "not-found",
          "payload-too-large",
          "invalid-document",
          "internal",
        ],
      }),
    },
  };
}
