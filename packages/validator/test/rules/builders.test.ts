import { describe, expect, it } from "vitest";
import { bia, consent, directory, focalPoint, referral, victimProfile } from "./support/builders.js";

describe("builders", () => {
  it.each([
    ["victimProfile", victimProfile],
    ["referral", referral],
    ["consent", consent],
    ["bestInterestsAssessment", bia],
    ["focalPoint", focalPoint],
    ["focalPointDirectory", directory],
  ] as const)("builds a structurally valid %s", (type, build) => {
    expect(build().documentType).toBe(type);
  });

  it("rejects an edit that breaks the structure", () => {
    expect(() =>
      referral((d) => {
        d.statusHistory = [];
      }),
    ).toThrow();
  });
});
