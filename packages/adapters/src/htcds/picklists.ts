// Open TRM codes <-> HTCDS 2.0 picklist values, one table per HTCDS field. Value names are exactly those of the
// IOM HTCDS 2.0 Field_Standards sheet (CC BY 4.0); a test reads the sheet and checks every value written here.
import { fieldNamed, type HtcdsFieldName } from "./fields.js";

/**
 * How an Open TRM code relates to an HTCDS value: `exact` rows map both ways; `approximate` rows map only to
 * HTCDS (to the nearest value) and are reported as losses; `none` rows have no HTCDS value and are reported as
 * losses.
 * @example
 * const m: Match = "approximate";
 */
export type Match = "exact" | "approximate" | "none";

/**
 * One row of a picklist mapping table.
 * @example
 * const row: PicklistRow = { code: "debtBondage", value: "DebtBondage", match: "exact" };
 */
export interface PicklistRow {
  /** The Open TRM code. */
  readonly code: string;
  /** The HTCDS value name, or null when HTCDS has none for the code. */
  readonly value: string | null;
  readonly match: Match;
}

/**
 * The mapping of one HTCDS picklist field to one Open TRM codelist.
 * @example
 * htcdsPicklists.prs_Gender.codelist; // "gender"
 */
export interface PicklistTable {
  readonly field: HtcdsFieldName;
  /** The Open TRM codelist name (as in `@open-trm/schema/data`). */
  readonly codelist: string;
  readonly rows: readonly PicklistRow[];
}

type Row = readonly [code: string, value: string | null, match?: "approximate"];

function table(field: HtcdsFieldName, codelist: string, rows: readonly Row[]): PicklistTable {
  return {
    field,
    codelist,
    rows: rows.map(([code, value, match]) => ({
      code,
      value,
      match: value === null ? "none" : (match ?? "exact"),
    })),
  };
}

const PLATFORMS: readonly Row[] = [
  ["facebook", "Facebook"],
  ["instagram", "Instagram"],
  ["whatsApp", "WhatsApp"],
  ["telegram", "Telegram"],
  ["facebookMessenger", "FacebookMessenger"],
  ["viber", "Viber"],
  ["snapchat", "SnapChat"],
  ["line", "Line"],
  ["fourSale", "4Sale"],
  ["weChat", "WeChat"],
  ["qq", "QQ"],
  ["qzone", "QZone"],
  ["tikTok", "TikTok"],
  ["twitter", "Twitter"],
  ["other", "Other"],
];

const REFERRAL_REASONS: readonly Row[] = [
  ["additionalServicesRequired", "AdditionalServicesRequired"],
  ["changeOfLocation", "MigrationOrChangeOfLocation"],
  // A return is a move to the country served by the receiver: the nearest HTCDS reason.
  ["return", "MigrationOrChangeOfLocation", "approximate"],
  ["familyReunification", "Other", "approximate"],
  ["legalProceedings", "Other", "approximate"],
  ["other", "Other"],
];

// ISIC Rev.4 sections: the HTCDS value names start with the section letter ("A_AgricultureForestryAndFishing").
const LABOUR_SECTORS: readonly Row[] = (fieldNamed("vic_ForcedLabourIndustry")?.values ?? []).map(
  (v) => [v.slice(0, v.indexOf("_")), v] as const,
);

