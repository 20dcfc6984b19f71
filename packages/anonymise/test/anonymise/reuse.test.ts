// `anonymise(doc, options)` reuses the anonymiser of the last call with equal options until the event loop turns
// (src/anonymise/reuse.ts): never across options that differ, even when a caller changes a key or policy in place,
// and never beyond the turn.
import { setImmediate as turn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { anonymise, builtInPolicies, type Policy, pseudonymise } from "../../src/anonymise/index.js";
import type { AnonymiseOptions } from "../../src/anonymise/options.js";
import { reuser } from "../../src/anonymise/reuse.js";
import { byName, KEY } from "./support.js";

function counting() {
  const reuse = reuser<number>();
  let made = 0;
  return { get: (o: AnonymiseOptions) => reuse(o, () => ++made), made: () => made };
}

describe("reuser", () => {
  it("reuses for equal options in one turn of the event loop, and forgets at the next", async () => {
    const r = counting();
    expect(r.get({ policy: "research", key: "ab".repeat(32) })).toBe(1);
    expect(r.get({ policy: "research", key: "ab".repeat(32) })).toBe(1);
    await turn();
    expect(r.get({ policy: "research", key: "ab".repeat(32) })).toBe(2);
  });

  it("makes anew for another key, policy, key id or time, or a key or policy changed in place", () => {
    const r = counting();
    const key = new Uint8Array(32).fill(1);
    const policy: Policy = structuredClone(builtInPolicies.research);
    const at = new Date("2026-07-01T00:00:00Z");
    const base = { policy, key, keyId: "k1", anonymisedAt: at };
    r.get(base);
    expect(r.get(base)).toBe(1);
    expect(r.get({ ...base, key: new Uint8Array(32).fill(1) })).toBe(2); // another array
    expect(r.get({ ...base, policy: "research" })).toBe(3);
    expect(r.get({ ...base, keyId: "k2" })).toBe(4);
    expect(r.get({ ...base, anonymisedAt: new Date("2026-07-02T00:00:00Z") })).toBe(5);
    r.get(base);
    key[0] = 2;
    expect(r.get(base)).toBe(7);
    policy.classes.direct = "redact";
    expect(r.get(base)).toBe(8);
    at.setUTCFullYear(2027);
    expect(r.get(base)).toBe(9);
    expect(r.get(base)).toBe(9);
  });

  it("keeps nothing when making fails", () => {
    const reuse = reuser<number>();
    expect(() =>
      reuse({ policy: "research", key: "" }, () => {
        throw new Error("no key");
      }),
    ).toThrow("no key");
    expect(reuse({ policy: "research", key: "" }, () => 1)).toBe(1);
  });
});

describe("anonymise with reused anonymisers", () => {
  it("follows a key changed in place between calls", () => {
    const key = new Uint8Array(32).fill(7);
    const doc = byName("mk-presumed-child-sexual-exploitation.json");
    const first = anonymise(doc, { policy: "share-minimum", key });
    key.fill(8);
    const second = anonymise(doc, { policy: "share-minimum", key });
    if (!first.ok || !second.ok) throw new Error("example must anonymise");
    expect(first.value.id).toBe(pseudonymise(doc.id as string, KEY));
    expect(second.value.id).toBe(pseudonymise(doc.id as string, key));
    expect(second.value.id).not.toBe(first.value.id);
  });
});
