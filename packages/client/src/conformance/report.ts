// The report as text for people or as JSON for CI; both carry ids, verdicts and reasons, never a field value.
import type { CheckResult, ConformanceReport } from "./types.js";

/** The formats of `formatConformanceReport`. */
export type ReportFormat = "human" | "json";

const LABEL = { pass: "PASS", fail: "FAIL", skip: "SKIP" } as const;

/**
 * One line of the human report for a check; failures beyond the first are indented below it.
 * @example
 * process.stderr.write(formatCheckLine(result)); // "PASS  public.jwks  ok\n"
 */
export function formatCheckLine(check: CheckResult): string {
  const head = `${LABEL[check.status]}  ${check.id.padEnd(26)} ${check.reason}\n`;
  const more = check.status === "fail" ? check.failures.slice(1).map((f) => `      - ${f}\n`) : [];
  return head + more.join("");
}

/**
 * The closing line of the human report: the verdict and the counts.
 * @example
 * process.stdout.write(formatReportSummary(report)); // "conformant: 32 passed, 0 failed; ...\n"
 */
export function formatReportSummary(report: ConformanceReport): string {
  const { pass, fail, skip } = report.summary;
  const verdict = report.ok ? "conformant" : "NOT conformant";
  const skipped = skip > 0 ? `, ${skip} skipped (give the missing tokens to run them)` : "";
  return `${verdict}: ${pass} passed, ${fail} failed${skipped}; ${report.responses} responses checked against the OpenAPI document\n`;
}

/**
 * Renders a conformance report: `human` is one line per check and a summary; `json` is the report itself.
 * @example
 * process.stdout.write(formatConformanceReport(report, "human"));
 */
export function formatConformanceReport(report: ConformanceReport, format: ReportFormat): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  return `${report.checks.map(formatCheckLine).join("")}\n${formatReportSummary(report)}`;
}
