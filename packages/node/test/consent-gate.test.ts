// The consent gate: a referral is stored only when its consent covers purpose, receiver and the data disclosed at
// the node's time; a withdrawal takes effect at once (451 on later reads).
import { randomUUID } from "node:crypto";
import type { Consent, Referral } from "@open-trm/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coveredReferral, exampleConsents, fp, sentReferral } from "./support/examples.js";
import { type Harness, json, postExampleConsents, startHarness } from "./support/harness.js";

let h: Harness;
const consents = exampleConsents();
const SI_TO_MD = "si-to-md-adult-return-service-referral";

beforeAll(async () => {
  h = await startHarness();
  await postExampleConsents(h, consents);
});
afterAll(async () => h.stop());

const post = (referral: Referral, token = h.tokens.si) =>
  h.call("POST", "/referrals", { token, body: referral, headers: { "idempotency-key": randomUUID() } });

async function refusal(response: Response): Promise<[number, string, string | undefined]> {
  const p = (await json(response)) as { type: string; detail?: string };
  return [response.status, p.type.split("/").pop() as string, p.detail];
}

/** A copy of the Slovenian return consent under a new id, changed by `change`, stored by its recorder. */
async function variantConsent(change: (c: Consent) => Consent): Promise<string> {
  const id = randomUUID();
  const consent = change({ ...(consents["si-adult-consent-return"] as Consent), id });
  expect((await h.call("POST", "/consents", { token: h.tokens.siNgo, body: consent })).status).toBe(201);
  return id;
}

describe("the consent gate of POST /referrals", () => {
  it("stores the example referrals their consents cover, and the one sent under an override", async () => {
    expect((await post(coveredReferral(SI_TO_MD))).status).toBe(201);
    expect(
      (await post(coveredReferral("mk-to-al-child-case-transfer-return"), h.tokens.mkNational)).status,
    ).toBe(201);
    expect((await post(coveredReferral("rs-national-referral-safe-house"), h.tokens.rs)).status).toBe(201);
    expect(
      (await post(sentReferral("mk-national-emergency-shelter-placement"), h.tokens.mkCaseManager)).status,
    ).toBe(201);
  });

  it("refuses an embedded victim profile carrying a category the consent does not cover, and stores nothing", async () => {
    // As published, the example embeds cooperationWithAuthorities (criminalProceedings); consent 3101 lacks it.
    const referral = sentReferral("mk-to-al-child-case-transfer-return");
    expect(await refusal(await post(referral, h.tokens.mkNational))).toEqual([
      422,
      "consent-not-covering",
      "DATA_CATEGORY_NOT_COVERED",
    ]);
    expect((await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.mkNational })).status).toBe(
      404,
    );
  });

  it("refuses subject fields of a category the consent does not cover", async () => {
    const noDemographics = await variantConsent((c) => ({
      ...c,
      dataCategories: c.dataCategories.filter((d) => d !== "demographics"),
    }));
    const referral = { ...coveredReferral(SI_TO_MD), consentRef: noDemographics };
    expect(await refusal(await post(referral))).toEqual([
      422,
      "consent-not-covering",
      "DATA_CATEGORY_NOT_COVERED",
    ]);
  });

  it("refuses a purpose or a receiver the consent does not name", async () => {
    const research = { ...coveredReferral(SI_TO_MD), purpose: "research" } as Referral;
    expect(await refusal(await post(research))).toEqual([422, "consent-not-covering", "PURPOSE_NOT_COVERED"]);
    const base = coveredReferral(SI_TO_MD);
    const toAlbania = { ...base, to: { focalPoint: fp.al, country: "AL" } } as Referral;
    expect(await refusal(await post(toAlbania))).toEqual([
      422,
      "consent-not-covering",
      "RECIPIENT_NOT_COVERED",
    ]);
  });

  it("refuses a consent the node does not have or the sender may not see", async () => {
    const unknown = { ...coveredReferral(SI_TO_MD), consentRef: randomUUID() };
    expect(await refusal(await post(unknown))).toEqual([422, "consent-not-covering", "CONSENT_UNKNOWN"]);
    // The police consent was recorded and is controlled by 5302 only: the sender 5301 cannot rely on it.
    const hidden = {
      ...coveredReferral(SI_TO_MD),
      consentRef: consents["si-adult-consent-law-enforcement-withdrawn"]?.id,
    };
    expect(await refusal(await post(hidden as Referral))).toEqual([
      422,
      "consent-not-covering",
      "CONSENT_UNKNOWN",
    ]);
  });

  it("refuses a consent given only after the referral was sent (TRM-X001)", async () => {
    const late = await variantConsent((c) => ({
      ...c,
      events: [{ ...(c.events[0] as Consent["events"][number]), at: "2026-05-06T10:00:00+02:00" }],
    }));
    const response = await post({ ...coveredReferral(SI_TO_MD), consentRef: late });
    const problem = await json(response);
    expect([response.status, problem.detail]).toEqual([422, "CONSENT_NOT_GIVEN_WHEN_SENT"]);
    expect(problem.issues.map((i: { code: string }) => i.code)).toContain("TRM-X001");
  });
});

