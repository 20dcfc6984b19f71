// Consents: A records one (201, Location, ETag), reads it back, cannot record it twice (409) or in B's name
// (403); at the end A withdraws it and reads of the referral under it answer 451 (API contract).
import { randomUUID } from "node:crypto";
import type { ConsentRecord } from "../../client/types.js";
import { canonicalJson } from "../../signing/canonical-json.js";
import { needs } from "../context.js";
import { conformanceConsent } from "../fixtures.js";
import type { Check } from "./check.js";
import { expectLocation } from "./referrals.js";

/** The consent checks. */
export const consentChecks: readonly Check[] = [
  {
    id: "consents.create",
    title: "A records a consent (201, Location, ETag); the same id again is 409; another recorder's is 403",
    async run(t) {
      const s = t.state;
      const parties = needs(s.parties, "directory.read");
      const consent = conformanceConsent(parties, randomUUID(), s.now());
      const created = await t.call("a", { method: "POST", path: "/consents", body: consent });
      const record = t.ok<ConsentRecord>(created, 201, "POST /consents");
      s.consent = consent;
      s.consentRecord = record;
      expectLocation(t, created, `/consents/${consent.id}`);
      t.expect(record.id === consent.id, "POST /consents 201: id is not the consent's");
      t.expect(record.state === "given", "POST /consents 201: state is not given");
      t.expect(
        canonicalJson(record.document) === canonicalJson(consent),
        "POST /consents 201: document differs",
      );
      t.expect(
        created.headers.get("etag") === record.etag,
        "POST /consents 201: ETag header is not the record's etag",
      );
      const read = await t.call("a", { method: "GET", path: `/consents/${consent.id}` });
      t.expect(
        t.ok<ConsentRecord>(read, 200).etag === record.etag,
        "GET /consents/{id}: etag changed without a write",
      );
      const again = await t.call("a", { method: "POST", path: "/consents", body: consent });
      t.problem(again, 409, "conflict", "POST /consents of an existing id");
      const swapped = conformanceConsent({ a: parties.b, b: parties.a }, randomUUID(), s.now());
      const foreign = await t.call("a", { method: "POST", path: "/consents", body: swapped });
      t.problem(foreign, 403, "forbidden", "POST /consents recorded by another focal point");
    },
  },
  {
    id: "consents.withdrawal",
    title:
      "a withdrawal event takes effect at once: later reads of the referral under the consent answer 451",
    async run(t) {
      const s = t.state;
      const consent = needs(s.consent, "consents.create");
      const referral = needs(s.record, "referrals.create");
      const at = `${new Date(s.now().getTime() - 2000).toISOString().slice(0, 19)}Z`;
      const event = { state: "withdrawn", at, recordedBy: consent.recordedBy };
      const posted = await t.call("a", {
        method: "POST",
        path: `/consents/${consent.id}/events`,
        body: event,
      });
      const record = t.ok<ConsentRecord>(posted, 201, "POST /consents/{id}/events");
      t.expect(record.state === "withdrawn", "POST /consents/{id}/events 201: state is not withdrawn");
      t.expect(
        record.etag !== s.consentRecord?.etag,
        "POST /consents/{id}/events 201: the ETag did not change",
      );
      const path = `/referrals/${referral.id}`;
      t.problem(
        await t.call("a", { method: "GET", path }),
        451,
        "consent-withdrawn",
        "GET /referrals/{id} by A after withdrawal",
      );
      if (t.state.tokensGiven.b) {
        const byB = await t.call("b", { method: "GET", path });
        t.problem(byB, 451, "consent-withdrawn", "GET /referrals/{id} by B after withdrawal");
      }
    },
  },
];
