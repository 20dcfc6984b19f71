import { createHmac } from "node:crypto";
import { hmacSha256 } from "../internal/hmac-sha256.js";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** HMAC-SHA256 under one key of a labelled message; the label keeps pseudonyms and date shifts independent. */
export type Mac = (label: string, message: string) => Buffer;

/** HMAC-SHA256 of a labelled message, with node:crypto (the reference for `keyedMac`). */
export function mac(key: Uint8Array, label: string, message: string): Buffer {
  return createHmac("sha256", key).update(`${label}\u0000${message}`).digest();
}

/** The same MACs as `mac(key, ...)`, with the key's pads hashed once: for an anonymiser's many messages. */
export function keyedMac(key: Uint8Array): Mac {
  const hmac = hmacSha256(key);
  return (label, message) => hmac(`${label}\u0000${message}`);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Formats 16 bytes as an RFC 9562 version 8 (custom) UUID: version nibble 8, variant bits 10. */
function uuidV8(b: Uint8Array): string {
  const h = (i: number) => HEX[b[i] as number] as string;
  const version = HEX[((b[6] as number) & 0x0f) | 0x80] as string;
  const variant = HEX[((b[8] as number) & 0x3f) | 0x80] as string;
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${version}${h(7)}-${variant}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}

/**
 * The keyed pseudonym of a value: the same value and key give the same pseudonym in every document. A UUID (in
 * any letter case) becomes a version 8 UUID, so outputs stay valid; any other string becomes 32 hex digits.
 * @example
 * pseudonymise("6f1c2a34-0d7e-4b8a-9c1d-2e3f4a5b6c7d", key); // e.g. "3b9d6e12-8c4f-8a07-93d1-5e6f708192a3"
 */
export function pseudonymise(value: string, key: Uint8Array): string {
  return pseudonymWith((label, message) => mac(key, label, message), value);
}

/** The pseudonym of a value under a keyed MAC: what `pseudonymise` gives with the MAC's key. */
export function pseudonymWith(m: Mac, value: string): string {
  if (UUID.test(value)) return uuidV8(m("pseudonym/uuid", value.toLowerCase()));
  return m("pseudonym/text", value.normalize("NFC")).subarray(0, 16).toString("hex");
}

/**
 * Remembers the results of a keyed function for up to `size` inputs (then starts afresh): identifiers recur across
 * the documents of a data set (correlation ids, case references), and an HMAC costs more than parsing a record.
 * @example
 * const pseudonym = memoise((v: string) => pseudonymise(v, key));
 */
export function memoise(f: (v: string) => string, size = 65_536): (v: string) => string {
  let seen = new Map<string, string>();
  return (v) => {
    let r = seen.get(v);
    if (r === undefined) {
      if (seen.size >= size) seen = new Map();
      r = f(v);
      seen.set(v, r);
    }
    return r;
  };
}
