// Every read and write of referrals and consents, allowed or denied, is in the append-only audit table.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coveredReferral, exampleConsents, fp } from "./support/examples.js";
import { type Harness, json, postExampleConsents, startHarness } from "./support/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await postExampleConsents(h, exampleConsents());
});
afterAll(async () => h.stop());

interface Entry {
  at: string;
  seq: number;
  actor: string;
  action: string;
  resource: string;
  resourceId: string | null;
  outcome: string;
  status: number;
}

async function auditOf(resourceId: string): Promise<Entry[]> {
  const response = await h.call("GET", `/audit?resourceId=${resourceId}`, { token: h.admin });
  expect(response.status).toBe(200);
  return ((await json(response)) as { items: Entry[] }).items;
}

describe("the audit trail", () => {
  it("records reads and writes, allowed and denied, with actor and status; 401s are not attributed", async () => {
    const referral = coveredReferral("si-to-md-adult-return-service-referral");
    const created = await h.call("POST", "/referrals", {
      token: h.tokens.si,
      body: referral,
      headers: { "idempotency-key": randomUUID() },
    });
    await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.md });
    await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.al });
    await h.call("GET", `/referrals/${referral.id}`);
    await h.call("POST", `/referrals/${referral.id}/transitions`, {
      token: h.tokens.md,
      body: { action: "acknowledge" },
      headers: { "if-match": created.headers.get("etag") as string },
    });
    const entries = (await auditOf(referral.id)).map(({ seq: _s, at: _a, ...e }) => e);
    const id = referral.id;
    expect(entries).toEqual([
      {
        actor: fp.si,
        action: "create",
        resource: "referral",
        resourceId: id,
        outcome: "allowed",
        status: 201,
      },
      { actor: fp.md, action: "read", resource: "referral", resourceId: id, outcome: "allowed", status: 200 },
      { actor: fp.al, action: "read", resource: "referral", resourceId: id, outcome: "denied", status: 404 },
      {
        actor: fp.md,
        action: "update",
        resource: "referral",
        resourceId: id,
        outcome: "allowed",
        status: 200,
      },
    ]);
    const lists = await json(await h.call("GET", `/audit?actor=${fp.md}&limit=200`, { token: h.admin }));
    expect(lists.items.every((e: Entry) => e.actor === fp.md)).toBe(true);
  });

  it("records consent reads and refused referral writes", async () => {
    const consentId = exampleConsents()["si-adult-consent-return"]?.id as string;
    await h.call("GET", `/consents/${consentId}`, { token: h.tokens.md });
    await h.call("GET", `/consents/${consentId}`, { token: h.tokens.al });
    const outcomes = (await auditOf(consentId)).map((e) => [e.actor, e.action, e.outcome, e.status]);
    expect(outcomes).toContainEqual([fp.siNgo, "create", "allowed", 201]);
    expect(outcomes).toContainEqual([fp.al, "read", "denied", 404]);
    const referral = coveredReferral("si-to-md-adult-return-service-referral");
    await h.call("POST", "/referrals", {
      token: h.tokens.md,
      body: referral,
      headers: { "idempotency-key": randomUUID() },
    });
    expect((await auditOf(referral.id)).map((e) => [e.actor, e.outcome, e.status])).toEqual([
      [fp.md, "denied", 403],
    ]);
  });

  it("pages with a cursor", async () => {
    const first = await json(await h.call("GET", "/audit?limit=1", { token: h.admin }));
    expect(first.items).toHaveLength(1);
    const second = await json(
      await h.call("GET", `/audit?limit=1&after=${first.nextCursor}`, { token: h.admin }),
    );
    expect(second.items[0].seq).toBeGreaterThan(first.items[0].seq);
  });

  it("is append-only: the database refuses UPDATE and DELETE", () => {
    const db = new Database(h.dbPath);
    try {
      const count = () => (db.prepare("SELECT count(*) AS n FROM audit").get() as { n: number }).n;
      const before = count();
      expect(before).toBeGreaterThan(0);
      expect(() => db.prepare("UPDATE audit SET actor = 'someone else'").run()).toThrow(/append-only/);
      expect(() => db.prepare("DELETE FROM audit").run()).toThrow(/append-only/);
      expect(count()).toBe(before);
    } finally {
      db.close();
    }
  });
});
