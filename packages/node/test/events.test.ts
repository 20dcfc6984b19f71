// GET /events: CloudEvents 1.0 about what the token may see, with a long-poll.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coveredReferral, exampleConsents, fp } from "./support/examples.js";
import { type Harness, json, postExampleConsents, startHarness } from "./support/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await postExampleConsents(h, exampleConsents());
});
afterAll(async () => h.stop());

interface Feed {
  items: { type: string; subject: string; data: Record<string, string>; [k: string]: unknown }[];
  nextCursor: string;
}

const feed = async (token: string, query = ""): Promise<Feed> =>
  (await json(await h.call("GET", `/events?limit=200${query}`, { token }))) as Feed;

async function postReferral() {
  const referral = coveredReferral("si-to-md-adult-return-service-referral");
  const response = await h.call("POST", "/referrals", {
    token: h.tokens.si,
    body: referral,
    headers: { "idempotency-key": randomUUID() },
  });
  expect(response.status).toBe(201);
  return { referral, etag: response.headers.get("etag") as string };
}

describe("the events feed", () => {
  it("serves CloudEvents about the referrals and consents the token may see, without personal data", async () => {
    const { referral } = await postReferral();
    const seen = await feed(h.tokens.md);
    const created = seen.items.find((e) => e.subject === referral.id);
    expect(created).toEqual({
      specversion: "1.0",
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      source: expect.stringMatching(/^urn:open-trm:node:[0-9a-f-]{36}$/),
      type: "org.open-trm.referral.created",
      time: expect.stringMatching(/Z$/),
      subject: referral.id,
      datacontenttype: "application/json",
      data: { referralId: referral.id, status: "sent", sender: fp.si, receiver: fp.md },
    });
    // The receiver sees the consent's events through the referral; a stranger sees nothing of either.
    expect(seen.items.some((e) => e.type === "org.open-trm.consent.event")).toBe(true);
    const stranger = await feed(h.tokens.al);
    expect(stranger.items).toEqual([]);
    const admin = await feed(h.admin);
    expect(admin.items.length).toBeGreaterThanOrEqual(seen.items.length);
    const again = await feed(h.tokens.md, `&after=${seen.nextCursor}`);
    expect(again.items).toEqual([]);
  });

  it("long-polls: a waiting request returns as soon as a visible event is committed", async () => {
    const { referral, etag } = await postReferral();
    const { nextCursor } = await feed(h.tokens.si);
    const started = Date.now();
    const waiting = feed(h.tokens.si, `&after=${nextCursor}&wait=20`);
    await new Promise((r) => setTimeout(r, 300));
    const ack = await h.call("POST", `/referrals/${referral.id}/transitions`, {
      token: h.tokens.md,
      body: { action: "acknowledge" },
      headers: { "if-match": etag },
    });
    expect(ack.status).toBe(200);
    const woken = await waiting;
    const elapsed = Date.now() - started;
    expect(woken.items.map((e) => [e.type, e.data.status])).toEqual([
      ["org.open-trm.referral.transitioned", "acknowledged"],
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(10_000);
  });

  it("ends an idle long-poll after `wait` seconds with an empty page", async () => {
    const { nextCursor } = await feed(h.tokens.al);
    const started = Date.now();
    const idle = await feed(h.tokens.al, `&after=${nextCursor}&wait=1`);
    expect(idle.items).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("refuses a wait over 30 seconds and a cursor it did not issue", async () => {
    expect((await h.call("GET", "/events?wait=31", { token: h.tokens.md })).status).toBe(400);
    expect((await h.call("GET", "/events?after=xyz", { token: h.tokens.md })).status).toBe(400);
    expect((await h.call("GET", "/events")).status).toBe(401);
  });
});
