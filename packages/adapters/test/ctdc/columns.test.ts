import { describe, expect, it } from "vitest";
import { ctdcColumns, ctdcQuasiGroups, toCtdc } from "../../src/ctdc/index.js";
import { layouts } from "../../src/ctdc/input.js";
import { adult, copies } from "./support/profiles.js";

// Written out from the sources, not from the adapter: the 2021 list as in "The Global K-anon Dataset 15 July 2021"
// (sheet CTDC_K_anon_ds), the 2024 list as the 27 variables of the Global Synthetic Dataset (docs/mappings/ctdc.md).
// biome-ignore format: a column list reads best packed
const COLUMNS_2021 = [
  "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus", "majorityStatusAtExploit",
  "majorityEntry", "citizenship", "meansOfControlDebtBondage", "meansOfControlTakesEarnings",
  "meansOfControlRestrictsFinancialAccess", "meansOfControlThreats", "meansOfControlPsychologicalAbuse",
  "meansOfControlPhysicalAbuse", "meansOfControlSexualAbuse", "meansOfControlFalsePromises",
  "meansOfControlPsychoactiveSubstances", "meansOfControlRestrictsMovement", "meansOfControlRestrictsMedicalCare",
  "meansOfControlExcessiveWorkingHours", "meansOfControlUsesChildren", "meansOfControlThreatOfLawEnforcement",
  "meansOfControlWithholdsNecessities", "meansOfControlWithholdsDocuments", "meansOfControlOther",
  "meansOfControlNotSpecified", "meansOfControlConcatenated", "isForcedLabour", "isSexualExploit", "isOtherExploit",
  "isSexAndLabour", "isForcedMarriage", "isForcedMilitary", "isOrganRemoval", "isSlaveryAndPractices",
  "typeOfExploitConcatenated", "typeOfLabourAgriculture", "typeOfLabourAquafarming", "typeOfLabourBegging",
  "typeOfLabourConstruction", "typeOfLabourDomesticWork", "typeOfLabourHospitality", "typeOfLabourIllicitActivities",
  "typeOfLabourManufacturing", "typeOfLabourMiningOrDrilling", "typeOfLabourPeddling", "typeOfLabourTransportation",
  "typeOfLabourOther", "typeOfLabourNotSpecified", "typeOfLabourConcatenated", "typeOfSexProstitution",
  "typeOfSexPornography", "typeOfSexRemoteInteractiveServices", "typeOfSexPrivateSexualServices",
  "typeOfSexConcatenated", "isAbduction", "RecruiterRelationship", "CountryOfExploitation",
  "recruiterRelationIntimatePartner", "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther",
  "recruiterRelationUnknown",
];

// biome-ignore format: a column list reads best packed
const COLUMNS_2024 = [
  "yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation", "traffickMonths",
  "meansDebtBondageEarnings", "meansThreats", "meansAbusePsyPhySex", "meansFalsePromises", "meansDrugsAlcohol",
  "meansDenyBasicNeeds", "meansExcessiveWorkHours", "meansWithholdDocs", "isForcedLabour", "isSexualExploit",
  "isOtherExploit", "sectorOfLabourAgriculture", "sectorOfLabourConstruction", "sectorOfLabourDomesticWork",
  "sectorOfLabourHospitality", "sectorOfSexProstitution", "sectorOfSexPornography",
  "recruiterRelationIntimatePartner", "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther",
];

describe("CTDC column sets", () => {
  it.each([
    { layout: "2021" as const, want: COLUMNS_2021, count: 63 },
    { layout: "2024" as const, want: COLUMNS_2024, count: 27 },
  ])("the $layout layout has exactly its $count columns, in order", ({ layout, want, count }) => {
    expect(want).toHaveLength(count);
    expect(new Set(want).size).toBe(count);
    expect(ctdcColumns[layout]).toEqual(want);
    const r = toCtdc(copies(adult(), 3), { layout, k: 3 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.columns).toEqual(want);
    for (const row of r.value.rows) expect(row).toHaveLength(count);
  });

  it.each(["2021", "2024"] as const)(
    "%s: the 2024 means columns are exactly 8 collapsed columns",
    (layout) => {
      const means = ctdcColumns[layout].filter((c) => /^means[A-Z]/.test(c) && !c.startsWith("meansOf"));
      expect(means).toHaveLength(layout === "2024" ? 8 : 0);
    },
  );

  it.each(["2021", "2024"] as const)(
    "%s: quasi-identifier groups are disjoint and name layout columns",
    (layout) => {
      const grouped = Object.values(ctdcQuasiGroups[layout]).flat();
      expect(new Set(grouped).size).toBe(grouped.length);
      for (const c of grouped) expect(ctdcColumns[layout]).toContain(c);
      for (const g of layouts[layout].groups) {
        const columns = ctdcQuasiGroups[layout][g.name] ?? [];
        expect(columns.length).toBeGreaterThan(0);
        // Every coarsening step keeps a subset of the previous one, ending with nothing.
        let previous: readonly string[] = columns;
        for (const step of g.steps) {
          for (const c of step.keep) expect(previous).toContain(c);
          previous = step.keep;
        }
        expect(previous).toEqual([]);
      }
    },
  );

  it("means of control are sensitive attributes, never quasi-identifiers", () => {
    for (const layout of ["2021", "2024"] as const) {
      const grouped = Object.values(ctdcQuasiGroups[layout]).flat();
      expect(grouped.filter((c) => c.startsWith("means"))).toEqual([]);
    }
  });
});
