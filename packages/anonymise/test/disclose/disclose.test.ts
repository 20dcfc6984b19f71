import type { Consent } from "@open-trm/schema";
import { validate } from "@open-trm/validator";
import { describe, expect, it } from "vitest";
import { type DiscloseOptions, type DisclosureResult, disclose } from "../../src/disclose/index.js";
import { consents, edit, fp, profiles } from "./support.js";

// Story 2: the Slovenian NGO refers Ion to the Moldovan national focal point for his safe return.
const AT = "2026-05-05T11:00:00+02:00";
const request: DiscloseOptions = {
  consent: consents.siReturn,
  purpose: "safeReturn",
  at: AT,
  recipient: { focalPoint: fp.mdNational, country: "MD" },
};
const by = fp.siNgo;
type Event = Consent["events"][number];
const ev = (state: Event["state"], at: string, validUntil?: string): Event =>
  validUntil === undefined ? { state, at, recordedBy: by } : { state, at, recordedBy: by, validUntil };
const withEvents = (...events: Event[]) =>
  edit(consents.siReturn, (c) => {
    c.events = events;
  });
const reasonOf = (r: DisclosureResult) => (r.ok ? "ok" : r.reason);

describe("disclose: the consent's state at the time of disclosure", () => {
  it.each([
    { given: "given before", events: [ev("given", "2026-05-04T10:30:00+02:00")], want: "ok" },
    { given: "renewed before", events: [ev("renewed", "2026-05-04T10:30:00+02:00")], want: "ok" },
    {
      given: "requested only",
      events: [ev("requested", "2026-05-04T10:00:00+02:00")],
      want: "CONSENT_NOT_GIVEN",
    },
    { given: "refused", events: [ev("refused", "2026-05-04T10:30:00+02:00")], want: "CONSENT_REFUSED" },
    {
      given: "withdrawn after being given",
      events: [ev("given", "2026-05-01T10:00:00+02:00"), ev("withdrawn", "2026-05-04T10:00:00+02:00")],
      want: "CONSENT_WITHDRAWN",
    },
    {
      given: "revoked after being given",
      events: [ev("given", "2026-05-01T10:00:00+02:00"), ev("revoked", "2026-05-04T10:00:00+02:00")],
      want: "CONSENT_REVOKED",
    },
    {
      given: "an expired event",
      events: [ev("expired", "2026-05-04T10:00:00+02:00")],
      want: "CONSENT_EXPIRED",
    },
    {
      given: "given, validUntil passed",
      events: [ev("given", "2026-05-01T10:00:00+02:00", "2026-05-05T10:59:59+02:00")],
      want: "CONSENT_EXPIRED",
    },
    {
      given: "given, validUntil exactly now",
      events: [ev("given", "2026-05-01T10:00:00+02:00", AT)],
      want: "ok",
    },
    {
      given: "given, validUntil ahead",
      events: [ev("given", "2026-05-01T10:00:00+02:00", "2026-11-05T00:00:00+01:00")],
      want: "ok",
    },
    {
      given: "given only later",
      events: [ev("given", "2026-05-06T10:00:00+02:00")],
      want: "CONSENT_NOT_GIVEN",
    },
    { given: "given at exactly the time", events: [ev("given", AT)], want: "ok" },
    {
      given: "given at the same instant in another offset, one second later",
      events: [ev("given", "2026-05-05T09:00:01Z")],
      want: "CONSENT_NOT_GIVEN",
    },
    {
      given: "withdrawn only after the time",
      events: [ev("given", "2026-05-01T10:00:00+02:00"), ev("withdrawn", "2026-05-06T10:00:00+02:00")],
      want: "ok",
    },
    {
      given: "withdrawn, then renewed",
      events: [
        ev("given", "2026-05-01T10:00:00+02:00"),
        ev("withdrawn", "2026-05-02T10:00:00+02:00"),
        ev("renewed", "2026-05-03T10:00:00+02:00"),
      ],
      want: "ok",
    },
    {
      given: "given and withdrawn at the same instant (the later event wins)",
      events: [ev("given", "2026-05-01T10:00:00+02:00"), ev("withdrawn", "2026-05-01T08:00:00Z")],
      want: "CONSENT_WITHDRAWN",
    },
    {
      given: "events out of order (the latest by time counts)",
      events: [ev("withdrawn", "2026-05-02T10:00:00+02:00"), ev("given", "2026-05-01T10:00:00+02:00")],
      want: "CONSENT_WITHDRAWN",
    },
  ])("$given: $want", ({ events, want }) => {
    const result = disclose(profiles.siAdult, { ...request, consent: withEvents(...events) });
    expect(reasonOf(result)).toBe(want);
    if (!result.ok) expect(Object.keys(result).sort()).toEqual(["message", "ok", "reason"]);
  });

  it("reads the example's withdrawn consent as given before the withdrawal and withdrawn after", () => {
    const police = { consent: consents.siWithdrawn, purpose: "legalProceedings" as const };
    const to = { focalPoint: fp.siPolice, country: "SI" };
    expect(
      reasonOf(disclose(profiles.siAdult, { ...police, recipient: to, at: "2026-04-01T12:00:00+02:00" })),
    ).toBe("ok");
    expect(reasonOf(disclose(profiles.siAdult, { ...police, recipient: to, at: new Date() }))).toBe(
      "CONSENT_WITHDRAWN",
    );
  });
});

