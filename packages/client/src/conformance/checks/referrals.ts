// POST /referrals: a referral from A to B is stored once (idempotency, 409 on a reused id); refusals (400, 422)
// store nothing and echo no value; the consent gate refuses a referral its consent does not cover.
import { randomUUID } from "node:crypto";
import type { Referral, ReferralRecord } from "../../client/types.js";
import { canonicalJson } from "../../signing/canonical-json.js";
import { type CheckContext, needs } from "../context.js";
import { conformanceConsent, conformanceReferral } from "../fixtures.js";
import type { Reply } from "../transport.js";
import type { Check } from "./check.js";

/** Expects a `Location` header that resolves to `path` under the base URL. */
export function expectLocation(t: CheckContext, reply: Reply, path: string): void {
  const location = reply.headers.get("location");
  let resolved = "";
  try {
    resolved = new URL(location ?? "", "http://base.invalid/").pathname;
  } catch {
    resolved = "";
  }
  t.expect(
    resolved.endsWith(path),
    `${reply.route} ${reply.status}: Location does not point to the new resource`,
  );
}

function post(t: CheckContext, body: unknown, key: string | undefined): Promise<Reply> {
  const headers: Record<string, string> = key === undefined ? {} : { "idempotency-key": key };
  return t.call("a", { method: "POST", path: "/referrals", body, headers });
}

/** Expects that a referral id was not stored: A's read answers 404. */
async function expectNotStored(t: CheckContext, id: string, what: string): Promise<void> {
  const read = await t.call("a", { method: "GET", path: `/referrals/${id}` });
  t.expect(read.status === 404, `${what}: the refused referral was stored (GET answered ${read.status})`);
}

function newReferral(t: CheckContext, id?: string): Referral {
  const s = t.state;
  const consent = needs(s.consent, "consents.create");
  const parties = needs(s.parties, "directory.read");
  return conformanceReferral(parties, { consent, now: s.now(), marker: s.marker, ...(id ? { id } : {}) });
}

