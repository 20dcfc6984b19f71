// Runs the checks in order against one implementation and collects their verdicts.
import { accessChecks } from "./checks/access.js";
import { auditChecks } from "./checks/audit.js";
import { authChecks, forgedToken } from "./checks/auth.js";
import type { Check } from "./checks/check.js";
import { consentChecks } from "./checks/consents.js";
import { directoryChecks } from "./checks/directory.js";
import { eventChecks } from "./checks/events.js";
import { publicChecks } from "./checks/public.js";
import { referralChecks } from "./checks/referrals.js";
import { signatureChecks } from "./checks/signatures.js";
import { summaryChecks } from "./checks/summary.js";
import { transitionChecks } from "./checks/transitions.js";
import { CheckContext, type RunState, Skip } from "./context.js";
import { newMarker } from "./fixtures.js";
import { createResponseChecker } from "./response-check.js";
import { createTransport } from "./transport.js";
import type { CheckResult, ConformanceOptions, ConformanceReport } from "./types.js";

const byId = (checks: readonly Check[]) => new Map(checks.map((c) => [c.id, c]));
const all = byId([
  ...publicChecks,
  ...authChecks,
  ...directoryChecks,
  ...eventChecks,
  ...consentChecks,
  ...referralChecks,
  ...accessChecks,
  ...transitionChecks,
  ...signatureChecks,
  ...auditChecks,
  ...summaryChecks,
]);

// Order matters: later checks use what earlier ones created; the withdrawal ends the referral's readable life;
// the directory is written back only once everything else has used it; the run-wide checks come last.
const ORDER = [
  "public.node-info",
  "public.openapi",
  "public.jwks",
  "auth.missing-token",
  "auth.unknown-token",
  "auth.admin-only",
  "directory.read",
  "events.read",
  "consents.create",
  "referrals.create",
  "referrals.idempotency",
  "referrals.key-missing",
  "referrals.invalid",
  "referrals.consent-gate",
  "referrals.receiver-read",
  "referrals.list",
  "isolation.read",
  "isolation.list",
  "transitions.preconditions",
  "transitions.illegal",
  "transitions.parties",
  "transitions.apply",
  "events.long-poll",
  "signatures.verify",
  "consents.withdrawal",
  "events.feed",
  "isolation.events",
  "audit.trail",
  "directory.admin-write",
  "openapi.coverage",
  "openapi.responses",
  "problems.shape",
  "privacy.no-echo",
];

/**
 * The ids of the checks, in the order they run.
 * @example
 * CONFORMANCE_CHECKS.includes("isolation.read"); // true
 */
export const CONFORMANCE_CHECKS: readonly string[] = ORDER;

// Network errors name their system code (ECONNREFUSED) at most: never a URL or a value.
function errorReason(error: unknown): string {
  const e = error as { name?: unknown; cause?: { code?: unknown } };
  const code =
    typeof e?.cause?.code === "string" && /^[A-Z_]{3,40}$/.test(e.cause.code) ? ` ${e.cause.code}` : "";
  const name = typeof e?.name === "string" && /^[A-Za-z]{1,40}$/.test(e.name) ? e.name : "Error";
  return name === "TimeoutError" ? "a request timed out" : `a request failed (${name}${code})`;
}

/**
 * Runs every conformance check against an implementation of the Open TRM exchange API and returns the report;
 * it creates a consent and referrals (synthetic data) and withdraws the consent, so point it at a test instance.
 * @example
 * const report = await runConformanceTest({ baseUrl: "http://127.0.0.1:8787", tokens: { a, b, c, admin }, focalPointB });
 * for (const check of report.checks) console.log(check.status, check.id, check.reason);
 */
export async function runConformanceTest(options: ConformanceOptions): Promise<ConformanceReport> {
  const { tokens } = options;
  const checker = createResponseChecker();
  const transport = createTransport({
    baseUrl: options.baseUrl,
    tokens: { a: tokens.a, b: tokens.b, c: tokens.c, admin: tokens.admin, forged: forgedToken() },
    checker,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 40_000,
    retries: options.retries ?? 5,
  });
  const state: RunState = {
    now: () => new Date(),
    marker: newMarker(),
    tokensGiven: { b: tokens.b !== undefined, c: tokens.c !== undefined, admin: tokens.admin !== undefined },
    focalPointB: options.focalPointB.toLowerCase(),
    tails: {},
    ...(options.focalPointA === undefined ? {} : { focalPointA: options.focalPointA.toLowerCase() }),
  };
  const results: CheckResult[] = [];
  for (const id of ORDER) {
    const check = all.get(id) as Check;
    const t = new CheckContext(transport, checker, state);
    const missing = (check.needs ?? []).filter((n) => !state.tokensGiven[n]);
    let skipped = missing.length > 0 ? `needs --${flagOf(missing[0])}` : undefined;
    if (skipped === undefined) {
      try {
        await check.run(t);
      } catch (error) {
        if (error instanceof Skip) skipped = error.message;
        else t.fail(errorReason(error));
      }
    }
    const failed = t.failures.length > 0;
    const status = failed ? "fail" : skipped !== undefined ? "skip" : "pass";
    const reason = failed
      ? `${t.failures[0]}${t.failures.length > 1 ? ` (and ${t.failures.length - 1} more)` : ""}`
      : (skipped ?? (t.note || "ok"));
    const result = {
      id,
      title: check.title,
      status,
      reason,
      failures: [...t.failures],
      requests: t.requests,
    } as const;
    results.push(result);
    options.onCheck?.(result);
  }
  const count = (s: string) => results.filter((r) => r.status === s).length;
  const summary = { pass: count("pass"), fail: count("fail"), skip: count("skip") };
  return { ok: summary.fail === 0, checks: results, summary, responses: transport.log.length };
}

function flagOf(token: string | undefined): string {
  return token === "admin" ? "admin-token" : `token-${token}`;
}