describe("disclose: purpose, recipient and subject coverage", () => {
  const anyone = edit(consents.siReturn, (c) => {
    c.recipients = [{ category: "internationalOrganisation" }];
  });
  it.each([
    { given: "the named focal point", change: {}, want: "ok" },
    { given: "a purpose not consented to", change: { purpose: "research" }, want: "PURPOSE_NOT_COVERED" },
    {
      given: "the named focal point in upper case",
      change: { recipient: { focalPoint: fp.mdNational.toUpperCase(), country: "MD" } },
      want: "ok",
    },
    { given: "the focal point id alone", change: { recipient: { focalPoint: fp.mdNational } }, want: "ok" },
    {
      given: "another focal point in the country (country-wide serviceProvider)",
      change: { recipient: { focalPoint: fp.mdCentre, country: "MD" } },
      want: "ok",
    },
    {
      given: "another focal point as category focalPoint",
      change: { recipient: { focalPoint: fp.mdCentre, country: "MD", category: "focalPoint" } },
      want: "RECIPIENT_NOT_COVERED",
    },
    {
      given: "the country alone as category focalPoint (the consent names one)",
      change: { recipient: { country: "MD", category: "focalPoint" } },
      want: "RECIPIENT_NOT_COVERED",
    },
    {
      given: "a focal point without country as category serviceProvider",
      change: { recipient: { focalPoint: fp.mdCentre, category: "serviceProvider" } },
      want: "RECIPIENT_NOT_COVERED",
    },
    { given: "another country", change: { recipient: { country: "RO" } }, want: "RECIPIENT_NOT_COVERED" },
    {
      given: "a category the consent does not name",
      change: { recipient: { country: "MD", category: "family" } },
      want: "RECIPIENT_NOT_COVERED",
    },
    {
      given: "any country, for a recipient naming neither",
      change: { consent: anyone, recipient: { country: "DE", category: "internationalOrganisation" } },
      want: "ok",
    },
    {
      given: "any country, for a recipient naming neither, other category",
      change: { consent: anyone, recipient: { country: "DE", category: "lawEnforcement" } },
      want: "RECIPIENT_NOT_COVERED",
    },
    {
      given: "the consent of another person",
      change: { consent: consents.mkGuardian },
      want: "SUBJECT_MISMATCH",
    },
    { given: "no consent at all", change: { consent: undefined }, want: "CONSENT_NOT_GIVEN" },
  ] as { given: string; change: Partial<DiscloseOptions>; want: string }[])(
    "$given: $want",
    ({ change, want }) => {
      const options = { ...request, ...change };
      if ("consent" in change && change.consent === undefined)
        delete (options as { consent?: unknown }).consent;
      expect(reasonOf(disclose(profiles.siAdult, options))).toBe(want);
    },
  );
});

describe("disclose: categories withheld from some recipients (story 1)", () => {
  const base = {
    consent: consents.mkGuardian,
    purpose: "familyTracing" as const,
    at: "2026-04-01T10:00:00+02:00",
  };
  const categories = (r: DisclosureResult) => (r.ok ? [...r.categories].sort() : r.reason);
  it.each([
    { given: "the family", recipient: { country: "AL", category: "family" as const }, hidden: true },
    {
      given: "child protection",
      recipient: { country: "AL", category: "childProtectionAuthority" as const },
      hidden: false,
    },
    { given: "an unknown category in Albania (family matches)", recipient: { country: "AL" }, hidden: true },
    {
      given: "the named Albanian focal point",
      recipient: { focalPoint: fp.alNational, country: "AL" },
      hidden: false,
    },
    {
      given: "another Albanian focal point",
      recipient: { focalPoint: fp.mdCentre, country: "AL" },
      hidden: true,
    },
    {
      given: "the named Albanian focal point as focalPoint",
      recipient: { focalPoint: fp.alNational, category: "focalPoint" as const },
      hidden: false,
    },
  ])("$given: trafficking and health withheld = $hidden", ({ recipient, hidden }) => {
    const result = disclose(profiles.mkChild, { ...base, recipient });
    const all = [...consents.mkGuardian.dataCategories].sort();
    const want = hidden ? all.filter((c) => c !== "traffickingExperience" && c !== "health") : all;
    expect(categories(result)).toEqual(want);
    if (result.ok && hidden) {
      expect(result.value.trafficking.meansOfControl).toBeUndefined();
      expect(result.value.trafficking.exploitationForms).toEqual(["unknown"]);
      expect(result.value.assistance.needs).toEqual([]);
    }
  });
});

