// Hand-written given/want cases: whole rows worked out by hand from the examples, and the rules that no single
// table row shows (minority at earlier dates, derived columns, conflicts, partial carriage).
import type { VictimProfile } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { type CtdcLayout, toCtdc } from "../../src/ctdc/index.js";
import { cellsOf } from "./support/classes.js";
import { adult, child, example } from "./support/profiles.js";

function convert(p: VictimProfile, layout: CtdcLayout) {
  const r = toCtdc([p], { layout, k: 1 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { cells: cellsOf(r.value.columns, r.value.rows[0] as string[]), losses: r.losses };
}

const lossReason = (losses: readonly { pointer: string; reason: string }[], pointer: string) =>
  losses.find((l) => l.pointer === pointer)?.reason;

describe("whole rows of the examples", () => {
  it.each([
    {
      name: "si-adult",
      layout: "2024" as const,
      want: {
        yearOfRegistration: "2026",
        gender: "Man",
        ageBroad: "30--38",
        citizenship: "MDA",
        CountryOfExploitation: "SVN",
        traffickMonths: "0--12 (0-1 yr)",
        meansDebtBondageEarnings: "1",
        meansThreats: "1",
        meansFalsePromises: "1",
        meansExcessiveWorkHours: "1",
        meansWithholdDocs: "1",
        isForcedLabour: "1",
        sectorOfLabourAgriculture: "1",
        sectorOfLabourConstruction: "1",
        recruiterRelationOther: "1",
      },
    },
    {
      name: "si-adult",
      layout: "2021" as const,
      want: {
        yearOfRegistration: "2026",
        gender: "Male",
        ageBroad: "30--38",
        majorityStatus: "Adult",
        majorityStatusAtExploit: "Adult",
        majorityEntry: "Adult",
        citizenship: "MD",
        meansOfControlDebtBondage: "1",
        meansOfControlTakesEarnings: "1",
        meansOfControlThreats: "1",
        meansOfControlFalsePromises: "1",
        meansOfControlExcessiveWorkingHours: "1",
        meansOfControlThreatOfLawEnforcement: "1",
        meansOfControlWithholdsDocuments: "1",
        isForcedLabour: "1",
        typeOfLabourAgriculture: "1",
        typeOfLabourConstruction: "1",
        CountryOfExploitation: "SI",
        recruiterRelationOther: "1",
      },
    },
    {
      name: "rs-age-disputed",
      layout: "2021" as const,
      want: {
        yearOfRegistration: "2026",
        gender: "Male",
        ageBroad: "9--17",
        majorityStatus: "Minor",
        majorityStatusAtExploit: "Minor",
        majorityEntry: "Minor",
        citizenship: "AF",
        meansOfControlDebtBondage: "1",
        meansOfControlRestrictsMovement: "1",
        meansOfControlThreatOfLawEnforcement: "1",
        meansOfControlWithholdsNecessities: "1",
        isForcedLabour: "1",
        typeOfLabourOther: "1",
        CountryOfExploitation: "RS",
      },
    },
    {
      name: "mk-presumed",
      layout: "2024" as const,
      want: {
        yearOfRegistration: "2026",
        gender: "Woman",
        ageBroad: "9--17",
        citizenship: "ALB",
        CountryOfExploitation: "MKD",
        traffickMonths: "0--12 (0-1 yr)",
        meansDebtBondageEarnings: "1",
        meansAbusePsyPhySex: "1",
        meansFalsePromises: "1",
        meansDenyBasicNeeds: "1",
        meansWithholdDocs: "1",
        isSexualExploit: "1",
        sectorOfSexProstitution: "1",
        recruiterRelationIntimatePartner: "1",
      },
    },
  ])("$name in the $layout layout", ({ name, layout, want }) => {
    expect(convert(example(name), layout).cells).toEqual(want);
  });
});

describe("rules across columns", () => {
  it("an adult who was a minor when recruited and exploited", () => {
    const p = adult();
    p.person.birthDate = "2000-06-15";
    p.trafficking.events = [
      { type: "recruitment", country: "MD", from: "2014" },
      { type: "exploitation", country: "SI", from: "2015-03", to: "2026-03" },
    ];
    const { cells } = convert(p, "2021");
    expect([
      cells.ageBroad,
      cells.majorityStatus,
      cells.majorityStatusAtExploit,
      cells.majorityEntry,
    ]).toEqual(["24--26", "Adult", "Minor", "Minor"]);
  });

  it("an adult without event dates has no majority at exploitation or entry", () => {
    const p = adult();
    for (const e of p.trafficking.events) delete e.from;
    const { cells } = convert(p, "2021");
    expect([cells.majorityStatus, cells.majorityStatusAtExploit, cells.majorityEntry]).toEqual([
      "Adult",
      undefined,
      undefined,
    ]);
  });

  it("a child now was a child then, whatever the dates say", () => {
    const p = child();
    delete p.person.birthDate;
    const { cells } = convert(p, "2021");
    expect([
      cells.ageBroad,
      cells.majorityStatus,
      cells.majorityStatusAtExploit,
      cells.majorityEntry,
    ]).toEqual([undefined, "Minor", "Minor", "Minor"]);
  });

  it("a partial birth date read as the youngest age never makes a stated adult a minor: no age band", () => {
    const p = adult();
    p.person.birthDate = "2008"; // 17 if born on 31 December 2008, at createdAt 2026-03-18
    const { cells, losses } = convert(p, "2024");
    expect(cells.ageBroad).toBeUndefined();
    expect(lossReason(losses, "/*/person/birthDate")).toMatch(/^its age band contradicts the child status/);
  });

  it("sexual and labour exploitation without a sector", () => {
    const p = adult();
    p.trafficking.exploitationForms = ["sexualExploitation", "forcedLabourOrServices"];
    delete p.trafficking.labourSectors;
    const { cells } = convert(p, "2021");
    expect([cells.isSexAndLabour, cells.typeOfLabourNotSpecified]).toEqual(["1", "1"]);
  });

  it("forced begging is forced labour in begging, so the sector is specified", () => {
    const p = adult();
    p.trafficking.exploitationForms = ["forcedBegging"];
    delete p.trafficking.labourSectors;
    const { cells } = convert(p, "2021");
    expect([cells.isForcedLabour, cells.typeOfLabourBegging, cells.typeOfLabourNotSpecified]).toEqual([
      "1",
      "1",
      undefined,
    ]);
  });

  it("gender identity wins over sex, and a differing sex is a loss", () => {
    const p = adult();
    p.person.gender = "transgenderWoman";
    p.person.sex = "male";
    const { cells, losses } = convert(p, "2021");
    expect(cells.gender).toBe("Transgender/NonConforming");
    expect(lossReason(losses, "/*/person/sex")).toMatch(/^the gender column carries the gender identity/);
  });

  it("only the first citizenship and the first country of exploitation are carried", () => {
    const p = adult();
    p.person.citizenships = ["MD", "RO"];
    p.trafficking.events.push({ type: "exploitation", country: "AT", from: "2026-01" });
    const { cells, losses } = convert(p, "2024");
    expect([cells.citizenship, cells.CountryOfExploitation]).toEqual(["MDA", "SVN"]);
    expect(lossReason(losses, "/*/person/citizenships/*")).toMatch(/^CTDC has one citizenship column/);
    const countries = losses
      .filter((l) => l.pointer === "/*/trafficking/events/*/country")
      .map((l) => l.reason);
    expect(countries.some((r) => r.startsWith("CTDC has one country of exploitation"))).toBe(true);
  });

  it("columns whose value encoding is unconfirmed are published empty", () => {
    const { cells } = convert(adult(), "2021");
    for (const c of [
      "Datasource",
      "meansOfControlConcatenated",
      "typeOfExploitConcatenated",
      "typeOfLabourConcatenated",
      "typeOfSexConcatenated",
      "RecruiterRelationship",
    ])
      expect(cells[c]).toBeUndefined();
  });

  it("leaves its input unchanged", () => {
    const input = [adult(), child(), example("mk-presumed")];
    const before = structuredClone(input);
    for (const layout of ["2021", "2024"] as const) toCtdc(input, { layout, k: 2, maxSuppression: 0 });
    expect(input).toEqual(before);
  });
});
