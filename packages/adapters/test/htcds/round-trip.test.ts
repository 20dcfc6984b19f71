import { validate } from "@open-trm/validator";
import { describe, expect, it } from "vitest";
import { fromHtcds, type HtcdsDocuments, type HtcdsRecord, toHtcds } from "../../src/htcds/index.js";
import { cases, expectCarried, lossesOf, optionsFrom, scrambled } from "./support.js";

const CASES = cases();

function toRecord(docs: HtcdsDocuments) {
  const r = toHtcds(docs);
  if (!r.ok) throw new Error(`toHtcds refused: ${r.issues.map((i) => `${i.path} ${i.message}`).join("; ")}`);
  return r;
}

function fromRecord(record: HtcdsRecord, docs: HtcdsDocuments) {
  const r = fromHtcds(record, optionsFrom(docs));
  if (!r.ok)
    throw new Error(`fromHtcds refused: ${r.issues.map((i) => `${i.path} ${i.message}`).join("; ")}`);
  return r;
}

/** The record without the fields fromHtcds reported as losses. */
function mapped(record: HtcdsRecord, lostFields: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([f]) => !lostFields.has(f)));
}

describe("HTCDS round trips of every victim profile example and fixture, with their referrals and consents", () => {
  it("covers every example victim profile, the referral directions and consents", () => {
    expect(
      CASES.filter((c) => c.name.startsWith("examples/victim-profile/") && !c.name.includes("+")),
    ).toHaveLength(4);
    expect(CASES.some((c) => c.docs.referral && c.docs.consent)).toBe(true);
    const outgoing = CASES.filter((c) => c.docs.referral?.caseRef === c.docs.victimProfile.id);
    const incoming = CASES.filter(
      (c) => c.docs.referral && c.docs.referral.caseRef !== c.docs.victimProfile.id,
    );
    expect(outgoing.length).toBeGreaterThan(0);
    expect(incoming.length).toBeGreaterThan(0);
  });

  it.each(CASES)("TRM -> HTCDS -> TRM equals the input except the reported losses: $name", ({ docs }) => {
    const there = toRecord(docs);
    const back = fromRecord(there.value, docs).value;
    for (const name of ["victimProfile", "referral", "consent"] as const) {
      if (docs[name] === undefined) continue;
      expect(validate(back[name]).ok, name).toBe(true);
      expectCarried(docs[name], back[name], lossesOf(name, there.losses));
    }
  });

  it.each(CASES.filter((c) => c.docs.referral))(
    "referral values marked carried come from the record, not from options.referral: $name",
    ({ docs }) => {
      const there = toRecord(docs);
      const referral = docs.referral;
      if (!referral) throw new Error("case without referral");
      const back = fromHtcds(there.value, { ...optionsFrom(docs), referral: scrambled(referral) });
      expect(back.ok).toBe(true);
      if (back.ok) expectCarried(referral, back.value.referral, lossesOf("referral", there.losses));
    },
  );

  it.each(CASES)("HTCDS -> TRM -> HTCDS gives the record back on every field read: $name", ({ docs }) => {
    const record = toRecord(docs).value;
    const back = fromRecord(record, docs);
    const lost = new Set(back.losses.map((l) => l.pointer.split("/")[1] ?? ""));
    const again = toRecord(back.value).value;
    expect(mapped(again, lost)).toEqual(mapped(record, lost));
    // Only one-way fields (dates of a referral's history) may be reported lost for a record toHtcds wrote.
    expect([...lost].every((f) => /ReferralDate$/.test(f))).toBe(true);
  });

  it("gives back the mapped fields of a hand-written record that also holds fields Open TRM does not read", () => {
    const record: HtcdsRecord = {
      prs_Salutation: "Ms",
      prs_FirstName: "Provë",
      prs_Birthdate: "2009-04-30",
      prs_Gender: "Feminine",
      prs_MaritalStatus: "Single",
      prs_PrimaryLanguage: "sq",
      prs_Citizenship: ["AL"],
      prs_MailingCity: "Tirana",
      vic_TraffickingStatus: "PossibleVictimOfTrafficking",
      vic_AgeWhenTrafficked: 15,
      vic_MethodsOfControl: ["PsychologicalAbuse", "Other"],
      vic_TypeOfExploitation: ["ForcedBegging", "ChildLabour"],
      vic_ExploitationWebsitesAndApps: ["TikTok"],
      per_RoleInProcess: ["Exploiter"],
      cas_Status: "Active",
      hte_Type: "Exploitation",
      hte_Country: "MK",
      hte_City: "Skopje",
      spl_Type: "Education",
    };
    const options = {
      id: "00000000-0000-4000-8000-000000001903",
      createdAt: "2026-11-02T10:00:00+01:00",
      focalPoint: "00000000-0000-4000-8000-000000005201",
      trmStage: "identification",
      cooperationWithAuthorities: "notAsked",
      legalBases: ["vitalInterests", "substantialPublicInterest9g"],
    } as const;
    const back = fromHtcds(record, options);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const lost = new Set(back.losses.map((l) => l.pointer.slice(1)));
    expect([...lost].sort()).toEqual([
      "hte_City",
      "per_RoleInProcess",
      "prs_MailingCity",
      "prs_MaritalStatus",
      "prs_Salutation",
      "spl_Type",
      "vic_AgeWhenTrafficked",
    ]);
    expect(back.value.victimProfile.person.isChild).toBe("yes");
    const again = toRecord(back.value).value;
    expect(again).toEqual(mapped(record, lost));
  });

  it("reports every lost input pointer once, each pointing into the input", () => {
    for (const { docs } of CASES) {
      const { losses } = toRecord(docs);
      const pointers = losses.map((l) => l.pointer);
      expect(new Set(pointers).size).toBe(pointers.length);
      expect(pointers.every((p) => /^\/(victimProfile|referral|consent)\//.test(p))).toBe(true);
    }
  });
});
