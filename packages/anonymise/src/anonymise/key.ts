import { createHmac } from "node:crypto";
import { AnonymiseError } from "../errors.js";

/**
 * The smallest key accepted, in bytes (256 bits, the security level of HMAC-SHA256).
 * @example
 * if (key.length < MIN_KEY_BYTES) throw new Error("key too short");
 */
export const MIN_KEY_BYTES = 32;

/**
 * A secret key: raw bytes, or a string of hexadecimal digits (64 or more, that is 32 bytes or more); passphrases
 * are not accepted, a key must come from a random source such as `openssl rand -out trm.key 32`.
 * @example
 * const key: AnonymisationKey = readFileSync("trm.key");
 */
export type AnonymisationKey = Uint8Array | string;

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/**
 * Checks a key and returns its bytes; throws `AnonymiseError` `KEY_MISSING`, `KEY_INVALID` or `KEY_TOO_SHORT`.
 * @example
 * const bytes = keyBytes(readFileSync("trm.key"));
 */
export function keyBytes(key: unknown): Buffer {
  if (key === undefined || key === null || (typeof key === "string" && key.length === 0))
    throw new AnonymiseError("KEY_MISSING", "a secret key is required; there is no default key");
  let bytes: Buffer;
  if (typeof key === "string") {
    if (!HEX.test(key))
      throw new AnonymiseError("KEY_INVALID", "a key given as a string must be hexadecimal digits");
    bytes = Buffer.from(key, "hex");
  } else if (key instanceof Uint8Array) {
    bytes = Buffer.from(key);
  } else {
    throw new AnonymiseError("KEY_INVALID", "a key must be a Uint8Array or a hexadecimal string");
  }
  if (bytes.length === 0)
    throw new AnonymiseError("KEY_MISSING", "a secret key is required; the key is empty");
  if (bytes.length < MIN_KEY_BYTES)
    throw new AnonymiseError("KEY_TOO_SHORT", `a key must have at least ${MIN_KEY_BYTES} bytes`);
  return bytes;
}

/**
 * A public fingerprint of a key, recorded as the key id when the caller gives none: names the key, reveals nothing.
 * @example
 * keyFingerprint(keyBytes("00".repeat(32))); // "hmac-sha256:" followed by 16 hex digits
 */
export function keyFingerprint(key: Uint8Array): string {
  const mac = createHmac("sha256", key).update("org.open-trm.anonymise/key-id").digest("hex");
  return `hmac-sha256:${mac.slice(0, 16)}`;
}
