// Value encodings of the CTDC publication layouts, as data. Sources (see docs/mappings/ctdc.md for the full list):
// [K21] column list of "The Global K-anon Dataset 15 July 2021.xlsx" and its data dictionary of 2021-08-25, as read by
//       public analysis code; [S24] the 27 columns of the CTDC Global Synthetic Dataset (2024), as read by public ETL
//       code; [DM] Open TRM data model section 8. Flags are "1" or empty in both layouts [DM].
import type { AgeBand } from "@open-trm/schema/data";
import type { CtdcLayout } from "./types.js";

/** A published flag: set (`"1"`) or empty. */
export const FLAG = "1";

/** `ageBroad` label of each ageBand code, with whether the band is under 18 [K21] [DM]. */
export const ageBroadRows: readonly {
  readonly band: AgeBand;
  readonly label: string;
  readonly minor: boolean;
}[] = [
  { band: "age0to8", label: "0--8", minor: true },
  { band: "age9to17", label: "9--17", minor: true },
  { band: "age18to20", label: "18--20", minor: false },
  { band: "age21to23", label: "21--23", minor: false },
  { band: "age24to26", label: "24--26", minor: false },
  { band: "age27to29", label: "27--29", minor: false },
  { band: "age30to38", label: "30--38", minor: false },
  { band: "age39to47", label: "39--47", minor: false },
  { band: "age48plus", label: "48+", minor: false },
];

/** `majorityStatus`, `majorityStatusAtExploit` and `majorityEntry` values [K21]. */
export const majority = { minor: "Minor", adult: "Adult" } as const;

/**
 * Minority at registration by `person.isChild`; `presumed` counts as a minor (presumption of minority, CoE CETS 197
 * Art. 10(3)); `unknown` leaves the age band (if any) to decide.
 */
export const childStatusRows: readonly { readonly code: string; readonly minor: boolean | undefined }[] = [
  { code: "yes", minor: true },
  { code: "presumed", minor: true },
  { code: "no", minor: false },
  { code: "unknown", minor: undefined },
];

/**
 * One row of a gender encoding: the Open TRM field and code, and the CTDC value: `""` is published as an empty
 * cell (CTDC has no "not specified" value), `undefined` means the code is not carried (a loss).
 */
export interface GenderRow {
  readonly field: "gender" | "sex";
  readonly code: string;
  readonly value: string | undefined;
}

const gender = (man: string, woman: string, other: string): readonly GenderRow[] => [
  { field: "gender", code: "man", value: man },
  { field: "gender", code: "woman", value: woman },
  { field: "gender", code: "transgenderWoman", value: other },
  { field: "gender", code: "transgenderMan", value: other },
  { field: "gender", code: "nonBinary", value: other },
  { field: "gender", code: "notSpecified", value: "" },
  { field: "sex", code: "male", value: man },
  { field: "sex", code: "female", value: woman },
  { field: "sex", code: "intersex", value: undefined },
  { field: "sex", code: "unknown", value: "" },
];

/** `gender` by layout: `gender` first, `sex` when gender is absent or not specified [K21] [S24]. */
export const genderRows: Readonly<Record<CtdcLayout, readonly GenderRow[]>> = {
  "2021": gender("Male", "Female", "Transgender/NonConforming"),
  "2024": gender("Man", "Woman", "Trans/Transgender/NonConforming"),
};

/** `traffickMonths` bands of the 2024 layout by `trafficking.durationMonths` (upper bound inclusive) [S24]. */
export const traffickMonthsRows: readonly { readonly upTo: number; readonly label: string }[] = [
  { upTo: 12, label: "0--12 (0-1 yr)" },
  { upTo: 24, label: "13--24 (1-2 yrs)" },
  { upTo: Number.POSITIVE_INFINITY, label: "25+ (2+ yrs)" },
];

/** The multi-valued Open TRM fields that flag columns read. */
export type FlagField =
  | "meansOfControl"
  | "exploitationForms"
  | "labourSectors"
  | "sexualExploitationTypes"
  | "recruitmentMethods"
  | "recruiterRelationship";

/** A flag column: `"1"` when the field holds one of `codes`; an empty `codes` list means no Open TRM code maps. */
export interface FlagRow {
  readonly column: string;
  readonly field: FlagField;
  readonly codes: readonly string[];
}

const flags = (field: FlagField, rows: Readonly<Record<string, readonly string[]>>): FlagRow[] =>
  Object.entries(rows).map(([column, codes]) => ({ column, field, codes }));

const LABOUR = ["forcedLabourOrServices", "forcedBegging", "exploitationOfCriminalActivities"];

