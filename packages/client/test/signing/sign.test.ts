import { createPublicKey, generateKeyPairSync, verify as nodeVerify } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { CompactSign, generateSecret, type JWK } from "jose";
import { describe, expect, test } from "vitest";
import {
  ClientError,
  canonicalJson,
  generateSigningKey,
  publicJwkOf,
  signCanonicalJson,
  signDocument,
  verifyDocument,
} from "../../src/index.js";

// RFC 8037 Appendix A.1 and A.3: an Ed25519 key and its RFC 7638 thumbprint.
const rfcKey: JWK = {
  kty: "OKP",
  crv: "Ed25519",
  d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
  x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
};
const rfcThumbprint = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";

const examples = join(import.meta.dirname, "../../../../examples");
const referral = JSON.parse(
  readFileSync(join(examples, "referral/si-to-md-adult-return-service-referral.json"), "utf8"),
) as Record<string, unknown>;

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const header = (jws: string) => JSON.parse(Buffer.from(jws.split(".")[0] ?? "", "base64url").toString());

const signer = await generateSigningKey();
const jwks = { keys: [signer.publicJwk] };
const signature = await signDocument(referral, signer.privateJwk, { kid: signer.kid });

describe("generateSigningKey and publicJwkOf", () => {
  test("the kid is the RFC 7638 thumbprint (RFC 8037 A.3 vector)", async () => {
    const pub = await publicJwkOf(rfcKey);
    expect(pub).toEqual({
      kty: "OKP",
      crv: "Ed25519",
      x: rfcKey.x,
      kid: rfcThumbprint,
      alg: "EdDSA",
      use: "sig",
    });
    expect(pub).not.toHaveProperty("d");
  });

  test("a generated pair is Ed25519, its kid is its thumbprint, and only the private JWK has d", async () => {
    expect(signer.publicJwk).toMatchObject({
      kty: "OKP",
      crv: "Ed25519",
      alg: "EdDSA",
      use: "sig",
      kid: signer.kid,
    });
    expect(signer.publicJwk).not.toHaveProperty("d");
    expect(signer.privateJwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await publicJwkOf(signer.privateJwk)).kid).toBe(signer.kid);
    expect((await generateSigningKey()).kid).not.toBe(signer.kid);
  });

  test("publicJwkOf refuses a key that is not Ed25519", async () => {
    await expect(publicJwkOf({ kty: "EC", crv: "P-256", x: "a", y: "b" })).rejects.toThrow(ClientError);
  });
});