describe("disclose: invalid input gives INVALID_INPUT and no data", () => {
  it.each([
    [
      "a profile without id",
      edit(profiles.siAdult, (p) => {
        delete (p as { id?: string }).id;
      }),
      request,
    ],
    ["a consent as the profile", consents.siReturn, request],
    [
      "a profile as the consent",
      profiles.siAdult,
      { ...request, consent: profiles.siAdult as unknown as Consent },
    ],
    ["a time without offset", profiles.siAdult, { ...request, at: "2026-05-05T11:00:00" }],
    ["30 February", profiles.siAdult, { ...request, at: "2026-02-30T11:00:00Z" }],
    ["an invalid Date", profiles.siAdult, { ...request, at: new Date("nope") }],
    ["an unknown purpose", profiles.siAdult, { ...request, purpose: "gossip" }],
    ["a recipient naming nobody", profiles.siAdult, { ...request, recipient: {} }],
    ["a lower-case country", profiles.siAdult, { ...request, recipient: { country: "md" } }],
    [
      "a focal point that is not a UUID",
      profiles.siAdult,
      { ...request, recipient: { focalPoint: "Chisinau" } },
    ],
    [
      "an unknown recipient category",
      profiles.siAdult,
      { ...request, recipient: { country: "MD", category: "press" } },
    ],
    ["no options", profiles.siAdult, null],
    ["not JSON", Symbol("x"), request],
  ] as [string, unknown, DiscloseOptions][])("%s", (_, profile, options) => {
    const result = disclose(profile as typeof profiles.siAdult, options);
    expect(result).toEqual({ ok: false, reason: "INVALID_INPUT", message: expect.any(String) });
  });
});

describe("disclose: overrides", () => {
  const override = {
    legalBasis: "vitalInterests" as const,
    justification: "Emergency placement at night; no guardian yet.",
    authorisedBy: fp.mkGuardian,
  };
  const night = {
    purpose: "nationalReferral" as const,
    at: "2026-03-04T17:10:00+01:00",
    recipient: { country: "MK" },
  };

  it("allows disclosure without consent and records the override", () => {
    const result = disclose(profiles.mkChild, {
      ...night,
      override: { ...override, dataCategories: ["demographics"] },
    });
    expect(result.ok && result.basis).toBe("override");
    if (!result.ok) return;
    expect(result.override).toEqual({ ...override, at: night.at, dataCategories: ["demographics"] });
    expect(result.consentRef).toBeUndefined();
    expect(result.value.person.givenNames).toBeUndefined();
    expect(result.value.person.isChild).toBe("presumed");
    expect(validate(result.value).ok).toBe(true);
  });

  it("defaults to every category, still never extensions or notes", () => {
    const result = disclose(profiles.mkChild, { ...night, override });
    expect(result.ok && result.categories.length).toBe(10);
    if (result.ok)
      expect(result.withheldFields).toEqual(["/extensions", "/case/closureReason", "/case/notes"]);
  });

  it("replaces a withdrawn consent, but never a consent of someone else", () => {
    const withdrawn = { ...request, consent: consents.siWithdrawn, override };
    expect(disclose(profiles.siAdult, { ...withdrawn, at: new Date() }).ok).toBe(true);
    expect(reasonOf(disclose(profiles.mkChild, { ...request, override }))).toBe("SUBJECT_MISMATCH");
  });

  it("is not used when the consent covers the request", () => {
    const result = disclose(profiles.siAdult, { ...request, override });
    expect(result.ok && result.basis).toBe("consent");
    expect(result.ok && result.override).toBeUndefined();
  });

  it.each([
    ["consent", { ...override, legalBasis: "consent" as const }],
    ["explicitConsent9a", { ...override, legalBasis: "explicitConsent9a" as const }],
    ["a blank justification", { ...override, justification: "  " }],
    ["an authoriser that is not a UUID", { ...override, authorisedBy: "the director" }],
    ["an unknown category", { ...override, dataCategories: ["gossip"] }],
  ] as [string, DiscloseOptions["override"]][])("refuses an override with %s", (_, bad) => {
    expect(reasonOf(disclose(profiles.mkChild, { ...night, ...(bad ? { override: bad } : {}) }))).toBe(
      "OVERRIDE_INVALID",
    );
  });
});
