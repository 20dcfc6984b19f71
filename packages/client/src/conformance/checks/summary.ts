// Checks over every response of the run: each operation of the document answered with success at least once,
// every response matched the document, and the planted marker came back only inside the referral itself.
import type { Check } from "./check.js";

// Operations whose success bodies are the full referral record, where the marker (in a note) belongs.
const CARRY_THE_REFERRAL = new Set(["sendReferral", "getReferral", "transitionReferral"]);
// Operations only the administrator token can succeed on.
const ADMIN_ONLY = new Set(["putDirectory", "putFocalPoint", "listAudit"]);

const list = (items: string[], max = 4): string =>
  items.length > max ? `${items.slice(0, max).join(", ")} and ${items.length - max} more` : items.join(", ");

/** The run-wide checks; they run last. */
export const summaryChecks: readonly Check[] = [
  {
    id: "openapi.coverage",
    title: "every operation of the OpenAPI document was exercised and answered with success at least once",
    async run(t) {
      const succeeded = new Set(
        t.log.filter((r) => r.status >= 200 && r.status < 300).map((r) => r.operationId),
      );
      const admin = t.state.tokensGiven.admin;
      const expected = t.checker.operations.filter((o) => admin || !ADMIN_ONLY.has(o.operationId));
      const missing = expected.filter((o) => !succeeded.has(o.operationId)).map((o) => o.operationId);
      t.expect(missing.length === 0, `never answered with success: ${list(missing)}`);
      t.note = `${expected.length - missing.length} of ${t.checker.operations.length} operations${admin ? "" : " (administrator operations need --admin-token)"}`;
    },
  },
  {
    id: "openapi.responses",
    title:
      "every response had a documented status, its required headers and a body valid against the document",
    async run(t) {
      const bad = t.log.filter((r) => r.findings.length > 0);
      t.expect(
        bad.length === 0,
        `${bad.length} of ${t.log.length} responses differ from the document: ${list([...new Set(bad.map((r) => `${r.route} ${r.status}`))])}`,
      );
      t.note = `${t.log.length} responses checked with Ajv 2020`;
    },
  },
  {
    id: "problems.shape",
    title: "every error was RFC 9457 problem+json valid against Problem, its status member the HTTP status",
    async run(t) {
      const errors = t.log.filter((r) => r.status >= 400);
      const bad = errors.filter((r) => r.findings.length > 0);
      t.expect(
        bad.length === 0,
        `${bad.length} of ${errors.length} errors are not conforming problem details: ${list([...new Set(bad.map((r) => `${r.route} ${r.status}`))])}`,
      );
      const statuses = [...new Set(errors.map((r) => r.status))].sort();
      t.note = `${errors.length} errors with statuses ${statuses.join(", ")}`;
    },
  },
  {
    id: "privacy.no-echo",
    title: "no error, list, event, audit entry or header carries a value planted in the referral",
    async run(t) {
      const { marker } = t.state;
      const leaks = t.log.filter((r) => {
        const inHeaders = [...r.headers.values()].some((v) => v.includes(marker));
        const allowed =
          r.status < 300 && r.operationId !== undefined && CARRY_THE_REFERRAL.has(r.operationId);
        return inHeaders || (!allowed && r.text.includes(marker));
      });
      t.expect(
        leaks.length === 0,
        `the planted value came back in ${list([...new Set(leaks.map((r) => `${r.route} ${r.status}`))])}`,
      );
      t.note = `${t.log.length} responses searched`;
    },
  },
];
