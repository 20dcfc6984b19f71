// The anonymiser's keyed MAC (src/internal/hmac-sha256.ts) must be HMAC-SHA256 byte for byte: node:crypto is the
// reference, on random keys and messages, and the pseudonyms and date shifts an anonymiser writes are those of the
// public `pseudonymise` and `dateShiftDays`, which use node:crypto.
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnonymiser, dateShiftDays, pseudonymise } from "../../src/anonymise/index.js";
import { hmacSha256 } from "../../src/internal/hmac-sha256.js";
import { byName, type Json, KEY } from "./support.js";

const reference = (key: Uint8Array, message: string) => createHmac("sha256", key).update(message).digest();

describe("hmacSha256", () => {
  it("equals node:crypto's HMAC-SHA256 for any key and message", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 200 }),
        fc.array(fc.string({ unit: "binary", maxLength: 300 }), { minLength: 1, maxLength: 4 }),
        (key, messages) => {
          const mac = hmacSha256(key);
          // Several messages under one key: nothing of one message may remain for the next.
          for (const m of messages) expect(mac(m).toString("hex")).toBe(reference(key, m).toString("hex"));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("equals it at every length around the 64-byte block and its padding", () => {
    const key = new Uint8Array(32).fill(9);
    const mac = hmacSha256(key);
    for (let n = 0; n <= 200; n++) {
      for (const m of ["a".repeat(n), "é".repeat(n), `${"\u{1F600}".repeat(n)}\ud800`]) {
        expect(mac(m).equals(reference(key, m)), `${n}`).toBe(true);
      }
    }
  });

  it("passes the RFC 4231 test case 2", () => {
    const mac = hmacSha256(new TextEncoder().encode("Jefe"));
    expect(mac("what do ya want for nothing?").toString("hex")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });
});

describe("an anonymiser's pseudonyms and date shifts", () => {
  it("are those of pseudonymise and dateShiftDays, with the same key", () => {
    const doc = byName("mk-presumed-child-sexual-exploitation.json");
    const r = createAnonymiser({ policy: "research", key: KEY }).anonymise(doc);
    if (!r.ok) throw new Error("example must anonymise");
    expect(r.value.id).toBe(pseudonymise(doc.id as string, KEY));
    expect(r.value.correlationId).toBe(pseudonymise(doc.correlationId as string, KEY));
    const days = dateShiftDays(KEY, doc.id as string, 30);
    const shifted = new Date(
      Date.parse((doc.identification as Json).reasonableGroundsDate as string) + days * 864e5,
    );
    expect((r.value.identification as Json).reasonableGroundsDate).toBe(shifted.toISOString().slice(0, 10));
  });
});
