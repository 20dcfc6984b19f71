// HMAC-SHA256 (RFC 2104, FIPS 180-4) with the key's inner and outer pads hashed once per key, for the many short
// messages of anonymisation: a pseudonym costs two SHA-256 blocks instead of four, and no native call per message
// (node:crypto's createHmac spends more on setting up than on hashing here). The result is byte for byte that of
// createHmac("sha256", key); test/anonymise/hmac.test.ts compares them on random keys and messages.
import { createHash } from "node:crypto";

// FIPS 180-4 section 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
// Section 5.3.3: the initial hash value.
const IV = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
const BLOCK = 64;
const W = new Int32Array(64);

/** Section 6.2.2: folds one 64-byte block of `bytes` at `at` into the state `h`. */
function compress(h: Int32Array, bytes: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++) {
    const j = at + i * 4;
    W[i] =
      ((bytes[j] as number) << 24) |
      ((bytes[j + 1] as number) << 16) |
      ((bytes[j + 2] as number) << 8) |
      (bytes[j + 3] as number);
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15] as number;
    const y = W[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = ((W[i - 16] as number) + s0 + (W[i - 7] as number) + s1) | 0;
  }
  let a = h[0] as number;
  let b = h[1] as number;
  let c = h[2] as number;
  let d = h[3] as number;
  let e = h[4] as number;
  let f = h[5] as number;
  let g = h[6] as number;
  let hh = h[7] as number;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + (K[i] as number) + (W[i] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = ((h[0] as number) + a) | 0;
  h[1] = ((h[1] as number) + b) | 0;
  h[2] = ((h[2] as number) + c) | 0;
  h[3] = ((h[3] as number) + d) | 0;
  h[4] = ((h[4] as number) + e) | 0;
  h[5] = ((h[5] as number) + f) | 0;
  h[6] = ((h[6] as number) + g) | 0;
  h[7] = ((h[7] as number) + hh) | 0;
}

/** Pads `length` message bytes in `buffer` (after `before` bytes already hashed) and hashes them into `h`. */
function finish(h: Int32Array, buffer: Uint8Array, length: number, before: number): void {
  let end = length;
  buffer[end++] = 0x80;
  while (end % BLOCK !== 56) buffer[end++] = 0;
  // The message length in bits, as a 64-bit big-endian number (exact below 2^53).
  const bits = (length + before) * 8;
  const high = Math.floor(bits / 2 ** 32);
  const low = bits >>> 0;
  for (let k = 0; k < 4; k++) {
    buffer[end + k] = (high >>> (24 - 8 * k)) & 0xff;
    buffer[end + 4 + k] = (low >>> (24 - 8 * k)) & 0xff;
  }
  end += 8;
  for (let at = 0; at < end; at += BLOCK) compress(h, buffer, at);
}

function bigEndian(h: Int32Array, out: Buffer): Buffer {
  for (let i = 0; i < 8; i++) {
    const w = h[i] as number;
    out[4 * i] = w >>> 24;
    out[4 * i + 1] = (w >>> 16) & 0xff;
    out[4 * i + 2] = (w >>> 8) & 0xff;
    out[4 * i + 3] = w & 0xff;
  }
  return out;
}

function padState(key: Uint8Array, pad: number): Int32Array {
  const block = new Uint8Array(BLOCK).fill(pad);
  for (let i = 0; i < key.length; i++) block[i] = (key[i] as number) ^ pad;
  const h = Int32Array.from(IV);
  compress(h, block, 0);
  return h;
}

/** Writes the UTF-8 bytes of `s` at the start of `buffer` and returns their number; ASCII without a native call. */
function utf8(s: string, buffer: Buffer): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return buffer.write(s, 0, "utf8");
    buffer[i] = c;
  }
  return s.length;
}

/**
 * HMAC-SHA256 under one key, for many messages: `(message) => 32-byte MAC` of the UTF-8 bytes of `message`.
 * @example
 * const mac = hmacSha256(key);
 * mac("pseudonym/uuid\u0000...").equals(createHmac("sha256", key).update("pseudonym/uuid\u0000...").digest()); // true
 */
export function hmacSha256(key: Uint8Array): (message: string) => Buffer {
  // RFC 2104 section 2: a key longer than the block is hashed first.
  const k = key.length > BLOCK ? createHash("sha256").update(key).digest() : key;
  const inner = padState(k, 0x36);
  const outer = padState(k, 0x5c);
  const h = new Int32Array(8);
  let buffer = Buffer.alloc(256);
  return (message) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; room for the padding too.
    if (buffer.length < message.length * 3 + 2 * BLOCK) buffer = Buffer.alloc(message.length * 3 + 2 * BLOCK);
    h.set(inner);
    finish(h, buffer, utf8(message, buffer), BLOCK);
    bigEndian(h, buffer);
    h.set(outer);
    finish(h, buffer, 32, BLOCK);
    return bigEndian(h, Buffer.allocUnsafe(32));
  };
}
