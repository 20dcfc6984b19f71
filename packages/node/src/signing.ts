// The node's signing keys: Ed25519 (RFC 8037), made on first start, rotated on request; the newest signs and
// every key stays in the JWKS so that older signatures still verify. Signing itself is @open-trm/client's.
import { createPrivateKey, type KeyObject } from "node:crypto";
import { generateSigningKey, type Jwks, signCanonicalJson } from "@open-trm/client";
import type { JWK } from "jose";
import type { KeyRepository } from "./store/keys.js";

/**
 * Stores a new signing key and returns its `kid`; from now on it signs, older keys stay in the JWKS.
 * @example
 * const kid = await rotateSigningKey(store.keys);
 */
export async function rotateSigningKey(keys: KeyRepository, now: Date = new Date()): Promise<string> {
  const { kid, privateJwk, publicJwk } = await generateSigningKey();
  keys.insert({
    kid,
    privateJwk: JSON.stringify(privateJwk),
    publicJwk: JSON.stringify(publicJwk),
    createdAt: now.toISOString(),
  });
  return kid;
}

/** Makes the first signing key when there is none (first start). */
export async function ensureSigningKey(keys: KeyRepository): Promise<void> {
  if (keys.latest() === undefined) await rotateSigningKey(keys);
}

/** The public keys of the node, newest first, as a JWKS (RFC 7517). */
export function jwksOf(keys: KeyRepository): Jwks {
  return {
    keys: keys
      .all()
      .map((k) => JSON.parse(k.publicJwk) as JWK)
      .reverse(),
  };
}

/** Signs documents with the newest key, picking up a key rotated by another process (`trm keys rotate`). */
export function createSigner(keys: KeyRepository) {
  let current: { seq: number; kid: string; key: KeyObject } | undefined;
  const latest = () => {
    const row = keys.latest();
    if (row === undefined) throw new Error("no signing key: ensureSigningKey was not called");
    if (current?.seq !== row.seq) {
      // Imported once per key: importing a JWK for every signature would cost more than the signature.
      const key = createPrivateKey({
        key: JSON.parse(row.privateJwk) as JWK & { kty: string },
        format: "jwk",
      });
      current = { seq: row.seq, kid: row.kid, key };
    }
    return current;
  };
  return {
    /** A detached JWS (`<protected>..<signature>`) over a document's RFC 8785 canonical JSON text (`canonical(doc)`). */
    async sign(canonicalText: string): Promise<string> {
      const { key, kid } = latest();
      return signCanonicalJson(canonicalText, key, { kid });
    },
  };
}

/** The signer's type. */
export type Signer = ReturnType<typeof createSigner>;