/** The referral checks. */
export const referralChecks: readonly Check[] = [
  {
    id: "referrals.create",
    title: "A sends a referral to B: 201 with Location, ETag and a record of the document as sent",
    async run(t) {
      const s = t.state;
      const referral = newReferral(t);
      const key = randomUUID();
      const created = await post(t, referral, key);
      const record = t.ok<ReferralRecord>(created, 201, "POST /referrals");
      expectLocation(t, created, `/referrals/${referral.id}`);
      const parties = needs(s.parties, "directory.read");
      t.expect(record.id === referral.id, "POST /referrals 201: id is not the referral's");
      t.expect(record.status === "sent", "POST /referrals 201: status is not sent");
      t.expect(
        record.sender === parties.a.id && record.receiver === parties.b.id,
        "POST /referrals 201: sender or receiver is wrong",
      );
      t.expect(
        record.senderCountry === parties.a.country,
        "POST /referrals 201: senderCountry is not A's country",
      );
      t.expect(
        record.receiverCountry === parties.b.country,
        "POST /referrals 201: receiverCountry is not B's country",
      );
      t.expect(
        canonicalJson(record.document) === canonicalJson(referral),
        "POST /referrals 201: document differs",
      );
      t.expect(
        created.headers.get("etag") === record.etag,
        "POST /referrals 201: ETag header is not the record's etag",
      );
      Object.assign(s, { referral, record, idempotencyKey: key });
      const second = await post(t, newReferral(t), randomUUID());
      s.second = t.ok<ReferralRecord>(second, 201, "POST /referrals (a second referral)");
    },
  },
  {
    id: "referrals.idempotency",
    title:
      "replaying an Idempotency-Key returns the original 201 and stores nothing; another body is 422; a reused id 409",
    async run(t) {
      const s = t.state;
      const referral = needs(s.referral, "referrals.create");
      const key = needs(s.idempotencyKey, "referrals.create");
      const replay = await post(t, referral, key);
      const record = t.ok<ReferralRecord>(replay, 201, "POST /referrals replayed");
      t.expect(
        replay.headers.get("idempotent-replayed") === "true",
        "POST /referrals replayed: no Idempotent-Replayed: true",
      );
      t.expect(
        record.id === referral.id && record.etag === s.record?.etag,
        "POST /referrals replayed: not the original record",
      );
      const other = newReferral(t);
      t.problem(
        await post(t, other, key),
        422,
        "idempotency-key-reused",
        "POST /referrals with a used key and another body",
      );
      await expectNotStored(t, other.id, "POST /referrals with a used key");
      t.problem(
        await post(t, referral, randomUUID()),
        409,
        "conflict",
        "POST /referrals of an existing id with a new key",
      );
      const mine = await t.call("a", {
        method: "GET",
        path: `/referrals?role=sender&updatedSince=${encodeURIComponent(record.createdAt)}&limit=200`,
      });
      const ids = ((mine.body as { items?: { id: string }[] } | undefined)?.items ?? []).map((i) => i.id);
      t.expect(
        ids.filter((id) => id === referral.id).length === 1,
        "GET /referrals: the replayed referral is not listed exactly once",
      );
    },
  },
  {
    id: "referrals.key-missing",
    title: "POST /referrals without an Idempotency-Key is 400 idempotency-key-missing and stores nothing",
    async run(t) {
      const referral = newReferral(t);
      t.problem(
        await post(t, referral, undefined),
        400,
        "idempotency-key-missing",
        "POST /referrals without a key",
      );
      await expectNotStored(t, referral.id, "POST /referrals without a key");
    },
  },
  {
    id: "referrals.invalid",
    title:
      "an invalid referral is 422 with issues and a body that is not JSON is 400; neither echoes a value",
    async run(t) {
      const { marker } = t.state;
      const valid = newReferral(t);
      // The marker sits in two coded fields (not in their codelists) and a free-text one.
      const invalid = {
        ...valid,
        urgency: marker,
        subject: { ...valid.subject, sex: marker },
        from: { ...valid.from, caseWorker: marker },
      };
      const refused = await post(t, invalid, randomUUID());
      if (t.problem(refused, 422, "invalid-document", "POST /referrals of an invalid referral")) {
        const issues = (refused.body as { issues?: { path?: unknown; code?: unknown }[] }).issues ?? [];
        t.expect(issues.length > 0, "POST /referrals 422: no issues");
        t.expect(
          issues.every((i) => typeof i.path === "string" && typeof i.code === "string"),
          "POST /referrals 422: an issue lacks path or code",
        );
      }
      const headers = [...refused.headers.values()].join("\n");
      t.expect(
        !refused.text.includes(marker) && !headers.includes(marker),
        "POST /referrals 422: the response echoes a value of the document",
      );
      await expectNotStored(t, valid.id, "POST /referrals of an invalid referral");
      const broken = await post(
        t,
        `{"documentType":"referral","id":"${valid.id}","note":"${marker}"`,
        randomUUID(),
      );
      t.problem(broken, 400, "bad-request", "POST /referrals of a body that is not JSON");
      t.expect(!broken.text.includes(marker), "POST /referrals 400: the response echoes the body");
    },
  },
  {
    id: "referrals.consent-gate",
    title:
      "a referral under a consent that does not name B as a recipient is 422 consent-not-covering with a code",
    async run(t) {
      const s = t.state;
      const parties = needs(s.parties, "directory.read");
      // Consent for a disclosure to A's own focal point, so it does not cover B.
      const consent = conformanceConsent({ a: parties.a, b: parties.a }, randomUUID(), s.now());
      t.ok(
        await t.call("a", { method: "POST", path: "/consents", body: consent }),
        201,
        "POST /consents (not covering B)",
      );
      const referral = conformanceReferral(parties, { consent, now: s.now(), marker: s.marker });
      const refused = await post(t, referral, randomUUID());
      if (t.problem(refused, 422, "consent-not-covering", "POST /referrals not covered by its consent")) {
        const detail = (refused.body as { detail?: unknown }).detail;
        t.expect(
          typeof detail === "string" && /^[A-Z][A-Z0-9_]+$/.test(detail),
          "POST /referrals 422 consent-not-covering: detail is not a refusal code",
        );
      }
      await expectNotStored(t, referral.id, "POST /referrals not covered by its consent");
    },
  },
];
