import type { Consent, DataCategory, Referral, VictimProfile } from "@open-trm/schema";
import { leafSensitivities } from "@open-trm/schema/data";
import { validate, validateBundle } from "@open-trm/validator";
import { describe, expect, it } from "vitest";
import { type DisclosureResult, disclose } from "../../src/disclose/index.js";
import { presentLeaves } from "../../src/disclose/pointers.js";
import { consents, edit, fp, load, profiles } from "./support.js";

const override = (dataCategories: DataCategory[]) => ({
  legalBasis: "publicTask" as const,
  justification: "Test of the minimisation table.",
  authorisedBy: fp.mkNational,
  dataCategories,
});
const only = (profile: VictimProfile, categories: DataCategory[]) =>
  disclose(profile, {
    purpose: "research",
    at: new Date(),
    recipient: { country: "AL" },
    override: override(categories),
  });
const ok = (r: DisclosureResult) => {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r;
};
const leaves = (doc: unknown) => presentLeaves(doc, leafSensitivities("victimProfile"));

describe("minimisation: what each category lets through", () => {
  it.each([
    {
      categories: ["contact"],
      present: ["/person/contact/phones", "/person/contact/emails"],
      absent: ["/person/givenNames"],
    },
    {
      categories: ["identity"],
      present: ["/person/givenNames", "/person/identityDocuments/0/number"],
      absent: ["/person/sex"],
    },
    {
      categories: ["demographics"],
      present: ["/person/birthDate", "/person/languages/0/tag"],
      absent: ["/person/migrationStatus"],
    },
    {
      categories: ["immigration"],
      present: ["/person/migrationStatus", "/assistance/reflectionPeriod/endsOn"],
      absent: ["/person/sex", "/person/birthDate"],
    },
    {
      categories: ["traffickingExperience"],
      present: ["/trafficking/meansOfControl", "/trafficking/events/3/country", "/indicators/0/present"],
      absent: ["/trafficking/events/3/place"],
    },
    {
      categories: ["location"],
      present: [],
      absent: ["/trafficking/events/3/place", "/trafficking/events/3/country"],
    },
    {
      categories: ["traffickingExperience", "location"],
      present: ["/trafficking/events/3/place"],
      absent: [],
    },
    {
      categories: ["criminalProceedings"],
      present: ["/perpetrators/0/roles", "/proceedings/0/role", "/assistance/cooperationWithAuthorities"],
      absent: [],
    },
    {
      categories: ["health"],
      present: ["/assistance/needs", "/assistance/services/1/type"],
      absent: ["/proceedings"],
    },
    {
      categories: [],
      present: ["/id", "/identification/status", "/assistance/trmStage", "/legalBases"],
      absent: ["/person/sex", "/case/notes"],
    },
  ] as { categories: DataCategory[]; present: string[]; absent: string[] }[])(
    "$categories",
    ({ categories, present, absent }) => {
      const r = ok(only(profiles.siAdult, categories));
      const pointers = new Set(leaves(r.value).map((l) => l.pointer));
      for (const p of present) expect(pointers, p).toContain(p);
      for (const p of absent)
        expect(
          [...pointers].some((q) => q === p || q.startsWith(`${p}/`)),
          p,
        ).toBe(false);
      expect(validate(r.value).ok).toBe(true);
    },
  );

  it("keeps required fields with neutral values and says so", () => {
    const r = ok(only(profiles.siAdult, []));
    expect(r.value.person).toEqual({ isChild: "unknown", citizenships: [], languages: [] });
    expect(r.value.trafficking).toEqual({ exploitationForms: ["unknown"], events: [] });
    expect(r.value.assistance.cooperationWithAuthorities).toBe("notAsked");
    expect(r.replacedFields).toEqual([
      "/person/isChild",
      "/person/citizenships",
      "/person/languages",
      "/trafficking/exploitationForms",
      "/trafficking/events",
      "/assistance/needs",
      "/assistance/services",
      "/assistance/cooperationWithAuthorities",
    ]);
    expect(r.disclosedFields).toEqual(["/createdAt", "/updatedAt"]);
    expect(r.withheldFields).toContain("/person");
    expect(r.withheldFields).toContain("/indicators");
  });

  it("keeps a child's childContext with neutral values when child protection is withheld", () => {
    const r = ok(only(profiles.mkChild, ["demographics"]));
    expect(r.value.childContext).toEqual({ separation: "unknown", bestInterestsAssessmentRefs: [] });
    expect(r.replacedFields).toContain("/childContext/separation");
    expect(validate(r.value).ok).toBe(true);
  });

  it("drops childContext when it would reveal a child whose age is withheld", () => {
    const r = ok(only(profiles.mkChild, ["identity"]));
    expect(r.value.person.isChild).toBe("unknown");
    expect(r.value.childContext).toBeUndefined();
  });

  it("never discloses extensions, case notes or a closure reason", () => {
    for (const profile of [profiles.mkChild, profiles.extension, profiles.rich]) {
      const r = ok(only(profile, ["identity", "contact", "demographics", "traffickingExperience", "health"]));
      expect(r.value.extensions).toBeUndefined();
      expect(r.value.case).toEqual({ status: profile.case.status });
      if (profile.extensions) expect(r.withheldFields).toContain("/extensions");
    }
  });

  it("lists pointers consistently: disclosed ones exist in the value, withheld ones in the input, never both", () => {
    const all: DataCategory[][] = [[], ["demographics"], ["identity", "location"], ["traffickingExperience"]];
    for (const profile of Object.values(profiles)) {
      for (const categories of all) {
        const r = ok(only(profile, categories));
        const out = new Set(leaves(r.value).map((l) => l.pointer));
        for (const p of r.disclosedFields) expect(out).toContain(p);
        const input = leaves(profile).map((l) => l.pointer);
        for (const p of r.withheldFields)
          expect(input.some((q) => q === p || q.startsWith(`${p}/`))).toBe(true);
        expect(r.disclosedFields.filter((p) => r.withheldFields.includes(p))).toEqual([]);
      }
    }
  });
});

