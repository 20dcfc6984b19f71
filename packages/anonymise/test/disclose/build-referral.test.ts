import type { Referral } from "@open-trm/schema";
import { validateBundle } from "@open-trm/validator";
import { describe, expect, it } from "vitest";
import { type BuildReferralOptions, buildReferral } from "../../src/disclose/index.js";
import { ageBandAt } from "../../src/disclose/time.js";
import { consents, edit, fp, load, profiles } from "./support.js";

const example = (name: string) => load<Referral>(`examples/referral/${name}.json`);
const siExample = example("si-to-md-adult-return-service-referral");
const mkExample = example("mk-to-al-child-case-transfer-return");

// Story 2: Slovenia to Moldova, adult return, with the consent to the transnational referral.
const si: BuildReferralOptions = {
  victimProfile: profiles.siAdult,
  consent: consents.siReturn,
  id: "00000000-0000-4000-8000-000000002299",
  at: "2026-05-05T11:00:00+02:00",
  status: "sent",
  from: { focalPoint: fp.siReferrer, country: "SI" },
  to: { focalPoint: fp.mdNational, country: "MD" },
  purpose: "safeReturn",
  kind: "serviceReferral",
  trmStage: "returnAndSocialInclusion",
  reasons: ["return", "additionalServicesRequired"],
  servicesRequested: ["safeReturn", "shelter", "medical"],
  urgency: "within30Days",
  channel: "encryptedEmail",
  riskAssessment: siExample.riskAssessment as NonNullable<Referral["riskAssessment"]>,
};

// Story 1: North Macedonia to Albania, a presumed child's case transfer for return, with the guardian's consent.
const mk: BuildReferralOptions = {
  victimProfile: profiles.mkChild,
  consent: consents.mkGuardian,
  id: "00000000-0000-4000-8000-000000002199",
  at: "2026-05-14T09:00:00+02:00",
  status: "sent",
  from: { focalPoint: fp.mkNational, country: "MK" },
  to: { focalPoint: fp.alNational, country: "AL" },
  purpose: "safeReturn",
  kind: "caseTransfer",
  trmStage: "returnAndSocialInclusion",
  reasons: ["return", "familyReunification"],
  servicesRequested: ["safeReturn", "familyReunification", "childProtection"],
  urgency: "within30Days",
  channel: "securePlatform",
  childSafeguards: mkExample.childSafeguards as NonNullable<Referral["childSafeguards"]>,
  riskAssessment: mkExample.riskAssessment as NonNullable<Referral["riskAssessment"]>,
};

const built = (o: BuildReferralOptions) => {
  const r = buildReferral(o);
  if (!r.ok) throw new Error(`refused: ${r.reason} ${JSON.stringify(r.issues ?? [])}`);
  return r.value;
};

describe("buildReferral on the example stories", () => {
  it("SI -> MD: the subject of the example, validated with its consent", () => {
    const referral = built({ ...si, interpreterNeeded: false });
    expect(referral.subject).toEqual(siExample.subject);
    expect(referral.disclosure.disclosedFields).toEqual(siExample.disclosure.disclosedFields);
    expect(referral.consentRef).toBe(consents.siReturn.id);
    expect(referral.consentOverride).toBeUndefined();
    expect(referral.scope).toBe("transnational");
    expect(referral.statusHistory).toEqual([{ status: "sent", at: si.at, by: fp.siReferrer }]);
    expect(validateBundle([referral, consents.siReturn]).ok).toBe(true);
  });

  it("SI -> MD: the referral withholds what the subject does not carry, and never carries a name", () => {
    const referral = built(si);
    expect(referral.subject.interpreterNeeded).toBe(true);
    expect(referral.disclosure.withheldFields).toEqual(
      expect.arrayContaining([
        "/person/givenNames",
        "/person/birthDate",
        "/trafficking/events",
        "/case/notes",
      ]),
    );
    expect(JSON.stringify(referral)).not.toContain("Exemplu");
  });

  it("MK -> AL: a child's transfer with the embedded minimised profile validates (R005, R006, R013, X001)", () => {
    const referral = built({ ...mk, embedVictimProfile: true });
    expect(validateBundle([referral, consents.mkGuardian]).ok).toBe(true);
    const embedded = referral.subject.victimProfile;
    expect(embedded?.extensions).toBeUndefined();
    expect(embedded?.trafficking.sexualExploitationTypes).toBeUndefined();
    expect(embedded?.perpetrators).toBeUndefined();
    expect(embedded?.person.givenNames).toBe(profiles.mkChild.person.givenNames);
    expect(referral.subject).toMatchObject({
      isChild: "presumed",
      ageBand: "age9to17",
      exploitationForms: ["sexualExploitation"],
    });
    expect(referral.disclosure.disclosedFields).toContain("/subject/victimProfile/person/givenNames");
    expect(referral.disclosure.withheldFields).toEqual(
      expect.arrayContaining(["/extensions", "/trafficking/sexualExploitationTypes", "/perpetrators"]),
    );
    expect(referral.childSafeguards).toEqual(mk.childSafeguards);
  });

  it("RS national: a presumed child referred to a safe house as a service provider", () => {
    const rs = example("rs-national-referral-safe-house");
    const referral = built({
      ...mk,
      victimProfile: profiles.rsYoung,
      consent: consents.rsGuardian,
      at: "2026-09-10T10:00:00+02:00",
      from: { focalPoint: rs.from.focalPoint, country: "RS" },
      to: { focalPoint: rs.to.focalPoint, country: "RS" },
      recipientCategory: "serviceProvider",
      purpose: "nationalReferral",
      kind: "serviceReferral",
      trmStage: "firstAssistanceAndProtection",
      reasons: ["additionalServicesRequired", "changeOfLocation"],
      childSafeguards: rs.childSafeguards as NonNullable<Referral["childSafeguards"]>,
    });
    expect(referral.scope).toBe("national");
    expect(referral.subject.ageBand).toBe("age9to17"); // born "2010": 15 or 16 in September 2026, one band
    expect(validateBundle([referral, consents.rsGuardian]).ok).toBe(true);
  });

  it("MK national at night: an override instead of consent, recorded as consentOverride", () => {
    const justification = "Emergency placement of a presumed child at night; no guardian appointed yet.";
    const referral = built({
      ...mk,
      consent: undefined as never,
      override: {
        legalBasis: "vitalInterests",
        justification,
        authorisedBy: fp.mkGuardian,
        dataCategories: ["demographics", "traffickingExperience"],
      },
      at: "2026-03-04T17:10:00+01:00",
      from: { focalPoint: fp.mkGuardian, country: "MK" },
      to: { focalPoint: "00000000-0000-4000-8000-000000005103", country: "MK" },
      purpose: "nationalReferral",
      kind: "serviceReferral",
      trmStage: "firstAssistanceAndProtection",
      reasons: ["additionalServicesRequired"],
      status: undefined as never,
    });
    expect(referral.consentRef).toBeUndefined();
    expect(referral.consentOverride).toEqual({
      legalBasis: "vitalInterests",
      justification,
      authorisedBy: fp.mkGuardian,
      at: "2026-03-04T17:10:00+01:00",
    });
    expect(referral.status).toBe("draft");
    expect(validateBundle([referral]).ok).toBe(true);
  });
});

