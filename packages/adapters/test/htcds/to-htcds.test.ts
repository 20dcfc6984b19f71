import type { Consent, VictimProfile } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { type HtcdsDocuments, toHtcds } from "../../src/htcds/index.js";
import { cases } from "./support.js";

const ALL = cases();
const find = (...parts: string[]) => {
  const c = ALL.find(
    (x) => parts.every((p) => x.name.includes(p)) && x.name.split(" + ").length === parts.length,
  );
  if (!c) throw new Error(`no case ${parts.join(" + ")}`);
  return structuredClone(c.docs) as HtcdsDocuments & { victimProfile: VictimProfile };
};
const SI = () => find("si-adult");
const MK = () => find("mk-presumed");

function ok(docs: unknown) {
  const r = toHtcds(docs as HtcdsDocuments);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path} ${i.message}`).join("; "));
  return {
    record: r.value as Record<string, unknown>,
    losses: r.losses,
    at: (p: string) => r.losses.find((l) => l.pointer === p),
  };
}
function refused(docs: unknown) {
  const r = toHtcds(docs as HtcdsDocuments);
  if (r.ok) throw new Error("expected issues");
  return r.issues;
}

describe("toHtcds checks its input", () => {
  it.each([
    { given: null, code: "ADAPTER_NOT_OBJECT", path: "" },
    { given: {}, code: "ADAPTER_MISSING", path: "/victimProfile" },
    {
      given: { victimProfile: { documentType: "consent" } },
      code: "ADAPTER_INVALID_DOCUMENT",
      path: "/victimProfile",
    },
    { given: { ...SI(), extra: 1 }, code: "ADAPTER_UNKNOWN_FIELD", path: "/extra" },
  ])("refuses $given with $code at $path", ({ given, code, path }) => {
    expect(refused(given)).toContainEqual(expect.objectContaining({ code, path }));
  });

  it("names the invalid input's paths under its document", () => {
    const docs = SI();
    (docs.victimProfile.person as { sex: string }).sex = "robot";
    expect(refused(docs)).toContainEqual(
      expect.objectContaining({ code: "ADAPTER_INVALID_DOCUMENT", path: "/victimProfile/person/sex" }),
    );
  });

  it("refuses a consent or referral of another case", () => {
    const mk = find("mk-presumed", "mk-guardian");
    const issues = refused({
      victimProfile: SI().victimProfile,
      consent: mk.consent,
      referral: find("mk-presumed", "mk-to-al").referral,
    });
    expect(issues.map((i) => i.path).sort()).toEqual(["/consent/subjectRef", "/referral/correlationId"]);
    expect(issues.every((i) => i.code === "ADAPTER_UNSUPPORTED")).toBe(true);
  });
});

describe("toHtcds writes what HTCDS holds and lists the rest", () => {
  it("writes a child's status only when prs_Birthdate gives it back", () => {
    expect(ok(MK()).at("/victimProfile/person/isChild")?.reason).toMatch(/derives it from prs_Birthdate/);
    expect(ok(MK()).at("/victimProfile/person/birthDate")?.reason).toMatch(/full dates only/);
    expect(ok(SI()).at("/victimProfile/person/isChild")).toBeUndefined();
  });

  it("lets an exact code claim its HTCDS value before an approximate one", () => {
    const docs = SI();
    docs.victimProfile.trafficking.meansOfControl = [
      "restrictsMovement",
      "other",
      "unknown",
      "debtBondage",
      "debtBondage",
    ];
    const { record, losses } = ok(docs);
    expect(record.vic_MethodsOfControl).toEqual(["Other", "DebtBondage"]);
    const lost = losses.map((l) => l.pointer).filter((p) => p.includes("meansOfControl"));
    expect(lost.sort()).toEqual([0, 2, 4].map((i) => `/victimProfile/trafficking/meansOfControl/${i}`));
  });

  it("splits online platforms by stage and reports entries that move", () => {
    const docs = SI();
    docs.victimProfile.trafficking.onlinePlatforms = [
      { stage: "exploitation", platform: "telegram" },
      { stage: "recruitment", platform: "facebook" },
      { stage: "recruitment", platform: "facebook" },
    ];
    const { record, losses } = ok(docs);
    expect(record.vic_RecruitmentWebsitesAndApps).toEqual(["Facebook"]);
    expect(record.vic_ExploitationWebsitesAndApps).toEqual(["Telegram"]);
    const lost = losses
      .filter((l) => l.pointer.includes("onlinePlatforms"))
      .map((l) => l.pointer)
      .sort();
    expect(lost).toEqual([0, 1, 2].map((i) => `/victimProfile/trafficking/onlinePlatforms/${i}`));
  });

  it("writes the primary language subtag and reports a region or script", () => {
    const docs = SI();
    docs.victimProfile.person.languages = [{ tag: "ro-MD" }, { tag: "sr-Latn" }, { tag: "en" }];
    const { record, at } = ok(docs);
    expect([record.prs_PrimaryLanguage, record.prs_SecondaryLanguage]).toEqual(["ro", "sr"]);
    expect(at("/victimProfile/person/languages/0/tag")?.reason).toMatch(/subtag/);
    expect(at("/victimProfile/person/languages/2/tag")?.reason).toMatch(/two language fields/);
  });

  it("writes con_Consent only for a consent that is in effect or ended", () => {
    const docs = SI();
    const consent = docs.consent ?? find("si-adult", "consent-return").consent;
    const expired: Consent = {
      ...(consent as Consent),
      events: [
        {
          ...(consent as Consent).events[0],
          validUntil: "2026-06-01T00:00:00+02:00",
        } as Consent["events"][number],
      ],
    };
    expect(ok({ ...docs, consent: expired }).record.con_Consent).toBe(false);
    const requested: Consent = {
      ...(consent as Consent),
      events: [{ ...(consent as Consent).events[0], state: "requested" } as Consent["events"][number]],
    };
    const r = ok({ ...docs, consent: requested });
    expect(r.record.con_Consent).toBeUndefined();
    expect(r.at("/consent/events")?.reason).toMatch(/only requested/);
  });

  it("writes an incoming referral's referring organisation and acceptance date", () => {
    const docs = find("al-returned", "mk-to-al");
    const { record } = ok(docs);
    expect(record.cas_ReferringOrganisation).toBe(docs.referral?.from.focalPoint);
    expect(record.cas_IncomingReferralDate).toBe("2026-05-20");
    expect(record.cas_ReferredOrganisation).toBeUndefined();
  });

  it("names no input value in any loss reason", () => {
    for (const { docs } of ALL) {
      const r = toHtcds(docs);
      if (!r.ok) continue;
      const reasons = r.losses.map((l) => l.reason).join("\n");
      expect(reasons).not.toContain(docs.victimProfile.id);
      for (const v of [docs.victimProfile.person.givenNames, docs.victimProfile.case.notes]) {
        if (v) expect(reasons).not.toContain(v);
      }
    }
  });
});
