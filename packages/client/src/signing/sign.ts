// Detached JWS (RFC 7515 Appendix F) over the RFC 8785 canonical JSON of a document, signed with Ed25519.
import type { KeyObject } from "node:crypto";
import {
  base64url,
  CompactSign,
  type CryptoKey,
  compactVerify,
  decodeProtectedHeader,
  importJWK,
  type JWK,
} from "jose";
import { ClientError } from "../errors.js";
import { canonicalJsonBytes } from "./canonical-json.js";
import type { Jwks } from "./keys.js";

/** A private signing key: an Ed25519 private JWK, or a key object of Web Crypto or `node:crypto`. */
export type SigningKey = JWK | CryptoKey | KeyObject;

/** Options of `signDocument`. */
export interface SignDocumentOptions {
  /** The key id placed in the protected header: the RFC 7638 thumbprint of the public key. */
  readonly kid: string;
}

/** Why a signature did not verify; a code, never a value from the document. */
export type VerifyFailure =
  | "malformed"
  | "unsupported-algorithm"
  | "unsupported-header"
  | "unknown-key"
  | "invalid-key"
  | "not-json"
  | "bad-signature";

/** The outcome of `verifyDocument`. */
export type VerifyResult =
  | { readonly ok: true; readonly kid: string }
  | { readonly ok: false; readonly reason: VerifyFailure };

/** The JWS algorithm of Open TRM signatures (RFC 8037 section 3.1). */
export const SIGNATURE_ALGORITHM = "EdDSA";

// `<protected>..<signature>`: base64url segments with the payload left out (RFC 7515 Appendix F).
const DETACHED = /^([A-Za-z0-9_-]{1,2048})\.\.([A-Za-z0-9_-]{1,2048})$/;
// Header parameters a verifier understands; anything else (crit, b64, jwk, jku, x5u ...) is refused, so no
// signature can bring its own key or change how the payload is read.
const KNOWN_HEADER = new Set(["alg", "kid", "typ"]);

async function importSigningKey(key: SigningKey): Promise<CryptoKey | KeyObject> {
  if (!("kty" in key)) return key as CryptoKey | KeyObject;
  if (key.kty !== "OKP" || key.crv !== "Ed25519" || typeof key.d !== "string") {
    throw new ClientError(
      "KEY_INVALID",
      "signDocument: the JWK is not an Ed25519 private key (kty OKP, crv Ed25519, d)",
    );
  }
  try {
    return (await importJWK(key, SIGNATURE_ALGORITHM)) as CryptoKey;
  } catch (cause) {
    throw new ClientError("KEY_INVALID", "signDocument: the JWK could not be imported", { cause });
  }
}

/**
 * Signs the RFC 8785 canonical JSON of a document; returns a detached compact JWS `<protected>..<signature>`
 * (RFC 7515 Appendix F) with `alg: "EdDSA"` and the given `kid`.
 * @example
 * const { kid, privateJwk } = await generateSigningKey();
 * const jws = await signDocument(referral, privateJwk, { kid }); // "<protected>..<signature>"
 */
export async function signDocument(
  doc: unknown,
  key: SigningKey,
  options: SignDocumentOptions,
): Promise<string> {
  return signCanonicalBytes(canonicalJsonBytes(doc), key, options);
}

/**
 * {@link signDocument} for a document already serialised with `canonicalJson` (a store that keeps the canonical
 * text signs it without serialising the document again); the text must be exactly `canonicalJson(doc)`.
 * @example
 * const text = canonicalJson(referral);
 * const jws = await signCanonicalJson(text, privateJwk, { kid }); // the same as signDocument(referral, ...)
 */
export async function signCanonicalJson(
  canonical: string,
  key: SigningKey,
  options: SignDocumentOptions,
): Promise<string> {
  return signCanonicalBytes(new TextEncoder().encode(canonical), key, options);
}

async function signCanonicalBytes(
  payload: Uint8Array,
  key: SigningKey,
  options: SignDocumentOptions,
): Promise<string> {
  const signingKey = await importSigningKey(key);
  let jws: string;
  try {
    jws = await new CompactSign(payload)
      .setProtectedHeader({ alg: SIGNATURE_ALGORITHM, kid: options.kid })
      .sign(signingKey);
  } catch (cause) {
    throw new ClientError("KEY_INVALID", "signDocument: the key cannot make an EdDSA (Ed25519) signature", {
      cause,
    });
  }
  const [protectedHeader, , signature] = jws.split(".");
  return `${protectedHeader}..${signature}`;
}

function findKey(jwks: Jwks, kid: string): JWK | undefined {
  if (typeof jwks !== "object" || jwks === null || !Array.isArray(jwks.keys)) return undefined;
  return jwks.keys.find((k) => typeof k === "object" && k !== null && k.kid === kid);
}

/**
 * Checks a detached JWS over the canonical JSON of a document against the keys of a JWKS; never throws.
 * Only `alg: "EdDSA"` with a `kid` of the set verifies: `none`, HMAC and embedded keys are refused.
 * @example
 * const result = await verifyDocument(record.document, record.signature, await (await fetch(jwksUrl)).json());
 * if (!result.ok) console.error(`signature refused: ${result.reason}`);
 */
export async function verifyDocument(doc: unknown, jws: string, jwks: Jwks): Promise<VerifyResult> {
  const fail = (reason: VerifyFailure): VerifyResult => ({ ok: false, reason });
  const parts = typeof jws === "string" ? DETACHED.exec(jws) : null;
  if (!parts) return fail("malformed");
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(jws) as Record<string, unknown>;
  } catch {
    return fail("malformed");
  }
  if (header.alg !== SIGNATURE_ALGORITHM) return fail("unsupported-algorithm");
  if (Object.keys(header).some((k) => !KNOWN_HEADER.has(k))) return fail("unsupported-header");
  if (typeof header.kid !== "string") return fail("unknown-key");
  const jwk = findKey(jwks, header.kid);
  if (!jwk) return fail("unknown-key");
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string") return fail("invalid-key");
  if (
    (jwk.use !== undefined && jwk.use !== "sig") ||
    (jwk.alg !== undefined && jwk.alg !== SIGNATURE_ALGORITHM)
  ) {
    return fail("invalid-key");
  }
  let key: CryptoKey;
  try {
    // Only the public members: a set that leaks `d` must not turn verification into a private-key operation.
    key = (await importJWK({ kty: "OKP", crv: "Ed25519", x: jwk.x }, SIGNATURE_ALGORITHM)) as CryptoKey;
  } catch {
    return fail("invalid-key");
  }
  let payload: Uint8Array;
  try {
    payload = canonicalJsonBytes(doc);
  } catch {
    return fail("not-json");
  }
  try {
    await compactVerify(`${parts[1]}.${base64url.encode(payload)}.${parts[2]}`, key, {
      algorithms: [SIGNATURE_ALGORITHM],
    });
    return { ok: true, kid: header.kid };
  } catch {
    return fail("bad-signature");
  }
}