describe("buildReferral refuses instead of building an unsafe or invalid referral", () => {
  const noDemographics = edit(consents.mkGuardian, (c) => {
    c.dataCategories = ["identity"];
  });
  it.each([
    [
      "a consent for another purpose",
      { ...si, consent: consents.siWithdrawn, at: "2026-04-01T11:00:00+02:00" },
      "PURPOSE_NOT_COVERED",
    ],
    [
      "the withdrawn consent, for the police, after withdrawal",
      {
        ...si,
        consent: consents.siWithdrawn,
        purpose: "legalProceedings" as const,
        to: { focalPoint: fp.siPolice, country: "SI" },
        trmStage: "criminalAndCivilProceedings" as const,
      },
      "CONSENT_WITHDRAWN",
    ],
    [
      "a child without childSafeguards",
      { ...mk, childSafeguards: undefined as never },
      "CHILD_SAFEGUARDS_REQUIRED",
    ],
    [
      "a child's transfer without a BIA reference",
      { ...mk, childSafeguards: { guardianInformed: true } },
      "CHILD_SAFEGUARDS_REQUIRED",
    ],
    [
      "a child whose age the consent does not cover",
      { ...mk, consent: noDemographics },
      "CHILD_STATUS_NOT_COVERED",
    ],
    [
      "a return without risk assessment",
      { ...si, riskAssessment: undefined as never },
      "RISK_ASSESSMENT_REQUIRED",
    ],
    ["a bad time", { ...si, at: "tomorrow" }, "INVALID_INPUT"],
    ["a referral id that is not a UUID", { ...si, id: "ref-1" }, "REFERRAL_INVALID"],
    ["missing reasons", { ...si, reasons: undefined as never }, "INVALID_INPUT"],
  ] as [string, BuildReferralOptions, string][])("%s: %s", (_, options, want) => {
    const r = buildReferral(options);
    expect(r.ok ? "ok" : r.reason).toBe(want);
    expect("value" in r).toBe(false);
    expect(JSON.stringify(r)).not.toContain("Exemplu");
  });
});

describe("ageBandAt", () => {
  const at = (s: string) => Date.parse(s);
  it.each([
    ["2010", "2026-05-14T09:00:00+02:00", "age9to17"],
    ["2008", "2026-05-14T09:00:00Z", undefined],
    ["2008-01", "2026-05-14T09:00:00Z", "age18to20"],
    ["2008-05-14", "2026-05-14T00:00:00Z", "age18to20"],
    ["2008-05-15", "2026-05-14T00:00:00Z", "age9to17"],
    ["2008-02-29", "2026-02-28T12:00:00Z", "age9to17"],
    ["2008-02-29", "2026-03-01T12:00:00Z", "age18to20"],
    ["2008-02", "2026-02-28T12:00:00Z", undefined],
    ["1991-07-23", "2026-05-05T11:00:00+02:00", "age30to38"],
    ["1970", "2026-01-01T00:00:00Z", "age48plus"],
    ["1978", "2026-05-01T00:00:00Z", undefined],
    ["2026-06-01", "2026-05-01T00:00:00Z", undefined],
    ["2026", "2026-05-01T00:00:00Z", undefined],
    ["2020-13", "2026-05-01T00:00:00Z", undefined],
    ["not a date", "2026-05-01T00:00:00Z", undefined],
  ])("born %s, at %s: %s", (birth, when, want) => {
    expect(ageBandAt(birth, at(when))).toBe(want);
  });
});
