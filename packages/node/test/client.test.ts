// The typed client of @open-trm/client against this node: the first referral of the README, end to end.
import { randomUUID } from "node:crypto";
import { createClient, verifyDocument } from "@open-trm/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coveredReferral, exampleConsents, fp } from "./support/examples.js";
import { type Harness, startHarness } from "./support/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.stop());

describe("@open-trm/client against the node", () => {
  it("records a consent, sends a referral, reads it as the receiver and moves it on", async () => {
    const recorder = createClient({ baseUrl: h.url, token: h.tokens.siNgo });
    const sender = createClient({ baseUrl: h.url, token: h.tokens.si });
    const receiver = createClient({ baseUrl: h.url, token: h.tokens.md });
    const consent = exampleConsents()["si-adult-consent-return"];
    if (consent === undefined) throw new Error("example consent missing");
    const stored = await recorder.postConsent(consent);
    expect(stored.ok && stored.value.state).toBe("given");

    const referral = coveredReferral("si-to-md-adult-return-service-referral");
    const idempotencyKey = randomUUID();
    const sent = await sender.sendReferral(referral, { idempotencyKey });
    if (!sent.ok) throw new Error(`not sent: ${sent.problem.type}`);
    expect([sent.status, sent.value.receiver]).toEqual([201, fp.md]);
    const again = await sender.sendReferral(referral, { idempotencyKey });
    expect(again.ok && again.replayed).toBe(true);

    const read = await receiver.getReferral(referral.id);
    if (!read.ok) throw new Error(`not readable: ${read.problem.type}`);
    const jwks = await receiver.getJwks();
    if (!jwks.ok) throw new Error("no JWKS");
    expect((await verifyDocument(read.value.document, read.signature ?? "", jwks.value)).ok).toBe(true);

    const ack = await receiver.transition(referral.id, "acknowledge", { ifMatch: read.etag ?? "" });
    expect(ack.ok && ack.value.status).toBe("acknowledged");
    const stale = await receiver.transition(referral.id, "accept", { ifMatch: read.etag ?? "" });
    expect(stale.ok ? 200 : stale.problem.status).toBe(412);
    const page = await receiver.events({ wait: 0 });
    expect(page.ok && page.value.items.map((e) => e.type)).toContain("org.open-trm.referral.transitioned");
    const stranger = await createClient({ baseUrl: h.url, token: h.tokens.al }).getReferral(referral.id);
    expect(stranger.ok ? 200 : stranger.problem.status).toBe(404);
  });
});
