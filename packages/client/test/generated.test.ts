import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { renderTypes } from "../scripts/lib/types.js";
import { canonicalJson, verifyDocument } from "../src/index.js";
import { example } from "./support/openapi.js";

describe("generated types", () => {
  test("src/generated/openapi.ts equals a fresh openapi-typescript run (run `pnpm generate` when this fails)", async () => {
    const committed = readFileSync(new URL("../src/generated/openapi.ts", import.meta.url), "utf8");
    expect(await renderTypes()).toBe(committed);
  });
});

describe("the OpenAPI examples, checked with this package's signing module", () => {
  const jwks = example<{ keys: [] }>("jwks");
  const records = [
    "referral-record-sent",
    "referral-record-acknowledged",
    "consent-record-given",
    "consent-record-withdrawn",
  ];

  test.each(records)(
    "%s: its signature verifies with the example JWKS, and its ETag is the canonical hash",
    async (name) => {
      const record = example<{ document: unknown; signature: string; etag: string }>(name);
      expect(await verifyDocument(record.document, record.signature, jwks)).toMatchObject({ ok: true });
      const digest = await crypto.subtle.digest(
        "SHA-256",
        new TextEncoder().encode(canonicalJson(record.document)),
      );
      expect(record.etag).toBe(`"${Buffer.from(digest).toString("base64url").slice(0, 22)}"`);
      const tampered = { ...(record.document as object), updatedAt: "2030-01-01T00:00:00Z" };
      expect(await verifyDocument(tampered, record.signature, jwks)).toEqual({
        ok: false,
        reason: "bad-signature",
      });
    },
  );
});
