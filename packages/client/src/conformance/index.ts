// @open-trm/client/conformance: a live tester of an implementation of the Open TRM exchange API.
export {
  conformanceConsent,
  conformanceReferral,
  newMarker,
  type Parties,
  type ReferralFixtureOptions,
} from "./fixtures.js";
export { type LoadedOpenApi, loadOpenApi, type Operation } from "./openapi-document.js";
export {
  formatCheckLine,
  formatConformanceReport,
  formatReportSummary,
  type ReportFormat,
} from "./report.js";
export { createResponseChecker, type ResponseChecker, type WireResponse } from "./response-check.js";
export { CONFORMANCE_CHECKS, runConformanceTest } from "./run.js";
export type {
  CheckResult,
  CheckStatus,
  ConformanceOptions,
  ConformanceReport,
  ConformanceTokens,
} from "./types.js";
