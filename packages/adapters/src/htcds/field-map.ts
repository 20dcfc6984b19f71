// Open TRM field pointers <-> HTCDS 2.0 field names, as data. Rules are applied in this order when reading, so
// that list slots fill from the first (mobile phone before home phone, primary language before secondary).
import * as c from "./codecs.js";
import type { HtcdsFieldName } from "./fields.js";
import { htcdsPicklists, type PicklistTable } from "./picklists.js";
import { consentCheckbox, platforms, statusDate } from "./structured-codecs.js";

/**
 * The Open TRM documents one HTCDS record is made of.
 * @example
 * const doc: HtcdsDocumentName = "referral";
 */
export type HtcdsDocumentName = "victimProfile" | "referral" | "consent";

/**
 * One mapping rule: which Open TRM value an HTCDS field holds.
 * @example
 * htcdsFieldMap.find((r) => r.field === "prs_Gender")?.pointer; // "/person/gender"
 */
export interface FieldRule {
  readonly field: HtcdsFieldName;
  readonly document: HtcdsDocumentName;
  /** JSON Pointer of the value in that document; a numeric token is a slot of a list. */
  readonly pointer: string;
  readonly codec: c.Codec;
  /** Referral rules apply to an `outgoing` referral (its caseRef is this victim profile) or an `incoming` one. */
  readonly direction?: "outgoing" | "incoming";
  /** Reading fails without the field, because Open TRM requires the value. */
  readonly required?: true;
  /** Written to HTCDS only; why it is not read back. */
  readonly oneWay?: string;
  /** Written as a summary that carries no Open TRM value exactly, so its source still counts as lost. */
  readonly summary?: true;
}

function pick(field: HtcdsFieldName): PicklistTable {
  const t = htcdsPicklists[field];
  if (t === undefined) throw new Error(`no picklist table for ${field}`);
  return t;
}

const vp = (
  field: HtcdsFieldName,
  pointer: string,
  codec: c.Codec,
  extra: Partial<FieldRule> = {},
): FieldRule => ({
  field,
  document: "victimProfile",
  pointer,
  codec,
  ...extra,
});
const ref = (
  field: HtcdsFieldName,
  pointer: string,
  codec: c.Codec,
  extra: Partial<FieldRule>,
): FieldRule => ({
  field,
  document: "referral",
  pointer,
  codec,
  ...extra,
});

const HISTORY =
  "Open TRM keeps referral status changes as date-times in statusHistory; the date alone is not read back";

/**
 * The field map: every HTCDS field the adapter writes or reads, with the Open TRM value it stands for.
 * @example
 * htcdsFieldMap.filter((r) => r.document === "referral").map((r) => r.field);
 */
export const htcdsFieldMap: readonly FieldRule[] = [
  vp("prs_FirstName", "/person/givenNames", c.text),
  vp("prs_SecondName", "/person/familyNames", c.text),
  vp("prs_Birthdate", "/person/birthDate", c.date),
  vp("prs_Gender", "/person/gender", c.picklist(pick("prs_Gender"))),
  vp("prs_PrimaryLanguage", "/person/languages/0/tag", c.language),
  vp("prs_SecondaryLanguage", "/person/languages/1/tag", c.language),
  vp("prs_Citizenship", "/person/citizenships", c.countries),
  vp("prs_Email", "/person/contact/emails/0", c.text),
  vp("prs_MobilePhone", "/person/contact/phones/0", c.phone),
  vp("prs_HomePhone", "/person/contact/phones/1", c.phone),
  vp("vic_TraffickingStatus", "/identification/status", c.picklist(pick("vic_TraffickingStatus")), {
    required: true,
  }),
  vp(
    "vic_TraffickingStatusDecisionMakingOrg",
    "/identification/decidedBy",
    c.picklist(pick("vic_TraffickingStatusDecisionMakingOrg")),
  ),
  vp(
    "vic_RelationshipToTrafficker",
    "/trafficking/recruiterRelationship",
    c.picklist(pick("vic_RelationshipToTrafficker")),
  ),
  vp(
    "vic_RecruitmentWebsitesAndApps",
    "/trafficking/onlinePlatforms",
    platforms(pick("vic_RecruitmentWebsitesAndApps"), "recruitment"),
  ),
  vp(
    "vic_MethodOfRecruitment",
    "/trafficking/recruitmentMethods",
    c.multiselect(pick("vic_MethodOfRecruitment")),
  ),
  vp("vic_MethodsOfControl", "/trafficking/meansOfControl", c.multiselect(pick("vic_MethodsOfControl"))),
  vp(
    "vic_TypeOfExploitation",
    "/trafficking/exploitationForms",
    c.multiselect(pick("vic_TypeOfExploitation")),
  ),
  vp(
    "vic_ForcedLabourIndustry",
    "/trafficking/labourSectors/0",
    c.picklist(pick("vic_ForcedLabourIndustry")),
  ),
  vp(
    "vic_TypeOfSexExploitation",
    "/trafficking/sexualExploitationTypes",
    c.multiselect(pick("vic_TypeOfSexExploitation")),
  ),
  vp(
    "vic_ExploitationWebsitesAndApps",
    "/trafficking/onlinePlatforms",
    platforms(pick("vic_ExploitationWebsitesAndApps"), "exploitation"),
  ),
  vp("cas_Status", "/case/status", c.picklist(pick("cas_Status")), { required: true }),
  vp("cas_ReasonForCaseClosure", "/case/closureReason", c.text),
  vp("cco_CaseComment", "/case/notes", c.text),
  vp("hte_Type", "/trafficking/events/0/type", c.picklist(pick("hte_Type"))),
  vp("hte_Country", "/trafficking/events/0/country", c.countryText),
  vp("hte_State", "/trafficking/events/0/subdivision", c.text),
  vp("hte_Description", "/trafficking/events/0/place", c.text),
  vp("hte_Date", "/trafficking/events/0/from", c.date),
  ref("cas_ReferredOrganisation", "/to/focalPoint", c.focalPointLookup, { direction: "outgoing" }),
  ref("cas_ReasonForOutgoingReferral", "/reasons/0", c.picklist(pick("cas_ReasonForOutgoingReferral")), {
    direction: "outgoing",
  }),
  ref("cas_OutgoingReferralDate", "/statusHistory", statusDate("sent"), {
    direction: "outgoing",
    oneWay: HISTORY,
  }),
  ref("cas_ReferringOrganisation", "/from/focalPoint", c.focalPointLookup, { direction: "incoming" }),
  ref("cas_ReasonForIncomingReferral", "/reasons/0", c.picklist(pick("cas_ReasonForIncomingReferral")), {
    direction: "incoming",
  }),
  ref("cas_IncomingReferralDate", "/statusHistory", statusDate("accepted"), {
    direction: "incoming",
    oneWay: HISTORY,
  }),
  { field: "con_Consent", document: "consent", pointer: "/events", codec: consentCheckbox, summary: true },
];

/**
 * A group of slots that Open TRM needs together: when a record fills only some, the group is not read and its
 * fields are reported as losses.
 * @example
 * htcdsGroups[0]?.requires; // ["type", "country"]
 */
export const htcdsGroups: readonly { readonly pointer: string; readonly requires: readonly string[] }[] = [
  { pointer: "/trafficking/events/0", requires: ["type", "country"] },
];