describe("signDocument", () => {
  test("signCanonicalJson over canonicalJson(doc) is signDocument(doc) (Ed25519 is deterministic)", async () => {
    const again = await signCanonicalJson(canonicalJson(referral), signer.privateJwk, { kid: signer.kid });
    expect(again).toBe(signature);
    expect(await verifyDocument(referral, again, jwks)).toEqual({ ok: true, kid: signer.kid });
  });

  test("produces a detached compact JWS whose protected header is exactly alg EdDSA and the kid", () => {
    expect(signature).toMatch(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]{86}$/);
    expect(header(signature)).toEqual({ alg: "EdDSA", kid: signer.kid });
  });

  test("the signature covers the RFC 7515 signing input over the canonical JSON (checked with node:crypto)", () => {
    const [protectedHeader, , sig] = signature.split(".");
    const input = `${protectedHeader}.${Buffer.from(canonicalJson(referral)).toString("base64url")}`;
    const key = createPublicKey({ key: signer.publicJwk as never, format: "jwk" });
    expect(nodeVerify(null, Buffer.from(input), key, Buffer.from(sig ?? "", "base64url"))).toBe(true);
  });

  test("Ed25519 is deterministic: the RFC 8037 key signs the same document the same way", async () => {
    const a = await signDocument({ b: 1, a: 2 }, rfcKey, { kid: rfcThumbprint });
    const b = await signDocument({ a: 2, b: 1 }, rfcKey, { kid: rfcThumbprint });
    expect(a).toBe(b);
    expect(await verifyDocument({ a: 2, b: 1 }, a, { keys: [await publicJwkOf(rfcKey)] })).toEqual({
      ok: true,
      kid: rfcThumbprint,
    });
  });

  test("accepts node:crypto and Web Crypto keys as well as JWKs", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const pub = await publicJwkOf(publicKey.export({ format: "jwk" }) as JWK);
    const kid = String(pub.kid);
    const fromNode = await signDocument(referral, privateKey, { kid });
    expect(await verifyDocument(referral, fromNode, { keys: [pub] })).toEqual({ ok: true, kid });
    const webKey = await crypto.subtle.importKey(
      "jwk",
      privateKey.export({ format: "jwk" }),
      { name: "Ed25519" },
      false,
      ["sign"],
    );
    const fromWeb = await signDocument(referral, webKey, { kid });
    expect(await verifyDocument(referral, fromWeb, { keys: [pub] })).toEqual({ ok: true, kid });
  });

  test.each([
    ["a public key only", { kty: "OKP", crv: "Ed25519", x: rfcKey.x }],
    ["an EC key", { kty: "EC", crv: "P-256", x: "x", y: "y", d: "d" }],
    ["a broken Ed25519 key", { kty: "OKP", crv: "Ed25519", x: "AA", d: "AA" }],
  ])("refuses %s with KEY_INVALID", async (_name, key) => {
    await expect(signDocument(referral, key as JWK, { kid: "k" })).rejects.toMatchObject({
      code: "KEY_INVALID",
    });
  });

  test("refuses a key that cannot sign EdDSA", async () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    await expect(signDocument(referral, privateKey, { kid: "k" })).rejects.toMatchObject({
      code: "KEY_INVALID",
    });
  });

  test("refuses a document that is not JSON data", async () => {
    await expect(
      signDocument({ n: Number.NaN }, signer.privateJwk, { kid: signer.kid }),
    ).rejects.toMatchObject({
      code: "NOT_JSON",
    });
  });
});

