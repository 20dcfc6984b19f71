// Acceptance of issue 7 for the node: visibility (A -> B readable by B, 404 to C, 401 without a token),
// idempotent POST, 422 without echoed values, 409 on an illegal transition, 412/428 on If-Match.
import { randomUUID } from "node:crypto";
import type { Referral } from "@open-trm/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coveredReferral, exampleConsents, fp } from "./support/examples.js";
import { type Harness, json, postExampleConsents, startHarness } from "./support/harness.js";

let h: Harness;
const SI_TO_MD = "si-to-md-adult-return-service-referral";

beforeAll(async () => {
  h = await startHarness();
  await postExampleConsents(h, exampleConsents());
});
afterAll(async () => h.stop());

async function post(referral: Referral, token = h.tokens.si, key: string = randomUUID()) {
  return h.call("POST", "/referrals", { token, body: referral, headers: { "idempotency-key": key } });
}

async function listIds(token: string, query = ""): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? "" : `&cursor=${cursor}`;
    const page = (await json(await h.call("GET", `/referrals?limit=200${query}${suffix}`, { token }))) as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return ids;
}

describe("visibility", () => {
  it("a referral from A to B is readable by B, answers 404 to C and 401 without a token", async () => {
    const referral = coveredReferral(SI_TO_MD);
    const created = await post(referral);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/referrals/${referral.id}`);
    const record = await json(created);
    expect(record).toMatchObject({ id: referral.id, status: "sent", sender: fp.si, receiver: fp.md });
    expect(record.document).toEqual(referral);
    expect(created.headers.get("etag")).toBe(record.etag);

    const byB = await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.md });
    expect(byB.status).toBe(200);
    expect((await json(byB)).document).toEqual(referral);
    expect((await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.si })).status).toBe(200);

    const byC = await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.al });
    const missing = await h.call("GET", `/referrals/${randomUUID()}`, { token: h.tokens.al });
    expect(byC.status).toBe(404);
    expect(byC.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    // No existence oracle: the refusal looks exactly like a missing id.
    const { instance: _a, ...hidden } = await json(byC);
    const { instance: _b, ...absent } = await json(missing);
    expect(hidden).toEqual(absent);
    expect(hidden).toMatchObject({ type: "https://open-trm.org/problems/not-found", status: 404 });

    const anonymous = await h.call("GET", `/referrals/${referral.id}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const forged = await h.call("GET", `/referrals/${referral.id}`, { token: `trm_${"A".repeat(43)}` });
    expect(forged.status).toBe(401);

    expect(await listIds(h.tokens.al)).not.toContain(referral.id);
    expect(await listIds(h.tokens.md, "&role=receiver")).toContain(referral.id);
    expect(await listIds(h.tokens.md, "&role=sender")).not.toContain(referral.id);
    expect(await listIds(h.tokens.si, "&role=sender&status=sent")).toContain(referral.id);
    expect(await listIds(h.tokens.si, "&status=completed")).not.toContain(referral.id);
  });

  it("shows a consent to its recorder and to the receiver of a referral under it, and 404 to anyone else", async () => {
    const id = exampleConsents()["si-adult-consent-return"]?.id;
    expect((await h.call("GET", `/consents/${id}`, { token: h.tokens.siNgo })).status).toBe(200);
    expect((await h.call("GET", `/consents/${id}`, { token: h.tokens.md })).status).toBe(200);
    expect((await h.call("GET", `/consents/${id}`, { token: h.tokens.al })).status).toBe(404);
  });

  it("answers 403 to a token of the wrong kind", async () => {
    expect((await h.call("GET", "/audit", { token: h.tokens.si })).status).toBe(403);
    expect((await h.call("GET", "/referrals", { token: h.admin })).status).toBe(403);
    expect((await h.call("PUT", "/focal-points", { token: h.tokens.si, body: {} })).status).toBe(403);
  });

  it("pages referrals in (updatedAt, id) order with an opaque cursor", async () => {
    for (let i = 0; i < 3; i++) expect((await post(coveredReferral(SI_TO_MD))).status).toBe(201);
    const first = await json(await h.call("GET", "/referrals?limit=2", { token: h.tokens.si }));
    expect(first.items).toHaveLength(2);
    expect(typeof first.nextCursor).toBe("string");
    const all = await listIds(h.tokens.si);
    expect(new Set(all).size).toBe(all.length);
    expect(all.slice(0, 2)).toEqual(first.items.map((i: { id: string }) => i.id));
    expect((await h.call("GET", "/referrals?cursor=bm90LWEtY3Vyc29y", { token: h.tokens.si })).status).toBe(
      400,
    );
    expect((await h.call("GET", "/referrals?limit=201", { token: h.tokens.si })).status).toBe(400);
    expect((await h.call("GET", "/referrals?role=owner", { token: h.tokens.si })).status).toBe(400);
  });
});

