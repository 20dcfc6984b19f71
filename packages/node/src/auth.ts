// Bearer tokens (RFC 6750): `trm_` + 32 random bytes in base64url; the node stores only their SHA-256.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { TokenRepository } from "./store/tokens.js";

/** Who a request acts as: a focal point, or the node administrator. */
export type Principal =
  | { readonly kind: "focalPoint"; readonly tokenId: number; readonly focalPoint: string }
  | { readonly kind: "admin"; readonly tokenId: number };

const TOKEN = /^trm_[A-Za-z0-9_-]{43}$/;
const BEARER = /^Bearer +(\S+)\s*$/i;

/** The SHA-256 of a token's text: the only form in which the node keeps it. */
export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/**
 * A new random token (`trm_` and 43 base64url characters, 256 bits) and the hash to store.
 * @example
 * const { token, hash } = newToken(); // show `token` once, store `hash`
 */
export function newToken(): { token: string; hash: Buffer } {
  const token = `trm_${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token) };
}

/** The principal of an `Authorization` header, or undefined for a missing, malformed or unknown token. */
export function authenticate(tokens: TokenRepository, header: string | undefined): Principal | undefined {
  const token = header === undefined ? undefined : BEARER.exec(header)?.[1];
  if (token === undefined || !TOKEN.test(token)) return undefined;
  const hash = hashToken(token);
  const row = tokens.findByHash(hash);
  // The lookup is by hash already; the constant-time comparison keeps the check itself free of timing signals.
  if (!row || row.hash.length !== hash.length || !timingSafeEqual(row.hash, hash)) return undefined;
  if (row.kind === "admin") return { kind: "admin", tokenId: row.id };
  return row.focalPoint === null
    ? undefined
    : { kind: "focalPoint", tokenId: row.id, focalPoint: row.focalPoint };
}
