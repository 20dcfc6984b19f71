// Ed25519 signing keys as JWKs (RFC 8037), named by their RFC 7638 thumbprint.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";
import { ClientError } from "../errors.js";

/** A signing key pair: the private JWK to keep secret, the public JWK to publish in a JWKS. */
export interface SigningKeyPair {
  /** RFC 7638 JWK thumbprint (SHA-256, base64url) of the public key; the `kid` of signatures. */
  readonly kid: string;
  /** The private key (`kty: "OKP"`, `crv: "Ed25519"`, with `d`); never published. */
  readonly privateJwk: JWK;
  /** The public key as published in a JWKS (`kid`, `alg: "EdDSA"`, `use: "sig"`). */
  readonly publicJwk: JWK;
}

/** A JSON Web Key Set (RFC 7517 section 5). */
export interface Jwks {
  /** The keys of the set. */
  readonly keys: readonly JWK[];
}

/**
 * The public JWK of an Ed25519 key (private or public), with its thumbprint `kid`, `alg` and `use`.
 * @example
 * const { privateJwk } = await generateSigningKey();
 * const published = await publicJwkOf(privateJwk); // no `d`
 */
export async function publicJwkOf(jwk: JWK): Promise<JWK> {
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string") {
    throw new ClientError(
      "KEY_INVALID",
      "publicJwkOf: the key is not an Ed25519 JWK (kty OKP, crv Ed25519, x)",
    );
  }
  const core = { kty: "OKP", crv: "Ed25519", x: jwk.x };
  // RFC 8037 section 2 and RFC 7638 section 3.2: the thumbprint covers crv, kty and x.
  const kid = await calculateJwkThumbprint(core, "sha256");
  return { ...core, kid, alg: "EdDSA", use: "sig" };
}

/**
 * Generates an Ed25519 key pair for document signatures; `kid` is the RFC 7638 thumbprint of the public key.
 * @example
 * const { kid, privateJwk, publicJwk } = await generateSigningKey();
 * const jwks = { keys: [publicJwk] };
 */
export async function generateSigningKey(): Promise<SigningKeyPair> {
  const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const exported = await exportJWK(privateKey);
  const publicJwk = await publicJwkOf(exported);
  const kid = String(publicJwk.kid);
  return { kid, privateJwk: { ...publicJwk, d: exported.d as string }, publicJwk };
}