describe("verifyDocument", () => {
  test("verifies the signed document, whatever order its members are in", async () => {
    const reordered = Object.fromEntries(Object.entries(referral).reverse());
    expect(await verifyDocument(reordered, signature, jwks)).toEqual({ ok: true, kid: signer.kid });
  });

  test("a changed field breaks the signature", async () => {
    const changed = structuredClone(referral);
    changed.status = "withdrawn";
    expect(await verifyDocument(changed, signature, jwks)).toEqual({ ok: false, reason: "bad-signature" });
    const added = { ...referral, extra: null };
    expect(await verifyDocument(added, signature, jwks)).toEqual({ ok: false, reason: "bad-signature" });
  });

  test("another key under the same kid does not verify", async () => {
    const other = await generateSigningKey();
    const impostor = { keys: [{ ...other.publicJwk, kid: signer.kid }] };
    expect(await verifyDocument(referral, signature, impostor)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
  });

  test("a kid that is not in the set is an unknown key; rotated sets keep old keys verifying", async () => {
    const next = await generateSigningKey();
    expect(await verifyDocument(referral, signature, { keys: [next.publicJwk] })).toEqual({
      ok: false,
      reason: "unknown-key",
    });
    const wrongKid = await signDocument(referral, signer.privateJwk, { kid: next.kid });
    expect(await verifyDocument(referral, wrongKid, { keys: [signer.publicJwk, next.publicJwk] })).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(await verifyDocument(referral, signature, { keys: [next.publicJwk, signer.publicJwk] })).toEqual({
      ok: true,
      kid: signer.kid,
    });
  });

  test.each([
    ["an empty string", ""],
    ["an attached JWS", signature.replace("..", ".eyJhIjoxfQ.")],
    ["two segments", signature.replace("..", ".")],
    ["four segments", `${signature}.AA`],
    ["a header that is not base64url JSON", `bm90IGpzb24..${signature.split("..")[1]}`],
    ["a header that is a JSON array", `${b64(["EdDSA"])}..${signature.split("..")[1]}`],
    ["characters outside base64url", signature.replace(/^./, "+")],
    ["an over-long signature", `${signature}${"A".repeat(3000)}`],
  ])("refuses %s as malformed", async (_name, jws) => {
    expect(await verifyDocument(referral, jws, jwks)).toEqual({ ok: false, reason: "malformed" });
  });

  test("refuses alg none and HS256 before looking at keys", async () => {
    const none = `${b64({ alg: "none", kid: signer.kid })}..${signature.split("..")[1]}`;
    expect(await verifyDocument(referral, none, jwks)).toEqual({
      ok: false,
      reason: "unsupported-algorithm",
    });
    // An HMAC signature made with the public key bytes as the secret: the classic key-confusion attack.
    const secret = Buffer.from(String(signer.publicJwk.x), "base64url");
    const hs = await new CompactSign(new TextEncoder().encode(canonicalJson(referral)))
      .setProtectedHeader({ alg: "HS256", kid: signer.kid })
      .sign(secret);
    const [h, , s] = hs.split(".");
    expect(await verifyDocument(referral, `${h}..${s}`, jwks)).toEqual({
      ok: false,
      reason: "unsupported-algorithm",
    });
    const hsKey = await generateSecret("HS256");
    const hs2 = await new CompactSign(new TextEncoder().encode("x"))
      .setProtectedHeader({ alg: "HS256" })
      .sign(hsKey);
    expect(await verifyDocument(referral, hs2.replace(/\.[^.]+\./, ".."), jwks)).toEqual({
      ok: false,
      reason: "unsupported-algorithm",
    });
  });

  test("refuses headers that bring their own key or change the payload encoding", async () => {
    const sig = signature.split("..")[1];
    const withJwk = `${b64({ alg: "EdDSA", kid: signer.kid, jwk: signer.publicJwk })}..${sig}`;
    const withB64 = `${b64({ alg: "EdDSA", kid: signer.kid, b64: false, crit: ["b64"] })}..${sig}`;
    for (const jws of [withJwk, withB64]) {
      expect(await verifyDocument(referral, jws, jwks)).toEqual({ ok: false, reason: "unsupported-header" });
    }
  });

  test("a missing kid, or a key that is not an Ed25519 signing key, is refused", async () => {
    const noKid = `${b64({ alg: "EdDSA" })}..${signature.split("..")[1]}`;
    expect(await verifyDocument(referral, noKid, jwks)).toEqual({ ok: false, reason: "unknown-key" });
    const encKey = { keys: [{ ...signer.publicJwk, use: "enc" }] };
    expect(await verifyDocument(referral, signature, encKey)).toEqual({ ok: false, reason: "invalid-key" });
    const ecKey = { keys: [{ kty: "EC", crv: "P-256", kid: signer.kid, x: "AA", y: "AA" }] };
    expect(await verifyDocument(referral, signature, ecKey)).toEqual({ ok: false, reason: "invalid-key" });
    const badX = { keys: [{ ...signer.publicJwk, x: "AA" }] };
    expect(await verifyDocument(referral, signature, badX)).toEqual({ ok: false, reason: "invalid-key" });
    expect(await verifyDocument(referral, signature, {} as never)).toEqual({
      ok: false,
      reason: "unknown-key",
    });
  });

  test("a document that is not JSON data cannot verify", async () => {
    expect(await verifyDocument({ at: new Date(0) }, signature, jwks)).toEqual({
      ok: false,
      reason: "not-json",
    });
  });

  test("property: every JSON document verifies after signing, and fails once one member is added", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), async (doc, name) => {
        const jws = await signDocument(doc, signer.privateJwk, { kid: signer.kid });
        expect(await verifyDocument(doc, jws, jwks)).toEqual({ ok: true, kid: signer.kid });
        const tampered = Object.hasOwn(doc, name) ? { ...doc, [name]: [doc[name]] } : { ...doc, [name]: 0 };
        expect(await verifyDocument(tampered, jws, jwks)).toEqual({ ok: false, reason: "bad-signature" });
      }),
      { numRuns: 60 },
    );
  });
});
