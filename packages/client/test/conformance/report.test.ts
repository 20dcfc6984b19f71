// The conformance report as people and CI read it.
import { describe, expect, it } from "vitest";
import {
  formatCheckLine,
  formatConformanceReport,
  formatReportSummary,
} from "../../src/conformance/report.js";
import { CONFORMANCE_CHECKS } from "../../src/conformance/run.js";
import type { CheckResult, ConformanceReport } from "../../src/conformance/types.js";

const pass: CheckResult = {
  id: "public.jwks",
  title: "jwks",
  status: "pass",
  reason: "ok",
  failures: [],
  requests: 2,
};
const fail: CheckResult = {
  id: "isolation.read",
  title: "isolation",
  status: "fail",
  reason: "GET /referrals/{id} by C answered 200, want 404 (and 1 more)",
  failures: [
    "GET /referrals/{id} by C answered 200, want 404",
    "GET /consents/{id} by C answered 200, want 404",
  ],
  requests: 4,
};
const skip: CheckResult = { ...pass, id: "audit.trail", status: "skip", reason: "needs --admin-token" };
const report = (checks: CheckResult[]): ConformanceReport => ({
  ok: !checks.some((c) => c.status === "fail"),
  checks,
  summary: {
    pass: checks.filter((c) => c.status === "pass").length,
    fail: checks.filter((c) => c.status === "fail").length,
    skip: checks.filter((c) => c.status === "skip").length,
  },
  responses: 12,
});

describe("conformance report", () => {
  it("prints one line per check and the further failures of a failed one indented", () => {
    expect(formatCheckLine(pass)).toBe(`PASS  ${"public.jwks".padEnd(26)} ok\n`);
    expect(formatCheckLine(fail)).toBe(
      `FAIL  ${"isolation.read".padEnd(26)} ${fail.reason}\n      - GET /consents/{id} by C answered 200, want 404\n`,
    );
    expect(formatCheckLine(skip)).toMatch(/^SKIP {2}audit\.trail +needs --admin-token\n$/);
  });

  it("ends with the verdict and the counts", () => {
    expect(formatReportSummary(report([pass, skip]))).toBe(
      "conformant: 1 passed, 0 failed, 1 skipped (give the missing tokens to run them); 12 responses checked against the OpenAPI document\n",
    );
    const text = formatConformanceReport(report([pass, fail]), "human");
    expect(text.split("\n").at(-2)).toMatch(/^NOT conformant: 1 passed, 1 failed; 12 responses/);
  });

  it("renders JSON that parses back to the report", () => {
    const r = report([pass, fail, skip]);
    expect(JSON.parse(formatConformanceReport(r, "json"))).toEqual(r);
  });

  it("runs each check once, in a fixed order, with stable ids", () => {
    expect(new Set(CONFORMANCE_CHECKS).size).toBe(CONFORMANCE_CHECKS.length);
    for (const id of CONFORMANCE_CHECKS) expect(id).toMatch(/^[a-z]+\.[a-z-]+$/);
    expect(CONFORMANCE_CHECKS.indexOf("referrals.create")).toBeLessThan(
      CONFORMANCE_CHECKS.indexOf("isolation.read"),
    );
    expect(CONFORMANCE_CHECKS.slice(-4)).toEqual([
      "openapi.coverage",
      "openapi.responses",
      "problems.shape",
      "privacy.no-echo",
    ]);
  });
});
