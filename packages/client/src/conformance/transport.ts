// Sends the tester's requests: bearer tokens by party, 429 retried after `Retry-After`, every response checked
// against the OpenAPI document and kept in a log that the summary checks read.
import type { Operation } from "./openapi-document.js";
import type { ResponseChecker } from "./response-check.js";

/** Who makes a request: a focal point's token (A, B, C), the administrator, nobody, or an unknown token. */
export type Party = "a" | "b" | "c" | "admin" | "none" | "forged";

/** One request. */
export interface RequestSpec {
  readonly method: string;
  /** Path and query, e.g. `/referrals?role=sender`. */
  readonly path: string;
  /** A JSON value, or a string sent as it is (with `Content-Type: application/json`). */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One response, parsed, with what the OpenAPI document says about it. */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body; undefined when the body is empty or not JSON. */
  readonly body: unknown;
  /** `METHOD /template` of the operation, or `METHOD (undocumented path)`. */
  readonly route: string;
  readonly operationId: string | undefined;
  /** Where the response differs from the document; never a value. */
  readonly findings: readonly string[];
  /** Milliseconds from sending to the end of the body. */
  readonly ms: number;
}

/** Sends requests as one party or another; keeps every reply. */
export interface Transport {
  send(party: Party, request: RequestSpec): Promise<Reply>;
  /** Every reply so far, 429s included. */
  readonly log: readonly Reply[];
}

/** Options of `createTransport`. */
export interface TransportOptions {
  readonly baseUrl: string;
  readonly tokens: Readonly<Partial<Record<Party, string | undefined>>>;
  readonly checker: ResponseChecker;
  readonly fetch: typeof globalThis.fetch;
  /** Longest wait for one response, in milliseconds. */
  readonly timeoutMs: number;
  /** Retries of a request answered 429. */
  readonly retries: number;
}

const PROBLEM_MEDIA = "application/problem+json";

// RFC 9457: an error is problem details whose `status` member, when present, is the HTTP status.
function problemFindings(status: number, headers: Headers, body: unknown): string[] {
  if (status < 400) return [];
  const out: string[] = [];
  if ((headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() !== PROBLEM_MEDIA) {
    out.push(`error is not ${PROBLEM_MEDIA}`);
  }
  const member = (body as { status?: unknown } | undefined)?.status;
  if (member !== undefined && member !== status)
    out.push("problem status member differs from the HTTP status");
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates the transport of one run.
 * @example
 * const t = createTransport({ baseUrl, tokens: { a: tokenA }, checker, fetch, timeoutMs: 40_000, retries: 5 });
 * const reply = await t.send("a", { method: "GET", path: "/referrals" });
 */
export function createTransport(options: TransportOptions): Transport {
  const log: Reply[] = [];
  const base = options.baseUrl.replace(/\/+$/, "");

  async function once(party: Party, request: RequestSpec): Promise<Reply> {
    const headers: Record<string, string> = { accept: "application/json", ...request.headers };
    const token = options.tokens[party];
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (request.body !== undefined) {
      body = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
      headers["content-type"] ??= "application/json";
    }
    const pathname = request.path.split("?")[0] ?? request.path;
    const operation: Operation | undefined = options.checker.match(request.method, pathname);
    const route = `${request.method} ${operation?.template ?? "(undocumented path)"}`;
    const started = performance.now();
    const response = await options.fetch(`${base}${request.path}`, {
      method: request.method,
      headers,
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let parsed: unknown;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const wire = { status: response.status, headers: response.headers, text };
    const findings = operation
      ? [
          ...options.checker.check(operation, wire),
          ...problemFindings(response.status, response.headers, parsed),
        ]
      : ["the path is not in the OpenAPI document"];
    const reply = { ...wire, body: parsed, route, operationId: operation?.operationId, findings, ms };
    log.push(reply);
    return reply;
  }

  return {
    log,
    async send(party, request) {
      for (let attempt = 0; ; attempt++) {
        const reply = await once(party, request);
        if (reply.status !== 429 || attempt >= options.retries) return reply;
        const wait = Number(reply.headers.get("retry-after"));
        await sleep(Math.min(Number.isFinite(wait) && wait >= 0 ? wait : 1, 30) * 1000 + 50);
      }
    },
  };
}