describe("POST /referrals", () => {
  it("stores one referral when an Idempotency-Key is replayed, also concurrently", async () => {
    const referral = coveredReferral(SI_TO_MD);
    const key = randomUUID();
    const first = await post(referral, h.tokens.si, key);
    const again = await post(referral, h.tokens.si, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(await first.text());
    const racing = coveredReferral(SI_TO_MD);
    const raceKey = randomUUID();
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(racing, h.tokens.si, raceKey)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(answers.filter((a) => a.headers.get("idempotent-replayed") === "true")).toHaveLength(7);
    const ids = await listIds(h.tokens.si);
    expect(ids.filter((id) => id === referral.id)).toHaveLength(1);
    expect(ids.filter((id) => id === racing.id)).toHaveLength(1);

    const reused = await post({ ...referral, urgency: "immediate" }, h.tokens.si, key);
    expect(reused.status).toBe(422);
    expect((await json(reused)).type).toBe("https://open-trm.org/problems/idempotency-key-reused");
    const duplicate = await post(referral, h.tokens.si, randomUUID());
    expect(duplicate.status).toBe(409);
    const keyless = await h.call("POST", "/referrals", { token: h.tokens.si, body: referral });
    expect((await json(keyless)).type).toBe("https://open-trm.org/problems/idempotency-key-missing");
  });

  it("refuses an invalid document with 422 and its issues, echoing no value, logging no value, storing nothing", async () => {
    const marker = `MARKER-${randomUUID()}`;
    const base = coveredReferral(SI_TO_MD);
    const referral = {
      ...base,
      from: { ...base.from, caseWorker: marker },
      subject: { ...base.subject, sex: marker },
      statusHistory: base.statusHistory.map((e) => ({ ...e, note: marker })),
      extensions: { si: { secret: marker } },
    };
    const response = await post(referral as unknown as Referral, h.tokens.si, marker);
    const text = await response.text();
    expect(response.status).toBe(422);
    const problem = JSON.parse(text);
    expect(problem.type).toBe("https://open-trm.org/problems/invalid-document");
    expect(problem.issues.map((i: { path: string }) => i.path)).toContain("/subject/sex");
    expect(text).not.toContain(marker);
    expect(JSON.stringify([...response.headers])).not.toContain(marker);
    const logs = JSON.stringify(h.logs);
    expect(logs).not.toContain(marker);
    for (const token of [...Object.values(h.tokens), h.admin]) expect(logs).not.toContain(token.slice(4));
    expect(h.logs.every((e) => !("url" in e) && (e.route === undefined || !e.route.includes(base.id)))).toBe(
      true,
    );
    expect((await h.call("GET", `/referrals/${base.id}`, { token: h.tokens.si })).status).toBe(404);
  });

  it("checks sender, status, receiver and the body's form before anything is stored", async () => {
    const problemType = async (r: Response) => [
      r.status,
      ((await json(r)) as { type: string }).type.split("/").pop(),
    ];
    const referral = coveredReferral(SI_TO_MD);
    expect(await problemType(await post(referral, h.tokens.md))).toEqual([403, "forbidden"]);
    const draft = {
      ...referral,
      status: "draft",
      statusHistory: referral.statusHistory.slice(0, 1),
    } as Referral;
    expect(await problemType(await post(draft))).toEqual([422, "invalid-document"]);
    const elsewhere = { ...referral, to: { ...referral.to, focalPoint: randomUUID() } };
    expect(await problemType(await post(elsewhere))).toEqual([422, "invalid-document"]);
    const unresolved = {
      ...referral,
      riskAssessment: { ...referral.riskAssessment, assessedBy: randomUUID() },
    };
    const x002 = await post(unresolved as Referral);
    expect(x002.status).toBe(422);
    expect((await json(x002)).issues).toEqual([
      expect.objectContaining({ code: "TRM-X002", path: "/riskAssessment/assessedBy", severity: "error" }),
    ]);
    const notJson = await h.call("POST", "/referrals", {
      token: h.tokens.si,
      body: "{ not json",
      headers: { "idempotency-key": randomUUID() },
    });
    expect(notJson.status).toBe(400);
    expect((await json(notJson)).issues[0].code).toBe("TRM-P001");
    const text = await h.call("POST", "/referrals", {
      token: h.tokens.si,
      body: JSON.stringify(referral),
      headers: { "idempotency-key": randomUUID(), "content-type": "text/plain" },
    });
    expect(text.status).toBe(400);
    expect((await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.si })).status).toBe(404);
  });
});

