// The options and the report of a conformance run.

/** The tokens the tester uses; each focal-point token belongs to a different focal point. */
export interface ConformanceTokens {
  /** Token of focal point A, the sender. */
  readonly a: string;
  /** Token of focal point B, the receiver (default: none; the receiver's checks are skipped). */
  readonly b?: string;
  /** Token of a third focal point C, neither A nor B (default: none; the isolation checks are skipped). */
  readonly c?: string;
  /** An administrator token (default: none; the directory writes and the audit checks are skipped). */
  readonly admin?: string;
}

/** Options of `runConformanceTest`. */
export interface ConformanceOptions {
  /** Base URL of the implementation under test, e.g. `http://127.0.0.1:8787`. */
  readonly baseUrl: string;
  readonly tokens: ConformanceTokens;
  /** Focal point id of token A (default: the `focalPoint` of `GET /`). */
  readonly focalPointA?: string;
  /** Focal point id of token B; referrals go to it. */
  readonly focalPointB: string;
  /** The fetch implementation (default: `globalThis.fetch`). */
  readonly fetch?: typeof globalThis.fetch;
  /** Longest wait for one response in milliseconds (default: 40000, above the 30 s long-poll cap). */
  readonly timeoutMs?: number;
  /** Retries of a request answered 429, each after its `Retry-After` (default: 5). */
  readonly retries?: number;
  /** Called after each check, for progress output (default: none). */
  readonly onCheck?: (result: CheckResult) => void;
}

/** The verdict of one check. */
export type CheckStatus = "pass" | "fail" | "skip";

/** The outcome of one check; reasons name routes, statuses, headers and JSON Pointers, never a field value. */
export interface CheckResult {
  /** Stable id, e.g. `isolation.read`. */
  readonly id: string;
  /** What the check asserts. */
  readonly title: string;
  readonly status: CheckStatus;
  /** Why it failed or was skipped, or what it covered when it passed. */
  readonly reason: string;
  /** Every failure the check found (the first is `reason`). */
  readonly failures: readonly string[];
  /** Requests the check made. */
  readonly requests: number;
}

/** The report of a run. */
export interface ConformanceReport {
  /** True when no check failed. */
  readonly ok: boolean;
  readonly checks: readonly CheckResult[];
  readonly summary: { readonly pass: number; readonly fail: number; readonly skip: number };
  /** Responses checked against the OpenAPI document. */
  readonly responses: number;
}
