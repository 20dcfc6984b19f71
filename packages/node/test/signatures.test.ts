// The node signs what it stores and serves (detached JWS, EdDSA, kid = RFC 7638 thumbprint); signatures verify
// with the served JWKS, fail after tampering, and survive a key rotation.
import { createHash, randomUUID } from "node:crypto";
import { canonicalJson, type Jwks, verifyDocument } from "@open-trm/client";
import { calculateJwkThumbprint, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rotateKeys } from "../src/admin.js";
import { coveredReferral, exampleConsents } from "./support/examples.js";
import { type Harness, json, postExampleConsents, startHarness } from "./support/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await postExampleConsents(h, exampleConsents());
});
afterAll(async () => h.stop());

const jwks = async (): Promise<Jwks> => json(await h.call("GET", "/.well-known/jwks.json")) as Promise<Jwks>;

async function postReferral() {
  const referral = coveredReferral("si-to-md-adult-return-service-referral");
  const response = await h.call("POST", "/referrals", {
    token: h.tokens.si,
    body: referral,
    headers: { "idempotency-key": randomUUID() },
  });
  expect(response.status).toBe(201);
  return { response, record: await json(response) };
}

describe("signatures", () => {
  it("publishes an Ed25519 public key named by its RFC 7638 thumbprint, without the private part", async () => {
    const set = await jwks();
    expect(set.keys).toHaveLength(1);
    const key = set.keys[0] as Record<string, unknown>;
    expect(key).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" });
    expect(key.d).toBeUndefined();
    expect(key.kid).toBe(await calculateJwkThumbprint({ kty: "OKP", crv: "Ed25519", x: key.x as string }));
    const info = await json(await h.call("GET", "/"));
    expect(info).toMatchObject({ standardVersion: "1.0", openapi: "/openapi.json", focalPoint: null });
    expect(info.jwks).toEqual(set);
  });

  it("signs each stored document; the signature verifies with the JWKS and fails after tampering", async () => {
    const { response, record } = await postReferral();
    expect(response.headers.get("trm-signature")).toBe(record.signature);
    expect(record.signature).toMatch(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/);
    const digest = createHash("sha256").update(canonicalJson(record.document)).digest("base64url");
    expect(record.etag).toBe(`"${digest.slice(0, 22)}"`);
    const set = await jwks();
    expect(await verifyDocument(record.document, record.signature, set)).toEqual({
      ok: true,
      kid: set.keys[0]?.kid,
    });
    const tampered = { ...record.document, urgency: "immediate" };
    expect(await verifyDocument(tampered, record.signature, set)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    const consent = await json(
      await h.call("GET", `/consents/${record.document.consentRef}`, { token: h.tokens.md }),
    );
    expect((await verifyDocument(consent.document, consent.signature, set)).ok).toBe(true);
    const directory = await h.call("GET", "/focal-points", { token: h.tokens.md });
    const signature = directory.headers.get("trm-signature") as string;
    expect((await verifyDocument(await json(directory), signature, set)).ok).toBe(true);
  });

  it("keeps older signatures verifiable after a rotation, and signs new versions with the new key", async () => {
    const { record: before } = await postReferral();
    const oldKid = decodeProtectedHeader(before.signature).kid;
    const newKid = await rotateKeys(h.dbPath);
    expect(newKid).not.toBe(oldKid);
    const set = await jwks();
    expect(set.keys.map((k) => k.kid)).toEqual([newKid, oldKid]);
    expect(await verifyDocument(before.document, before.signature, set)).toEqual({ ok: true, kid: oldKid });
    const { record: after } = await postReferral();
    expect(decodeProtectedHeader(after.signature).kid).toBe(newKid);
    expect((await verifyDocument(after.document, after.signature, set)).ok).toBe(true);
    const ack = await h.call("POST", `/referrals/${before.id}/transitions`, {
      token: h.tokens.md,
      body: { action: "acknowledge" },
      headers: { "if-match": before.etag },
    });
    const resigned = await json(ack);
    expect(decodeProtectedHeader(resigned.signature).kid).toBe(newKid);
    expect((await verifyDocument(resigned.document, resigned.signature, set)).ok).toBe(true);
  });
});