// The X001 conformance bundles: disclose must reach the verdict of TRM-X001 on the same consent and request.
describe("agreement with TRM-X001 on the conformance bundles", () => {
  const profile = load<VictimProfile>(
    "packages/conformance/fixtures/bundles/complete-case/victim-profile.json",
  );
  it.each([
    ["complete-case", "ok"],
    ["consent-renewed-before-sending", "ok"],
    ["x001-consent-expired-before-sending", "CONSENT_EXPIRED"],
    ["x001-consent-withdrawn-before-sending", "CONSENT_WITHDRAWN"],
    ["x001-purpose-not-covered", "PURPOSE_NOT_COVERED"],
    ["x001-recipient-not-covered", "RECIPIENT_NOT_COVERED"],
    ["x001-consent-of-another-case", "SUBJECT_MISMATCH"],
  ])("%s: %s", (bundle, want) => {
    const dir = `packages/conformance/fixtures/bundles/${bundle}`;
    const referral = load<Referral>(`${dir}/referral.json`);
    const consent = load<Consent>(`${dir}/consent.json`);
    const sent = referral.statusHistory.find((s) => s.status === "sent")?.at ?? referral.createdAt;
    const r = disclose(profile, {
      consent,
      purpose: referral.purpose,
      at: sent,
      recipient: { focalPoint: referral.to.focalPoint, country: referral.to.country },
    });
    expect(r.ok ? "ok" : r.reason).toBe(want);
    const x001 =
      validateBundle([referral, consent]).results[0]?.issues.filter((i) => i.code === "TRM-X001") ?? [];
    expect(x001.length === 0).toBe(r.ok);
  });

  it("agrees on the story 2 consents", () => {
    const r = disclose(profiles.siAdult, {
      consent: consents.siReturn,
      purpose: "safeReturn",
      at: "2026-05-05T11:00:00+02:00",
      recipient: { focalPoint: fp.mdNational, country: "MD" },
    });
    expect(r.ok).toBe(true);
    const referral = load<Referral>("examples/referral/si-to-md-adult-return-service-referral.json");
    expect(validateBundle([referral, consents.siReturn]).ok).toBe(true);
  });

  it("keeps the structure valid on a profile with an edited extension", () => {
    const p = edit(profiles.extension, (d) => {
      d.case.notes = "secret";
    });
    const r = ok(only(p, ["identity"]));
    expect(JSON.stringify(r)).not.toContain("secret");
  });
});