/** Flag columns of the 2021 layout, in their published order within each group [K21]. */
export const flagRows2021 = {
  means: flags("meansOfControl", {
    meansOfControlDebtBondage: ["debtBondage"],
    meansOfControlTakesEarnings: ["takesEarnings"],
    meansOfControlRestrictsFinancialAccess: ["restrictsFinancialAccess"],
    meansOfControlThreats: ["physicalThreats", "threatsToFamily"],
    meansOfControlPsychologicalAbuse: ["psychologicalAbuse"],
    meansOfControlPhysicalAbuse: ["physicalAbuse"],
    meansOfControlSexualAbuse: ["sexualAbuse"],
    meansOfControlFalsePromises: ["falsePromises"],
    meansOfControlPsychoactiveSubstances: ["psychoactiveSubstances"],
    meansOfControlRestrictsMovement: ["restrictsMovement"],
    meansOfControlRestrictsMedicalCare: ["restrictsMedicalCare"],
    meansOfControlExcessiveWorkingHours: ["excessiveWorkingHours"],
    meansOfControlUsesChildren: [],
    meansOfControlThreatOfLawEnforcement: ["threatsOfLawEnforcement"],
    meansOfControlWithholdsNecessities: ["withholdsNecessities"],
    meansOfControlWithholdsDocuments: ["withholdsDocuments"],
    meansOfControlOther: ["other"],
    meansOfControlNotSpecified: ["unknown"],
  }),
  exploitation: flags("exploitationForms", {
    isForcedLabour: LABOUR,
    isSexualExploit: ["sexualExploitation"],
    isOtherExploit: ["exploitationOfSurrogacy", "illegalAdoption", "childLabour", "other"],
  }),
  exploitationMore: flags("exploitationForms", {
    isForcedMarriage: ["forcedMarriage"],
    isForcedMilitary: ["forcedMilitaryServiceByNonStateActors"],
    isOrganRemoval: ["organRemoval"],
    isSlaveryAndPractices: ["slaveryOrSimilarPractices", "servitude"],
  }),
  // ISIC Rev.4 sections; aquafarming and peddling are parts of sections A and G that a section cannot single out.
  labour: [
    ...flags("labourSectors", { typeOfLabourAgriculture: ["A"], typeOfLabourAquafarming: [] }),
    ...flags("exploitationForms", { typeOfLabourBegging: ["forcedBegging"] }),
    ...flags("labourSectors", {
      typeOfLabourConstruction: ["F"],
      typeOfLabourDomesticWork: ["T"],
      typeOfLabourHospitality: ["I"],
    }),
    ...flags("exploitationForms", { typeOfLabourIllicitActivities: ["exploitationOfCriminalActivities"] }),
    ...flags("labourSectors", {
      typeOfLabourManufacturing: ["C"],
      typeOfLabourMiningOrDrilling: ["B"],
      typeOfLabourPeddling: [],
      typeOfLabourTransportation: ["H"],
      typeOfLabourOther: ["D", "E", "G", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "U"],
    }),
  ],
  sex: flags("sexualExploitationTypes", {
    typeOfSexProstitution: ["prostitution"],
    typeOfSexPornography: ["pornography"],
    typeOfSexRemoteInteractiveServices: ["remoteInteractiveServices"],
    typeOfSexPrivateSexualServices: ["privateSexualServices"],
  }),
  abduction: flags("recruitmentMethods", { isAbduction: ["abduction"] }),
  recruiter: flags("recruiterRelationship", {
    recruiterRelationIntimatePartner: ["intimatePartner"],
    recruiterRelationFriend: ["friend"],
    recruiterRelationFamily: ["family"],
    recruiterRelationOther: ["acquaintance", "other"],
    recruiterRelationUnknown: ["unknown"],
  }),
} as const;

/** Flag columns of the 2024 layout: means of control collapsed into 8 columns [S24]. */
export const flagRows2024 = {
  means: flags("meansOfControl", {
    meansDebtBondageEarnings: ["debtBondage", "takesEarnings"],
    meansThreats: ["physicalThreats", "threatsToFamily", "threatsOfLawEnforcement"],
    meansAbusePsyPhySex: ["psychologicalAbuse", "physicalAbuse", "sexualAbuse"],
    meansFalsePromises: ["falsePromises"],
    meansDrugsAlcohol: ["psychoactiveSubstances"],
    meansDenyBasicNeeds: [
      "withholdsNecessities",
      "restrictsMedicalCare",
      "restrictsFinancialAccess",
      "restrictsMovement",
    ],
    meansExcessiveWorkHours: ["excessiveWorkingHours"],
    meansWithholdDocs: ["withholdsDocuments"],
  }),
  exploitation: flags("exploitationForms", {
    isForcedLabour: LABOUR,
    isSexualExploit: ["sexualExploitation"],
    isOtherExploit: [
      "slaveryOrSimilarPractices",
      "servitude",
      "organRemoval",
      "exploitationOfSurrogacy",
      "forcedMarriage",
      "illegalAdoption",
      "childLabour",
      "forcedMilitaryServiceByNonStateActors",
      "other",
    ],
  }),
  labour: flags("labourSectors", {
    sectorOfLabourAgriculture: ["A"],
    sectorOfLabourConstruction: ["F"],
    sectorOfLabourDomesticWork: ["T"],
    sectorOfLabourHospitality: ["I"],
  }),
  sex: flags("sexualExploitationTypes", {
    sectorOfSexProstitution: ["prostitution"],
    sectorOfSexPornography: ["pornography"],
  }),
  recruiter: flags("recruiterRelationship", {
    recruiterRelationIntimatePartner: ["intimatePartner"],
    recruiterRelationFriend: ["friend"],
    recruiterRelationFamily: ["family"],
    recruiterRelationOther: ["acquaintance", "other"],
  }),
} as const;