// biome-ignore format: mapping rows stay one per line
const TABLES: readonly PicklistTable[] = [
  table("prs_Gender", "gender", [
    ["woman", "Feminine"], ["man", "Masculine"], ["transgenderWoman", "TransgenderFeminine"],
    ["transgenderMan", "TransgenderMasculine"], ["nonBinary", "NonConforming"], ["notSpecified", "NonSpecifiedUnknown"],
  ]),
  table("vic_TraffickingStatus", "identificationStatus", [
    ["presumed", "PossibleVictimOfTrafficking"],
    ["identified", "ActualVictimOfTrafficking"],
    ["notAVictim", "NotAVictimOfTrafficking"],
    // Meets the criteria but was not formally identified: HTCDS can only say "possible victim".
    ["identificationDeclined", "PossibleVictimOfTrafficking", "approximate"],
  ]),
  table("vic_TraffickingStatusDecisionMakingOrg", "identificationAuthority", [
    ["police", "Police"], ["ngo", "NGO"], ["courtOrProsecution", "CourtOrProsecution"],
    ["otherGovernment", "NonPoliceGovernmentalOrganization"], ["other", "Other"],
  ]),
  table("vic_RelationshipToTrafficker", "recruiterRelationship", [
    ["intimatePartner", "Acquainted", "approximate"],
    ["family", "Familial"],
    ["friend", "Acquainted", "approximate"],
    ["acquaintance", "Acquainted"],
    ["stranger", "Unaquainted"], // sic: the sheet's spelling
    ["other", null],
    ["unknown", null],
  ]),
  table("vic_RecruitmentWebsitesAndApps", "onlinePlatform", PLATFORMS),
  table("vic_MethodOfRecruitment", "recruitmentMethod", [
    ["atPlaceOfBusiness", "AtAPlaceOfBusiness"], ["atEducationalInstitution", "AtAnEducationalInstitution"],
    ["atWork", "AtWork"], ["onlineSocialNetwork", "ThroughOnlineSocialNetworks"],
    ["onlineAdvertisement", "ThroughAnOnlineAdvertisement"], ["televisionAdvert", "ThroughATelevisionAdvert"],
    ["newspaperAdvert", "ThroughANewspaperAdvert"], ["familyOrFamilyEvents", "ThroughFamilyOrFamilyEvents"],
    ["friendsOrSocialEvents", "ThroughFriendsOrSocialEvents"],
    ["abduction", "Other", "approximate"],
    ["other", "Other"],
    ["unknown", null],
  ]),
  table("vic_MethodsOfControl", "meansOfControl", [
    ["physicalThreats", "PhysicalThreats"], ["threatsOfLawEnforcement", "ThreatsLawEnforcement"],
    ["threatsToFamily", "ThreatensChildrenFamily"], ["debtBondage", "DebtBondage"],
    ["falsePromises", "FalsePromises"], ["physicalAbuse", "PhysicalAbuse"], ["sexualAbuse", "SexualAbuse"],
    ["takesEarnings", "TakesEarnings"], ["restrictsFinancialAccess", "RestrictsFinancialAccess"],
    ["restrictsMedicalCare", "RestrictsMedicalCare"], ["withholdsNecessities", "WithholdsNecessities"],
    ["psychologicalAbuse", "PsychologicalAbuse"], ["psychoactiveSubstances", "PsychoactiveSubstance"],
    ["excessiveWorkingHours", "ExcessiveWorkingHours"], ["withholdsDocuments", "WithholdsDocuments"],
    ["restrictsMovement", "Other", "approximate"],
    ["other", "Other"],
    ["unknown", null],
  ]),
  table("vic_TypeOfExploitation", "exploitationForm", [
    ["sexualExploitation", "SexualExploitation"], ["forcedLabourOrServices", "ForcedLabour"],
    ["forcedBegging", "ForcedBegging"],
    ["slaveryOrSimilarPractices", "Other", "approximate"],
    ["servitude", "Servitude"],
    ["exploitationOfCriminalActivities", "Other", "approximate"],
    ["organRemoval", "OrganRemoval"], ["exploitationOfSurrogacy", "Surrogacy"], ["forcedMarriage", "ForcedMarriage"],
    // Directive (EU) 2024/1712 "illegal adoption" and HTCDS "forced adoption" name the same purpose of trafficking.
    ["illegalAdoption", "ForcedAdoption"],
    ["childLabour", "ChildLabour"], ["forcedMilitaryServiceByNonStateActors", "ForcedMilitaryByNonStateActors"],
    ["other", "Other"],
    ["unknown", null],
  ]),
  table("vic_ForcedLabourIndustry", "labourSector", LABOUR_SECTORS),
  table("vic_TypeOfSexExploitation", "sexualExploitationType", [
    ["prostitution", "Prostitution"], ["pornography", "Pornography"],
    ["remoteInteractiveServices", "RemoteInteractiveServices"], ["privateSexualServices", "PrivateSexualServices"],
  ]),
  table("vic_ExploitationWebsitesAndApps", "onlinePlatform", PLATFORMS),
  table("cas_Status", "caseStatus", [
    ["active", "Active"], ["followUp", "FollowUp"], ["closed", "Closed"], ["closedReferred", "ClosedReferred"],
    // Closed here and handed on to another organisation.
    ["transferred", "ClosedReferred", "approximate"],
    ["duplicate", "Closed", "approximate"],
  ]),
  table("cas_ReasonForIncomingReferral", "referralReason", REFERRAL_REASONS),
  table("cas_ReasonForOutgoingReferral", "referralReason", REFERRAL_REASONS),
  table("hte_Type", "traffickingEventType", [
    ["recruitment", "Recruitment"], ["transit", "Transit"], ["exploitation", "Exploitation"],
  ]),
];

/**
 * The picklist mapping tables, by HTCDS field name.
 * @example
 * htcdsPicklists.vic_MethodsOfControl.rows.find((r) => r.code === "debtBondage")?.value; // "DebtBondage"
 */
export const htcdsPicklists: Readonly<Record<string, PicklistTable>> = Object.fromEntries(
  TABLES.map((t) => [t.field, t]),
);

/** The row of an Open TRM code in a table. */
export function rowOfCode(t: PicklistTable, code: unknown): PicklistRow | undefined {
  return t.rows.find((r) => r.code === code);
}

/** The Open TRM code an HTCDS value reads back as (exact rows only). */
export function codeOfValue(t: PicklistTable, value: string): string | undefined {
  return t.rows.find((r) => r.match === "exact" && r.value === value)?.code;
}
