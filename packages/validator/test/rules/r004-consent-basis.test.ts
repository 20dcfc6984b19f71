import type { LegalBasis, Referral } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r004 } from "../../src/rules/r004-consent-basis.js";
import { ctx, ids, referral, summary } from "./support/builders.js";

const withBasis = (legalBasis: LegalBasis, keepConsentRef = false) =>
  referral((d) => {
    if (!keepConsentRef) delete d.consentRef;
    d.consentOverride = {
      legalBasis,
      justification: "Immediate danger to life.",
      authorisedBy: ids.sender,
      at: "2025-03-01T09:00:00Z",
    };
  });

const cases: { name: string; given: Referral; want: string[] }[] = [
  { name: "consent reference", given: referral(), want: [] },
  {
    name: "neither consent reference nor override",
    given: referral((d) => {
      delete d.consentRef;
    }),
    want: [""],
  },
  { name: "override on vital interests", given: withBasis("vitalInterests"), want: [] },
  {
    name: "override on an Art. 9 condition that is not consent",
    given: withBasis("legalClaims9f"),
    want: [],
  },
  { name: "override on consent", given: withBasis("consent"), want: ["/consentOverride/legalBasis"] },
  {
    name: "override on explicit consent",
    given: withBasis("explicitConsent9a"),
    want: ["/consentOverride/legalBasis"],
  },
  {
    name: "override on consent beside a consent reference",
    given: withBasis("consent", true),
    want: ["/consentOverride/legalBasis"],
  },
  {
    name: "override on public task beside a consent reference",
    given: withBasis("publicTask", true),
    want: [],
  },
];

describe("TRM-R004 consent or another legal basis", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r004.check(given, ctx))).toEqual(want);
  });
});