describe("a consent withdrawal", () => {
  it("blocks later reads of referrals disclosed under it (451) and later referrals (422)", async () => {
    const consentId = await variantConsent((c) => c);
    const referral = { ...coveredReferral(SI_TO_MD), consentRef: consentId };
    const key = randomUUID();
    const send = () =>
      h.call("POST", "/referrals", {
        token: h.tokens.si,
        body: referral,
        headers: { "idempotency-key": key },
      });
    const created = await send();
    expect(created.status).toBe(201);
    expect((await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.md })).status).toBe(200);

    // The receiver sees the consent through the referral: it may pass on a withdrawal, not give consent.
    const now = new Date().toISOString();
    const given = { state: "given", at: now, recordedBy: fp.md };
    expect(
      (await h.call("POST", `/consents/${consentId}/events`, { token: h.tokens.md, body: given })).status,
    ).toBe(403);
    const spoofed = { state: "withdrawn", at: now, recordedBy: fp.siNgo };
    expect(
      (await h.call("POST", `/consents/${consentId}/events`, { token: h.tokens.md, body: spoofed })).status,
    ).toBe(403);

    const withdrawal = { state: "withdrawn", at: now, recordedBy: fp.siNgo };
    const recorded = await h.call("POST", `/consents/${consentId}/events`, {
      token: h.tokens.siNgo,
      body: withdrawal,
    });
    expect(recorded.status).toBe(201);
    const record = await json(recorded);
    expect(record.state).toBe("withdrawn");
    expect(record.document.events.at(-1)).toEqual(withdrawal);

    for (const token of [h.tokens.md, h.tokens.si]) {
      const read = await h.call("GET", `/referrals/${referral.id}`, { token });
      expect(await refusal(read)).toEqual([451, "consent-withdrawn", "CONSENT_WITHDRAWN"]);
    }
    // Replaying the POST would return the document again: refused like a read.
    expect(await refusal(await send())).toEqual([451, "consent-withdrawn", "CONSENT_WITHDRAWN"]);
    // The summary (no personal data) is still listed; the referral can be closed, not processed further.
    const list = await json(
      await h.call("GET", "/referrals?role=receiver&limit=200", { token: h.tokens.md }),
    );
    expect(list.items.map((i: { id: string }) => i.id)).toContain(referral.id);
    const etag = created.headers.get("etag") as string;
    const ack = await h.call("POST", `/referrals/${referral.id}/transitions`, {
      token: h.tokens.md,
      body: { action: "acknowledge" },
      headers: { "if-match": etag },
    });
    expect(ack.status).toBe(451);
    const withdraw = await h.call("POST", `/referrals/${referral.id}/transitions`, {
      token: h.tokens.si,
      body: { action: "withdraw", note: "Consent withdrawn." },
      headers: { "if-match": etag },
    });
    expect(withdraw.status).toBe(200);

    const later = { ...coveredReferral(SI_TO_MD), consentRef: consentId };
    expect(await refusal(await post(later))).toEqual([422, "consent-not-covering", "CONSENT_WITHDRAWN"]);
  });

  it("refuses a consent event that makes the consent invalid, echoing no value", async () => {
    const consentId = await variantConsent((c) => c);
    const marker = `MARKER-${randomUUID()}`;
    const bad = { state: marker, at: new Date().toISOString(), recordedBy: fp.siNgo };
    const response = await h.call("POST", `/consents/${consentId}/events`, {
      token: h.tokens.siNgo,
      body: bad,
    });
    const text = await response.text();
    expect(response.status).toBe(422);
    expect(JSON.parse(text).issues.length).toBeGreaterThan(0);
    expect(text).not.toContain(marker);
    expect(JSON.stringify(h.logs)).not.toContain(marker);
  });
});
