import { describe, expect, it } from "vitest";
import {
  anonymise,
  anonymiseMany,
  createAnonymiser,
  keyBytes,
  keyFingerprint,
} from "../../src/anonymise/index.js";
import { byName, KEY } from "./support.js";

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe("keys", () => {
  it.each([
    ["undefined", undefined, "KEY_MISSING"],
    ["null", null, "KEY_MISSING"],
    ["an empty string", "", "KEY_MISSING"],
    ["no bytes", new Uint8Array(0), "KEY_MISSING"],
    ["31 bytes", new Uint8Array(31), "KEY_TOO_SHORT"],
    ["62 hex digits", "ab".repeat(31), "KEY_TOO_SHORT"],
    ["a passphrase", "correct horse battery staple correct horse battery staple!!", "KEY_INVALID"],
    ["an odd number of hex digits", "a".repeat(65), "KEY_INVALID"],
    ["a number", 42, "KEY_INVALID"],
  ])("rejects %s", (_, key, want) => {
    expect(code(() => keyBytes(key))).toBe(want);
    expect(
      code(() =>
        anonymise(byName("mk-presumed-child-sexual-exploitation.json"), {
          policy: "research",
          key: key as never,
        }),
      ),
    ).toBe(want);
  });

  it("accepts 32 raw bytes or 64 hex digits, the same key either way", () => {
    const raw = new Uint8Array(32).fill(0xab);
    expect(keyBytes(raw).equals(keyBytes("ab".repeat(32)))).toBe(true);
    expect(keyBytes("AB".repeat(40)).length).toBe(40);
  });

  it("checks the key before the first document of anonymiseMany", () => {
    expect(code(() => anonymiseMany([], { policy: "research", key: "" }))).toBe("KEY_MISSING");
    expect(code(() => createAnonymiser({ policy: "research", key: KEY, keyId: "has space" }))).toBe(
      "KEY_ID_INVALID",
    );
  });

  it("names a key by a fingerprint that does not contain it", () => {
    const id = keyFingerprint(keyBytes("ab".repeat(32)));
    expect(id).toMatch(/^hmac-sha256:[0-9a-f]{16}$/);
    expect(id).not.toContain("abab");
    expect(keyFingerprint(keyBytes("ab".repeat(32)))).toBe(id);
    expect(keyFingerprint(keyBytes("cd".repeat(32)))).not.toBe(id);
  });

  it("records the key id given, or the fingerprint, in the output and the report", () => {
    const doc = byName("mk-presumed-child-sexual-exploitation.json");
    const given = anonymise(doc, { policy: "research", key: KEY, keyId: "trm-2026-01" });
    const derived = anonymise(doc, { policy: "research", key: KEY });
    if (!given.ok || !derived.ok) throw new Error("example must anonymise");
    expect(given.report.keyId).toBe("trm-2026-01");
    expect(
      (given.value.extensions as Record<string, { keyId: string }>)["org.open-trm.anonymisation"]?.keyId,
    ).toBe("trm-2026-01");
    expect(derived.report.keyId).toBe(keyFingerprint(KEY));
  });
});
