// The audit trail (API contract, GET /audit): every read and write of a referral or consent, allowed or denied,
// is recorded with its actor, action, outcome and status; only the administrator reads it.
import { needs } from "../context.js";
import { type Check, readPages } from "./check.js";

interface AuditEntry {
  readonly actor?: string;
  readonly action?: string;
  readonly resource?: string;
  readonly outcome?: string;
  readonly status?: number;
}

/** The audit check. */
export const auditChecks: readonly Check[] = [
  {
    id: "audit.trail",
    title:
      "GET /audit records A's create, B's read and C's denied read of the referral, and A's consent create",
    needs: ["admin"],
    async run(t) {
      const s = t.state;
      const record = needs(s.record, "referrals.create");
      const consent = needs(s.consent, "consents.create");
      const parties = needs(s.parties, "directory.read");
      const entries = async (resourceId: string) =>
        (
          await readPages<AuditEntry>(
            t,
            "admin",
            "/audit",
            { resourceId, limit: 200 },
            { cursorParam: "after", stopWhenEmpty: true },
          )
        ).items;
      const referral = await entries(record.id);
      const has = (list: AuditEntry[], want: AuditEntry, what: string) =>
        t.expect(
          list.some((e) => Object.entries(want).every(([k, v]) => e[k as keyof AuditEntry] === v)),
          `GET /audit lacks ${what}`,
        );
      has(
        referral,
        { actor: parties.a.id, action: "create", resource: "referral", outcome: "allowed", status: 201 },
        "A's create of the referral",
      );
      if (s.tokensGiven.b) {
        has(
          referral,
          { actor: parties.b.id, action: "read", resource: "referral", outcome: "allowed", status: 200 },
          "B's read of the referral",
        );
      }
      if (s.tokensGiven.c) {
        has(
          referral,
          { action: "read", resource: "referral", outcome: "denied", status: 404 },
          "C's denied read of the referral",
        );
      }
      has(
        await entries(consent.id),
        { actor: parties.a.id, action: "create", resource: "consent", outcome: "allowed" },
        "A's create of the consent",
      );
    },
  },
];