describe("POST /referrals/{id}/transitions", () => {
  async function transition(id: string, token: string, body: unknown, etag?: string | null) {
    return h.call("POST", `/referrals/${id}/transitions`, {
      token,
      body,
      headers: etag ? { "if-match": etag } : {},
    });
  }

  it("follows the state machine: 409 on an illegal transition, 412 on a stale If-Match, 428 without one", async () => {
    const referral = coveredReferral(SI_TO_MD);
    const created = await post(referral);
    const etag0 = created.headers.get("etag");
    const ack = await transition(referral.id, h.tokens.md, { action: "acknowledge" }, etag0);
    expect(ack.status).toBe(200);
    const acked = await json(ack);
    expect(acked.status).toBe("acknowledged");
    expect(acked.etag).not.toBe(etag0);
    expect(acked.document.statusHistory.at(-1)).toMatchObject({ status: "acknowledged", by: fp.md });
    expect(acked.document.updatedAt).toBe(acked.updatedAt);

    const illegal = await transition(referral.id, h.tokens.md, { action: "complete" }, acked.etag);
    expect([illegal.status, (await json(illegal)).type]).toEqual([
      409,
      "https://open-trm.org/problems/illegal-transition",
    ]);
    const stale = await transition(referral.id, h.tokens.md, { action: "accept" }, etag0);
    expect([stale.status, (await json(stale)).type]).toEqual([
      412,
      "https://open-trm.org/problems/precondition-failed",
    ]);
    const unconditional = await transition(referral.id, h.tokens.md, { action: "accept" });
    expect(unconditional.status).toBe(428);
    expect((await transition(referral.id, h.tokens.si, { action: "accept" }, acked.etag)).status).toBe(403);
    expect((await transition(referral.id, h.tokens.md, { action: "withdraw" }, acked.etag)).status).toBe(403);
    expect((await transition(referral.id, h.tokens.al, { action: "accept" }, acked.etag)).status).toBe(404);
    expect((await transition(referral.id, h.tokens.md, { action: "reject" }, acked.etag)).status).toBe(400);
    expect(
      (await transition(referral.id, h.tokens.md, { action: "accept", reason: "noCapacity" }, acked.etag))
        .status,
    ).toBe(400);

    // Two transitions racing on the same ETag: exactly one wins.
    const race = await Promise.all([
      transition(referral.id, h.tokens.md, { action: "accept" }, acked.etag),
      transition(referral.id, h.tokens.md, { action: "reject", reason: "noCapacity" }, acked.etag),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 412]);
    const current = await json(await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.si }));
    expect(current.document.statusHistory).toHaveLength(referral.statusHistory.length + 2);
  });

  it("walks a referral to completion, after which nothing more may happen", async () => {
    const referral = coveredReferral(SI_TO_MD);
    let etag = (await post(referral)).headers.get("etag");
    for (const action of ["acknowledge", "accept", "start", "complete"]) {
      const r = await transition(referral.id, h.tokens.md, { action, note: `Step ${action}.` }, etag);
      expect(r.status).toBe(200);
      etag = r.headers.get("etag");
    }
    const done = await json(await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.md }));
    expect(done.status).toBe("completed");
    expect((await transition(referral.id, h.tokens.si, { action: "withdraw" }, etag)).status).toBe(409);
  });
});
