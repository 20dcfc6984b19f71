// Reusable parameters and headers of the OpenAPI document (`components.parameters`, `components.headers`).
import { DETACHED_JWS_PATTERN, ETAG_PATTERN } from "../fields.js";
import type { JsonObject } from "./components.js";

const uuid = { type: "string", format: "uuid" };
const cursor = { type: "string", minLength: 1, maxLength: 512 };
const pathId = (what: string): JsonObject => ({
  name: "id",
  in: "path",
  required: true,
  description: `The ${what}'s \`id\`. An id the token may not see answers 404, exactly like one that does not exist.`,
  schema: uuid,
});
const query = (name: string, description: string, schema: JsonObject): JsonObject => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});
const ifMatch = (required: boolean, when: string): JsonObject => ({
  name: "If-Match",
  in: "header",
  required,
  description: `The \`ETag\` of the version being changed (RFC 9110 section 13.1.1)${when}; missing answers 428, stale answers 412.`,
  schema: { type: "string", minLength: 1, maxLength: 200 },
});

/** `components.parameters`. */
export const parameters: Record<string, JsonObject> = {
  IdempotencyKey: {
    name: "Idempotency-Key",
    in: "header",
    required: true,
    description:
      "A key the client chooses per referral it sends (1-200 visible ASCII characters; a UUID is a good choice). Replaying the key with the same body returns the original response and stores nothing; with another body it answers 422 `idempotency-key-reused`. Keys are scoped to the token.",
    schema: { type: "string", minLength: 1, maxLength: 200, pattern: "^[\\x21-\\x7E]{1,200}$" },
  },
  IfMatch: ifMatch(true, ""),
  IfMatchWhenExists: ifMatch(false, ", required when the resource exists"),
  ReferralId: pathId("referral"),
  ConsentId: pathId("consent"),
  FocalPointId: pathId("focal point"),
  Limit: query("limit", "Items per page (at most 200; more answers 400).", {
    type: "integer",
    minimum: 1,
    maximum: 200,
    default: 50,
  }),
  Cursor: query("cursor", "The `nextCursor` of the previous page; absent for the first page.", cursor),
  Role: query("role", "Only referrals the token's focal point sent (`sender`) or receives (`receiver`).", {
    type: "string",
    enum: ["sender", "receiver"],
  }),
  Status: query("status", "Only referrals in this status.", { $ref: "#/components/schemas/ReferralStatus" }),
  UpdatedSince: query("updatedSince", "Only referrals updated at or after this time (RFC 3339).", {
    type: "string",
    format: "date-time",
  }),
  EventsAfter: query(
    "after",
    "The `nextCursor` of the previous page; absent to read from the start.",
    cursor,
  ),
  Wait: query("wait", "Seconds to wait for an event when nothing is new (long-poll).", {
    type: "integer",
    minimum: 0,
    maximum: 30,
    default: 0,
  }),
  AuditAfter: query("after", "The `nextCursor` of the previous page; absent to read from the start.", cursor),
  ResourceId: query("resourceId", "Only entries about this resource.", uuid),
  Actor: query("actor", "Only entries of this actor: a focal point id, or `admin`.", {
    anyOf: [uuid, { type: "string", const: "admin" }],
  }),
};

/** `components.headers`. */
export const headers: Record<string, JsonObject> = {
  ETag: {
    description:
      'Strong entity tag: the first 22 characters of the base64url SHA-256 of the RFC 8785 canonical JSON of the stored document, quoted (`"..."`).',
    required: true,
    schema: { type: "string", pattern: ETAG_PATTERN.source },
  },
  TrmSignature: {
    description:
      "The node's detached JWS (RFC 7515 Appendix F, EdDSA) over the RFC 8785 canonical JSON of the document in the body (for records: of `document`).",
    required: true,
    schema: { type: "string", pattern: DETACHED_JWS_PATTERN.source },
  },
  Location: {
    description: "The path of the created resource.",
    required: true,
    schema: { type: "string", format: "uri-reference" },
  },
  IdempotentReplayed: {
    description: "`true` when this response replays the original response to the same `Idempotency-Key`.",
    required: false,
    schema: { type: "string", enum: ["true"] },
  },
  RetryAfter: {
    description: "Seconds to wait before the next request (RFC 9110 section 10.2.3).",
    required: true,
    schema: { type: "integer", minimum: 0 },
  },
  WWWAuthenticate: {
    description: "`Bearer` (RFC 6750 section 3).",
    required: true,
    schema: { type: "string" },
  },
};
