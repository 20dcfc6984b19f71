import { createHmac } from "node:crypto";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** HMAC-SHA256 of a labelled message; the label keeps pseudonyms and date shifts independent. */
export function mac(key: Uint8Array, label: string, message: string): Buffer {
  return createHmac("sha256", key).update(`${label}\u0000${message}`).digest();
}

/** Formats 16 bytes as an RFC 9562 version 8 (custom) UUID: version nibble 8, variant bits 10. */
function uuidV8(b: Buffer): string {
  const h = Buffer.from(b.subarray(0, 16));
  h[6] = ((h[6] as number) & 0x0f) | 0x80;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * The keyed pseudonym of a value: the same value and key give the same pseudonym in every document. A UUID (in
 * any letter case) becomes a version 8 UUID, so outputs stay valid; any other string becomes 32 hex digits.
 * @example
 * pseudonymise("6f1c2a34-0d7e-4b8a-9c1d-2e3f4a5b6c7d", key); // e.g. "3b9d6e12-8c4f-8a07-93d1-5e6f708192a3"
 */
export function pseudonymise(value: string, key: Uint8Array): string {
  if (UUID.test(value)) return uuidV8(mac(key, "pseudonym/uuid", value.toLowerCase()));
  return mac(key, "pseudonym/text", value.normalize("NFC")).subarray(0, 16).toString("hex");
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
