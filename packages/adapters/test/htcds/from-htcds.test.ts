import type { Consent, Referral } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { type FromHtcdsOptions, fromHtcds, type HtcdsRecord } from "../../src/htcds/index.js";
import { cases } from "./support.js";

const OPTIONS: FromHtcdsOptions = {
  id: "00000000-0000-4000-8000-000000001901",
  createdAt: "2026-11-20T09:00:00+01:00",
  focalPoint: "00000000-0000-4000-8000-000000005302",
  trmStage: "identification",
  cooperationWithAuthorities: "notAsked",
  legalBases: ["legalObligation", "substantialPublicInterest9g"],
};
const MINIMAL = { vic_TraffickingStatus: "PossibleVictimOfTrafficking", cas_Status: "Active" } as const;
const SI = cases().find(
  (c) => c.name.includes("si-adult") && c.name.includes("si-to-md") && c.name.includes("consent-return"),
);
const REFERRAL = SI?.docs.referral as Referral;
const CONSENT = SI?.docs.consent as Consent;

function ok(record: unknown, options: FromHtcdsOptions = OPTIONS) {
  const r = fromHtcds(record, options);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path} ${i.code} ${i.message}`).join("; "));
  return r;
}
function refused(record: unknown, options: FromHtcdsOptions = OPTIONS) {
  const r = fromHtcds(record, options);
  if (r.ok) throw new Error("expected issues");
  return r.issues.map((i) => ({ code: i.code, path: i.path }));
}
const lossAt = (r: ReturnType<typeof ok>, pointer: string) => r.losses.find((l) => l.pointer === pointer);

describe("fromHtcds fills what HTCDS does not hold from documented options and rules", () => {
  it("reads a minimal record with the option defaults", () => {
    const vp = ok(MINIMAL).value.victimProfile;
    expect(vp).toMatchObject({
      id: OPTIONS.id,
      correlationId: OPTIONS.id,
      createdAt: OPTIONS.createdAt,
      updatedAt: OPTIONS.createdAt,
      recordedBy: OPTIONS.focalPoint,
      caseOwner: OPTIONS.focalPoint,
      consentRefs: [],
      identification: { status: "presumed" },
      person: { isChild: "unknown", citizenships: [], languages: [] },
      trafficking: { exploitationForms: ["unknown"], events: [] },
      assistance: {
        trmStage: "identification",
        needs: [],
        services: [],
        cooperationWithAuthorities: "notAsked",
      },
      case: { status: "active" },
    });
    expect(vp.childContext).toBeUndefined();
  });

  it.each([
    { birth: "2008-11-21", want: "no" },
    { birth: "2008-11-20", want: "no" },
    { birth: "2008-11-22", want: "yes" },
    { birth: "2026-12-01", want: "unknown" },
  ])("derives isChild $want from prs_Birthdate $birth on the updatedAt date", ({ birth, want }) => {
    const at = "2026-11-21T23:30:00-05:00";
    const r = fromHtcds({ ...MINIMAL, prs_Birthdate: birth }, { ...OPTIONS, createdAt: at });
    if (want === "unknown") {
      // A birth date after the record is refused by the validator (rule TRM-R001), not guessed around.
      expect(r.ok).toBe(false);
      return;
    }
    expect(r.ok && r.value.victimProfile.person.isChild).toBe(want);
    expect(r.ok && r.value.victimProfile.childContext).toEqual(
      want === "yes" ? { separation: "unknown", bestInterestsAssessmentRefs: [] } : undefined,
    );
  });

  it("refuses a record without the fields Open TRM requires", () => {
    expect(refused({})).toEqual([
      { code: "ADAPTER_MISSING", path: "/vic_TraffickingStatus" },
      { code: "ADAPTER_MISSING", path: "/cas_Status" },
    ]);
  });

  it("refuses an invalid result whole, naming the produced document's path", () => {
    const r = fromHtcds(
      { ...MINIMAL, vic_MethodsOfControl: ["DebtBondage"] },
      { ...OPTIONS, legalBases: ["consent"] },
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(
        r.issues.every((i) => i.code === "ADAPTER_RESULT_INVALID" && i.path.startsWith("/victimProfile")),
      ).toBe(true);
  });
});

describe("fromHtcds checks the record against the sheet", () => {
  it.each([
    { given: [], want: [{ code: "ADAPTER_NOT_OBJECT", path: "" }] },
    { given: { ...MINIMAL, "a/b": 1 }, want: [{ code: "ADAPTER_UNKNOWN_FIELD", path: "/a~1b" }] },
    { given: { ...MINIMAL, prs_Gender: 3 }, want: [{ code: "ADAPTER_WRONG_TYPE", path: "/prs_Gender" }] },
    {
      given: { ...MINIMAL, prs_Gender: "Female" },
      want: [{ code: "ADAPTER_UNKNOWN_CODE", path: "/prs_Gender" }],
    },
    {
      given: { ...MINIMAL, prs_Birthdate: "2020-02-30" },
      want: [{ code: "ADAPTER_INVALID_VALUE", path: "/prs_Birthdate" }],
    },
    {
      given: { ...MINIMAL, vic_MethodsOfControl: ["DebtBondage", "Debt"] },
      want: [{ code: "ADAPTER_UNKNOWN_CODE", path: "/vic_MethodsOfControl/1" }],
    },
    {
      given: { ...MINIMAL, con_Consent: "yes" },
      want: [{ code: "ADAPTER_WRONG_TYPE", path: "/con_Consent" }],
    },
    {
      given: { ...MINIMAL, prs_NumberOfChildren: "2" },
      want: [{ code: "ADAPTER_WRONG_TYPE", path: "/prs_NumberOfChildren" }],
    },
    {
      given: { ...MINIMAL, prs_PrimaryLanguage: "xxx" },
      want: [{ code: "ADAPTER_UNKNOWN_CODE", path: "/prs_PrimaryLanguage" }],
    },
    {
      given: { ...MINIMAL, prs_Citizenship: ["ALB", "ZZZ"] },
      want: [{ code: "ADAPTER_UNKNOWN_CODE", path: "/prs_Citizenship/1" }],
    },
    {
      given: { ...MINIMAL, prs_MobilePhone: "+44 7700 900123" },
      want: [{ code: "ADAPTER_INVALID_VALUE", path: "/prs_MobilePhone" }],
    },
  ])("refuses $given with $want", ({ given, want }) => {
    expect(refused(given)).toEqual(want);
  });

  it("reads empty values as absent and a Salesforce ';'-joined multiselect as a list", () => {
    const vp = ok({
      ...MINIMAL,
      prs_FirstName: "",
      prs_Gender: null,
      vic_MethodsOfControl: "DebtBondage;TakesEarnings",
    }).value.victimProfile;
    expect(vp.person.givenNames).toBeUndefined();
    expect(vp.person.gender).toBeUndefined();
    expect(vp.trafficking.meansOfControl).toEqual(["debtBondage", "takesEarnings"]);
  });

  it("normalises ISO 639-2 and alpha-3 codes to the codes Open TRM uses", () => {
    const vp = ok({
      ...MINIMAL,
      prs_PrimaryLanguage: "ALB",
      prs_SecondaryLanguage: "rus",
      prs_Citizenship: ["alb", "MD"],
    }).value.victimProfile;
    expect(vp.person.languages).toEqual([{ tag: "sq" }, { tag: "ru" }]);
    expect(vp.person.citizenships).toEqual(["AL", "MD"]);
  });
});

describe("fromHtcds reports what Open TRM cannot carry", () => {
  it("lists unmapped and deprecated fields with their reasons", () => {
    const r = ok({
      ...MINIMAL,
      prs_MaritalStatus: "Single",
      org_Name: "x",
      vic_Vulnerabilities: ["Poverty"],
      cas_CaseOwner: "005x",
    });
    expect(lossAt(r, "/prs_MaritalStatus")?.reason).toBe("Open TRM has no field for it");
    expect(lossAt(r, "/org_Name")?.reason).toMatch(/organisation record/);
    expect(lossAt(r, "/vic_Vulnerabilities")?.reason).toMatch(/deprecated/);
    expect(lossAt(r, "/cas_CaseOwner")?.reason).toMatch(/options.caseOwner/);
  });

  it("keeps values HTCDS allows but Open TRM cannot hold out, as losses", () => {
    const r = ok({
      ...MINIMAL,
      prs_MobilePhone: "447700900123",
      prs_Email: "not an e-mail",
      cco_CaseComment: "x".repeat(8001),
    });
    expect(r.value.victimProfile.person.contact).toEqual({ emails: [] });
    expect(r.value.victimProfile.case.notes).toBeUndefined();
    expect(r.losses.map((l) => l.pointer).sort()).toEqual([
      "/cco_CaseComment",
      "/prs_Email",
      "/prs_MobilePhone",
    ]);
  });

  it("reads a home phone without a mobile phone into the first slot, and says so", () => {
    const r = ok({ ...MINIMAL, prs_HomePhone: "+447700900124" });
    expect(r.value.victimProfile.person.contact?.phones).toEqual(["+447700900124"]);
    expect(lossAt(r, "/prs_HomePhone")?.reason).toMatch(/earlier slot/);
  });

  it("reads a historic event only with a type and an ISO country", () => {
    const r = ok({ ...MINIMAL, hte_Type: "Exploitation", hte_Country: "Serbia", hte_Date: "2025-05-01" });
    expect(r.value.victimProfile.trafficking.events).toEqual([]);
    expect(r.losses.map((l) => l.pointer).sort()).toEqual(["/hte_Country", "/hte_Date", "/hte_Type"]);
    const full = ok({ ...MINIMAL, hte_Type: "Exploitation", hte_Country: "SRB", hte_Date: "2025-05-01" });
    expect(full.value.victimProfile.trafficking.events).toEqual([
      { type: "exploitation", country: "RS", from: "2025-05-01" },
    ]);
  });

  it("reports referral and consent fields as losses without options.referral and options.consent", () => {
    const r = ok({ ...MINIMAL, cas_ReferredOrganisation: REFERRAL.to.focalPoint, con_Consent: true });
    expect(r.value.referral).toBeUndefined();
    expect(r.value.consent).toBeUndefined();
    expect(lossAt(r, "/cas_ReferredOrganisation")?.reason).toMatch(/options.referral/);
    expect(lossAt(r, "/con_Consent")?.reason).toMatch(/options.consent/);
  });

  it("reads only the fields of the referral's direction, and never a date back into the history", () => {
    const options = { ...OPTIONS, id: REFERRAL.caseRef, referral: REFERRAL };
    const other = "00000000-0000-4000-8000-000000005404";
    const r = ok(
      {
        ...MINIMAL,
        cas_ReferredOrganisation: other,
        cas_ReferringOrganisation: other,
        cas_OutgoingReferralDate: "2026-05-05",
      },
      options,
    );
    expect(r.value.referral?.to.focalPoint).toBe(other);
    expect(r.value.referral?.from).toEqual(REFERRAL.from);
    expect(r.value.referral?.statusHistory).toEqual(REFERRAL.statusHistory);
    expect(lossAt(r, "/cas_ReferringOrganisation")?.reason).toMatch(/outgoing/);
    expect(lossAt(r, "/cas_OutgoingReferralDate")?.reason).toMatch(/statusHistory/);
  });
});

describe("con_Consent updates the consent given as options.consent", () => {
  const at = "2026-11-20T09:00:00+01:00";
  it.each([
    { base: "given", checked: true, want: [] },
    { base: "given", checked: false, want: ["withdrawn"] },
    { base: "withdrawn", checked: true, want: ["renewed"] },
    { base: "withdrawn", checked: false, want: [] },
    { base: "requested", checked: true, want: ["given"] },
    { base: "requested", checked: false, want: ["refused"] },
  ] as const)("a $base consent and a checkbox $checked append $want", ({ base, checked, want }) => {
    const last = { state: base, at: "2026-06-01T10:00:00+02:00", recordedBy: OPTIONS.focalPoint };
    const history = { given: CONSENT.events, withdrawn: [...CONSENT.events, last], requested: [last] }[base];
    const consent: Consent = { ...CONSENT, events: history };
    const r = ok({ ...MINIMAL, con_Consent: checked }, { ...OPTIONS, id: consent.subjectRef, consent });
    const added = r.value.consent?.events.slice(consent.events.length) ?? [];
    expect(added).toEqual(want.map((state) => ({ state, at, recordedBy: OPTIONS.focalPoint })));
    expect(r.value.victimProfile.consentRefs).toEqual([consent.id]);
  });
});

describe("fromHtcds messages", () => {
  it("never contain a value of the record", () => {
    const marker = "ZZMARKERZZ";
    const records: HtcdsRecord[] = [
      { ...MINIMAL, prs_Gender: marker },
      { ...MINIMAL, prs_Birthdate: marker },
      { ...MINIMAL, prs_MobilePhone: marker },
      {
        ...MINIMAL,
        prs_Email: marker,
        hte_Country: marker,
        hte_Type: "Transit",
        cas_ReferredOrganisation: marker,
      },
      { ...MINIMAL, prs_Citizenship: [marker] },
    ];
    for (const record of records) {
      const r = fromHtcds(record, { ...OPTIONS, referral: REFERRAL });
      const text = JSON.stringify(r.ok ? r.losses : r.issues);
      expect(text).not.toContain(marker);
    }
  });
});
