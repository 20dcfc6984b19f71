// The documents the tester sends are valid, alone and with their consent and the directory of the examples.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createValidator } from "@open-trm/validator";
import { describe, expect, it } from "vitest";
import type { FocalPointDirectory } from "../../src/client/types.js";
import { conformanceConsent, conformanceReferral, newMarker } from "../../src/conformance/fixtures.js";
import { ROOT } from "../support/openapi.js";

const now = new Date("2026-11-28T12:00:00Z");
const validator = createValidator({ now: () => now });

function mergedDirectory(): FocalPointDirectory {
  const dir = join(ROOT, "examples", "focal-point-directory");
  const all = readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as FocalPointDirectory);
  return { ...(all[0] as FocalPointDirectory), focalPoints: all.flatMap((d) => d.focalPoints) };
}

const directory = mergedDirectory();
const byId = (id: string) => {
  const found = directory.focalPoints.find((f) => f.id === id);
  if (!found) throw new Error("no such example focal point");
  return found;
};

describe("conformance fixtures", () => {
  it.each([
    ["transnational", "00000000-0000-4000-8000-000000005301", "00000000-0000-4000-8000-000000005401"],
    ["national", "00000000-0000-4000-8000-000000005502", "00000000-0000-4000-8000-000000005503"],
  ])("a %s referral and its consent pass every rule with the directory", (scope, a, b) => {
    const parties = { a: byId(a), b: byId(b) };
    const consent = conformanceConsent(parties, crypto.randomUUID(), now);
    const referral = conformanceReferral(parties, { consent, now, marker: newMarker() });
    const bundle = validator.validateBundle([referral, consent, directory]);
    expect(bundle.results.flatMap((r) => r.issues.filter((i) => i.severity === "error"))).toEqual([]);
    expect(referral).toMatchObject({ scope, from: { focalPoint: a }, to: { focalPoint: b }, status: "sent" });
    expect(referral.caseRef).toBe(consent.subjectRef);
  });

  it("plants the marker in a free-text field only, and makes a new one each time", () => {
    const parties = {
      a: byId("00000000-0000-4000-8000-000000005301"),
      b: byId("00000000-0000-4000-8000-000000005401"),
    };
    const marker = newMarker();
    const consent = conformanceConsent(parties, crypto.randomUUID(), now);
    const referral = conformanceReferral(parties, { consent, now, marker });
    expect(marker).toMatch(/^TRMCT-[0-9a-f]{20}$/);
    expect(newMarker()).not.toBe(marker);
    expect(referral.statusHistory.at(-1)?.note).toBe(marker);
    expect(JSON.stringify(referral).split(marker)).toHaveLength(2);
  });
});
