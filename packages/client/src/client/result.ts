// Turns an openapi-fetch outcome (or a thrown network error) into a result value; never throws.
import type { Problem } from "./types.js";

/** The outcome of a call: the value with its ETag and signature, or a problem. */
export type ApiResult<T> =
  | {
      readonly ok: true;
      /** The response body. */
      readonly value: T;
      /** The HTTP status (200, 201). */
      readonly status: number;
      /** The `ETag` header, quotes included: pass it as `ifMatch` to change the resource. */
      readonly etag?: string;
      /** The `Trm-Signature` header: the node's detached JWS of the document. */
      readonly signature?: string;
      /** True when the node replayed the original response to the same `Idempotency-Key`. */
      readonly replayed?: boolean;
    }
  | {
      readonly ok: false;
      /**
       * The RFC 9457 problem the node sent; or, when no usable response came, a problem with `type`
       * `about:blank`: status 0 for a network failure or an abort, the HTTP status for a body that is not JSON.
       */
      readonly problem: Problem;
      /** `Retry-After` in seconds, on 429. */
      readonly retryAfter?: number;
    };

/** The `type` of problems the client makes itself (RFC 9457 section 4.2.1). */
export const LOCAL_PROBLEM_TYPE = "about:blank";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

const ISSUE_MEMBERS = ["code", "severity", "path", "message", "ruleId", "schemaPath"] as const;

// Only the members the contract defines travel on: a faulty server cannot push anything else through the client.
function issuesOf(value: unknown[]): NonNullable<Problem["issues"]> {
  return value.filter(isObject).map((issue) => {
    const kept: Record<string, string> = {};
    for (const m of ISSUE_MEMBERS) if (typeof issue[m] === "string") kept[m] = issue[m] as string;
    return kept as unknown as NonNullable<Problem["issues"]>[number];
  });
}

/** The problem of a failure response: the node's problem details when it sent some, else a generic one. */
function problemOf(body: unknown, response: Response): Problem {
  // RFC 9457 section 3.1.3: the `status` member is advisory; the HTTP status is the one that counts.
  const status = response.status;
  if (isObject(body) && typeof body.type === "string" && typeof body.title === "string") {
    const p: Problem = { type: body.type, title: body.title, status };
    if (typeof body.detail === "string") p.detail = body.detail;
    if (typeof body.instance === "string") p.instance = body.instance;
    if (Array.isArray(body.issues)) p.issues = issuesOf(body.issues);
    return p;
  }
  return { type: LOCAL_PROBLEM_TYPE, title: response.statusText || "HTTP error", status };
}

/** A problem for a request that got no response: a refused connection, a reset, an abort. */
export function networkProblem(error: unknown): Problem {
  const aborted = isObject(error) && (error.name === "AbortError" || error.name === "TimeoutError");
  const cause = isObject(error) && isObject(error.cause) ? error.cause.code : undefined;
  const problem: Problem = {
    type: LOCAL_PROBLEM_TYPE,
    title: aborted ? "Request aborted" : "Network error",
    status: 0,
  };
  // A system error code such as ECONNREFUSED helps operators and carries no data.
  if (typeof cause === "string" && /^[A-Z_]{3,40}$/.test(cause)) problem.detail = cause;
  return problem;
}

/** The result of a response whose body openapi-fetch left as text (success) or parsed (failure). */
export function resultOf<T>(outcome: { data?: unknown; error?: unknown; response: Response }): ApiResult<T> {
  const { response } = outcome;
  if (!response.ok) {
    const retry = Number(response.headers.get("Retry-After"));
    const problem = problemOf(outcome.error, response);
    return response.status === 429 && Number.isInteger(retry) && retry >= 0
      ? { ok: false, problem, retryAfter: retry }
      : { ok: false, problem };
  }
  let value: T;
  try {
    value = JSON.parse(String(outcome.data)) as T;
  } catch {
    return {
      ok: false,
      problem: { type: LOCAL_PROBLEM_TYPE, title: "Response body is not JSON", status: response.status },
    };
  }
  const etag = response.headers.get("ETag");
  const signature = response.headers.get("Trm-Signature");
  return {
    ok: true,
    value,
    status: response.status,
    ...(etag ? { etag } : {}),
    ...(signature ? { signature } : {}),
    ...(response.headers.get("Idempotent-Replayed") === "true" ? { replayed: true } : {}),
  };
}
