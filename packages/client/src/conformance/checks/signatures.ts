// Signatures and ETags (API contract): every stored document carries a detached EdDSA JWS over its RFC 8785
// canonical JSON that verifies against the node's JWKS, and a strong ETag of the first 22 characters of the
// base64url SHA-256 of that canonical JSON.
import { createHash } from "node:crypto";
import type { ConsentRecord, ReferralRecord } from "../../client/types.js";
import { canonicalJsonBytes } from "../../signing/canonical-json.js";
import type { Jwks } from "../../signing/keys.js";
import { verifyDocument } from "../../signing/sign.js";
import { type CheckContext, needs } from "../context.js";
import type { Check } from "./check.js";

/** The ETag the contract defines for a document. */
export function etagOf(document: unknown): string {
  return `"${createHash("sha256").update(canonicalJsonBytes(document)).digest("base64url").slice(0, 22)}"`;
}

async function expectSigned(
  t: CheckContext,
  jwks: Jwks,
  what: string,
  document: unknown,
  signatures: (string | null | undefined)[],
): Promise<void> {
  for (const [i, jws] of signatures.entries()) {
    const source = i === 0 ? "Trm-Signature header" : "signature member";
    if (typeof jws !== "string") {
      t.fail(`${what}: no ${source}`);
      continue;
    }
    const verified = await verifyDocument(document, jws, jwks);
    t.expect(
      verified.ok,
      `${what}: the ${source} does not verify against the JWKS (${verified.ok ? "" : verified.reason})`,
    );
  }
}

/** The signature check. */
export const signatureChecks: readonly Check[] = [
  {
    id: "signatures.verify",
    title:
      "referral, consent, directory and focal point responses are signed (JWS verifies) with the contract's ETag",
    async run(t) {
      const s = t.state;
      const jwks = needs(s.jwks, "public.jwks");
      const record = needs(s.record, "referrals.create");
      const referral = await t.call("a", { method: "GET", path: `/referrals/${record.id}` });
      const r = t.ok<ReferralRecord>(referral, 200, "GET /referrals/{id} by A");
      await expectSigned(t, jwks, "GET /referrals/{id}", r.document, [
        referral.headers.get("trm-signature"),
        r.signature,
      ]);
      t.expect(
        referral.headers.get("etag") === etagOf(r.document) && r.etag === etagOf(r.document),
        "GET /referrals/{id}: the ETag is not the hash of the canonical document",
      );
      const consentId = needs(s.consent, "consents.create").id;
      const consent = await t.call("a", { method: "GET", path: `/consents/${consentId}` });
      const c = t.ok<ConsentRecord>(consent, 200, "GET /consents/{id} by A");
      await expectSigned(t, jwks, "GET /consents/{id}", c.document, [
        consent.headers.get("trm-signature"),
        c.signature,
      ]);
      t.expect(
        consent.headers.get("etag") === etagOf(c.document),
        "GET /consents/{id}: the ETag is not the hash of the canonical document",
      );
      const partyA = needs(s.parties, "directory.read").a;
      for (const path of ["/focal-points", `/focal-points/${partyA.id}`]) {
        const reply = await t.call("a", { method: "GET", path });
        const body = t.ok<unknown>(reply, 200);
        await expectSigned(t, jwks, `GET ${path === "/focal-points" ? path : "/focal-points/{id}"}`, body, [
          reply.headers.get("trm-signature"),
        ]);
        t.expect(
          reply.headers.get("etag") === etagOf(body),
          `${reply.route}: the ETag is not the hash of the canonical document`,
        );
      }
    },
  },
];
