// Responses of the OpenAPI document: success bodies with their headers, and problems grouped by status.
import { type ProblemSlug, problemTypes, problemTypeUri } from "../problem.js";
import { type JsonObject, schemaRef } from "./components.js";

const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** What a problem of each slug means in the API, shown beside its example. */
const problemDetails: Record<ProblemSlug, string> = {
  "bad-request": "A parameter or the body is not acceptable (for example `limit` above 200, or not JSON).",
  "idempotency-key-missing": "`POST /referrals` without an `Idempotency-Key` header.",
  unauthorized: "No token, or a token the node does not know.",
  forbidden: "The token may not do this (an administrator endpoint, or another party's action).",
  "not-found": "No such resource, or one the token may not see: the two are indistinguishable.",
  "illegal-transition": "The referral's status does not allow this action (data model section 6).",
  conflict: "A document with this id already exists.",
  "precondition-failed": "`If-Match` does not match the current `ETag`: reload and retry.",
  "payload-too-large": "The body is larger than the node accepts (1 MiB by default).",
  "invalid-document": "The document fails the validator; `issues` say where and why.",
  "idempotency-key-reused": "The `Idempotency-Key` was used before with a different body.",
  "consent-not-covering": "The consent does not cover this disclosure; `detail` holds the refusal code.",
  "precondition-required": "`If-Match` is required to change this resource.",
  "rate-limited": "Too many requests for this token; wait for `Retry-After` seconds.",
  "consent-withdrawn": "The referral's consent is no longer valid (withdrawn, revoked, expired or refused).",
  internal: "The node failed; nothing was stored.",
};

/** The example problem of each slug, for `components.examples`. */
export function problemExamples(): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [slug, { status, title }] of Object.entries(problemTypes) as [
    ProblemSlug,
    (typeof problemTypes)[ProblemSlug],
  ][]) {
    const value: JsonObject = { type: problemTypeUri(slug), title, status };
    if (slug === "invalid-document") {
      value.issues = [
        {
          code: "TRM-S004",
          severity: "error",
          path: "/urgency",
          message: "expected a code of codelist urgency (Urgency)",
          schemaPath: "#/properties/urgency/enum",
        },
      ];
    }
    if (slug === "consent-not-covering") value.detail = "CONSENT_WITHDRAWN";
    out[`problem-${slug}`] = { summary: title, description: problemDetails[slug], value };
  }
  return out;
}

/** Problem responses for the given slugs, one response per status, one example per slug. */
export function problems(...slugs: ProblemSlug[]): Record<string, JsonObject> {
  const byStatus = new Map<number, ProblemSlug[]>();
  for (const slug of slugs) {
    const status = problemTypes[slug].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), slug]);
  }
  const out: Record<string, JsonObject> = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const group = byStatus.get(status) ?? [];
    const response: JsonObject = {
      description: group.map((s) => problemDetails[s]).join(" "),
      content: {
        "application/problem+json": {
          schema: schemaRef("Problem"),
          examples: Object.fromEntries(group.map((s) => [s, { $ref: `#/components/examples/problem-${s}` }])),
        },
      },
    };
    if (status === 401) response.headers = { "WWW-Authenticate": header("WWWAuthenticate") };
    if (status === 429) response.headers = { "Retry-After": header("RetryAfter") };
    out[String(status)] = response;
  }
  return out;
}

/** Options of a success response. */
export interface SuccessOptions {
  /** Component schema name of the body. */
  readonly schema: string;
  /** Names of `components.examples` to show (default: none). */
  readonly examples?: readonly string[];
  /** Whether the response carries `ETag` and `Trm-Signature` (default: false). */
  readonly signed?: boolean;
  /** Whether the response carries `Location` (default: false). */
  readonly created?: boolean;
  /** Extra headers by name -> component header name (default: none). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A JSON success response. */
export function success(description: string, options: SuccessOptions): JsonObject {
  const headers: Record<string, unknown> = {};
  if (options.created) headers.Location = header("Location");
  if (options.signed) {
    headers.ETag = header("ETag");
    headers["Trm-Signature"] = header("TrmSignature");
  }
  for (const [name, ref] of Object.entries(options.headers ?? {})) headers[name] = header(ref);
  const media: JsonObject = { schema: schemaRef(options.schema) };
  if (options.examples?.length) {
    media.examples = Object.fromEntries(
      options.examples.map((e) => [e, { $ref: `#/components/examples/${e}` }]),
    );
  }
  return {
    description,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    content: { "application/json": media },
  };
}

/** A JSON request body. */
export function body(description: string, schema: string, examples: readonly string[]): JsonObject {
  return {
    required: true,
    description,
    content: {
      "application/json": {
        schema: schemaRef(schema),
        examples: Object.fromEntries(examples.map((e) => [e, { $ref: `#/components/examples/${e}` }])),
      },
    },
  };
}
