import { codelists, type LegalBasis, type Referral, type VictimProfile } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { ART9_CONDITIONS, r010, specialFields } from "../../src/rules/r010-special-category.js";
import { ctx, ids, referral, summary, victimProfile } from "./support/builders.js";

const withBases = (...legalBases: [LegalBasis, ...LegalBasis[]]) =>
  victimProfile((d) => {
    d.legalBases = legalBases;
  });

const cases: { name: string; given: VictimProfile | Referral; want: string[] }[] = [
  { name: "consent with explicit consent", given: victimProfile(), want: [] },
  // cooperationWithAuthorities is required and special, so every profile needs an Art. 9(2) condition.
  { name: "cooperation not asked still counts", given: withBases("consent"), want: ["/legalBases"] },
  { name: "only Art. 6 bases", given: withBases("publicTask", "vitalInterests"), want: ["/legalBases"] },
  ...ART9_CONDITIONS.map((basis) => ({
    name: `Art. 9 condition ${basis}`,
    given: withBases(basis),
    want: [],
  })),
  { name: "referral without embedded profile", given: referral(), want: [] },
  {
    name: "referral embedding a profile without an Art. 9 condition",
    given: referral((d) => {
      d.subject.victimProfile = withBases("consent");
    }),
    want: ["/subject/victimProfile/legalBases"],
  },
  {
    name: "referral embedding a compliant profile",
    given: referral((d) => {
      d.subject.victimProfile = victimProfile();
    }),
    want: [],
  },
];

describe("TRM-R010 special-category data needs an Art. 9 condition", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r010.check(given, ctx))).toEqual(want);
  });

  it("lists exactly the Art. 9(2) conditions of the legalBasis codelist", () => {
    const art9 = codelists.legalBasis.entries
      .filter((e) => e.source.includes("Art. 9(2)"))
      .map((e) => e.code);
    expect([...ART9_CONDITIONS].sort()).toEqual(art9.sort());
  });

  it.each<{ name: string; edit: (d: VictimProfile) => void; want: string[] }>([
    { name: "base profile", edit: () => {}, want: ["/assistance/cooperationWithAuthorities"] },
    {
      name: "empty needs do not count, listed needs do",
      edit: (d) => {
        d.assistance.needs = ["medical"];
        d.trafficking.meansOfControl = [];
      },
      want: ["/assistance/needs", "/assistance/cooperationWithAuthorities"],
    },
    {
      name: "services, perpetrators, proceedings, indicators, sexual exploitation",
      edit: (d) => {
        d.trafficking.sexualExploitationTypes = ["prostitution"];
        d.indicators = [
          {
            list: "adultLabour",
            dimension: "exploitativeConditions",
            indicator: "excessiveHours",
            strength: "strong",
            present: "yes",
          },
        ];
        d.perpetrators = [{ roles: ["exploiter"], kind: "individual" }];
        d.assistance.services = [{ type: "psychological", status: "planned", provider: ids.other }];
        d.proceedings = [{ kind: "criminal", country: "IT", role: "witness" }];
      },
      want: [
        "/trafficking/sexualExploitationTypes",
        "/indicators/0/present",
        "/perpetrators/0/roles",
        "/perpetrators/0/kind",
        "/assistance/services/0/type",
        "/assistance/cooperationWithAuthorities",
        "/proceedings/0/kind",
        "/proceedings/0/country",
        "/proceedings/0/role",
      ],
    },
  ])("finds special fields: $name", ({ edit, want }) => {
    expect(specialFields(victimProfile(edit))).toEqual(want);
  });
});
