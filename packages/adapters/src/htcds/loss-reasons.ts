// Why a value is not carried, as data: Open TRM pointers HTCDS has no field for (to HTCDS), and HTCDS fields
// Open TRM has no field for (from HTCDS). Reasons name fields and rules, never values.
import type { HtcdsDocumentName } from "./field-map.js";
import { fieldNamed } from "./fields.js";

/**
 * Victim profile values HTCDS cannot carry that `fromHtcds` takes from its options instead.
 * @example
 * htcdsOptionFields.find((o) => o.pointer === "/id")?.option; // "id"
 */
export const htcdsOptionFields: readonly { readonly pointer: string; readonly option: string }[] = [
  { pointer: "/id", option: "id" },
  { pointer: "/createdAt", option: "createdAt" },
  { pointer: "/updatedAt", option: "updatedAt" },
  { pointer: "/recordedBy", option: "focalPoint" },
  { pointer: "/correlationId", option: "correlationId" },
  { pointer: "/caseOwner", option: "caseOwner" },
  { pointer: "/assistance/trmStage", option: "trmStage" },
  { pointer: "/assistance/cooperationWithAuthorities", option: "cooperationWithAuthorities" },
  { pointer: "/consentRefs", option: "consentRefs" },
  { pointer: "/legalBases", option: "legalBases" },
];

const NO_FIELD = "HTCDS 2.0 has no field for this";

// Pointer patterns ("*" matches a list index); the longest matching pattern gives the reason.
// biome-ignore format: reason rows stay one per line
const TO_HTCDS: readonly (readonly [HtcdsDocumentName, string, string])[] = [
  ...htcdsOptionFields.map(({ pointer, option }) => ["victimProfile", pointer, `HTCDS has no field for this; fromHtcds takes it from options.${option}`] as const),
  ["victimProfile", "/extensions", "HTCDS has no place for Open TRM extensions"],
  ["victimProfile", "/person/sex", "HTCDS 2.0 records gender (prs_Gender), not sex"],
  ["victimProfile", "/person/isChild", "HTCDS has no child-status field; fromHtcds derives it from prs_Birthdate on the updatedAt date, which gives another value here"],
  ["victimProfile", "/person/languages/*", "HTCDS has two language fields (primary and secondary)"],
  ["victimProfile", "/person/languages/*/interpreterNeeded", "no HTCDS field says whether an interpreter is needed"],
  ["victimProfile", "/person/identityDocuments", "prs_IdentityNumber holds a bare national number, without the document type, issuing country and holder Open TRM requires"],
  ["victimProfile", "/person/contact/phones/*", "HTCDS has two phone fields (mobile and home)"],
  ["victimProfile", "/person/contact/emails/*", "HTCDS has one e-mail field"],
  ["victimProfile", "/person/dependants", "prs_NumberOfChildren counts children, not dependants, and no field says whether they accompany the person"],
  ["victimProfile", "/childContext", "HTCDS 2.0 has no fields for a child's separation, guardian or best-interests assessments"],
  ["victimProfile", "/trafficking/labourSectors/*", "vic_ForcedLabourIndustry is a single picklist: it holds the first sector only"],
  ["victimProfile", "/trafficking/events/*", "a flat HTCDS record holds one historic trafficking event (hte_ fields): the first"],
  ["victimProfile", "/trafficking/events/*/to", "hte_Date holds one date, the start of the event"],
  ["victimProfile", "/indicators", "HTCDS 2.0 has no fields for ILO/EC indicators (its assessment sections give example questions only)"],
  ["victimProfile", "/perpetrators", "HTCDS keeps perpetrators as separate person records (per_ fields), not in the victim's record"],
  ["victimProfile", "/assistance", "HTCDS support plans (spl_) are separate records; needs, services, reflection period and permits have no field in the case record"],
  ["victimProfile", "/proceedings", "HTCDS 2.0 has no fields for legal proceedings"],
  ["referral", "", "HTCDS holds a referral as the referred or referring organisation, a reason and a date; the rest comes back from options.referral"],
  ["referral", "/statusHistory", "HTCDS keeps only the referral date (cas_OutgoingReferralDate or cas_IncomingReferralDate), not the status history"],
  ["consent", "", "HTCDS holds only whether consent is in effect (con_Consent); the record comes back from options.consent"],
];

const wildcard = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, "/*");
const under = (p: string, pattern: string) => pattern === "" || p === pattern || p.startsWith(`${pattern}/`);

/** Why an Open TRM value (pointer relative to its document) is not written to HTCDS. */
export function reasonNotWritten(document: HtcdsDocumentName, pointer: string): string {
  const p = wildcard(pointer);
  let best: readonly [HtcdsDocumentName, string, string] | undefined;
  for (const row of TO_HTCDS) {
    if (row[0] === document && under(p, row[1]) && (best === undefined || row[1].length > best[1].length))
      best = row;
  }
  return best?.[2] ?? NO_FIELD;
}

// HTCDS field names or name prefixes Open TRM does not read, and why.
// biome-ignore format: reason rows stay one per line
const FROM_HTCDS: readonly (readonly [string, string])[] = [
  ["org_", "organisation fields describe an organisation record; Open TRM keeps organisations as focal points"],
  ["prs_Salutation", "Open TRM keeps given and family names only"],
  ["prs_MiddleName", "Open TRM keeps given and family names only"],
  ["prs_Title", "Open TRM keeps no job title of the person"],
  ["prs_NumberOfChildren", "Open TRM counts dependants, and whether they accompany the person, not children"],
  ["prs_IdentityNumber", "an Open TRM identity document needs a type, issuing country and holder, which HTCDS does not give"],
  ["prs_Mailing", "Open TRM keeps no postal address of the person"],
  ["vic_AgeWhenTrafficked", "Open TRM records the birth date and dated events, not an age at trafficking"],
  ["vic_LocationOf", "a lookup to an organisation record; Open TRM events hold a country, subdivision and place"],
  ["per_", "perpetrator fields belong to a perpetrator's person record, not the victim's"],
  ["cas_CaseOwner", "a lookup to a user; the Open TRM case owner is a focal point, taken from options.caseOwner"],
  ["cas_ReferringPrimaryCaseWorker", "a lookup to a person record; Open TRM names the case worker as text"],
  ["cas_ReferredPrimaryCaseWorker", "a lookup to a person record; Open TRM names the case worker as text"],
  ["cas_IncomingReferralDetails", "Open TRM has no free-text field for referral details"],
  ["cas_OutgoingReferralDetails", "Open TRM has no free-text field for referral details"],
  ["hte_", "Open TRM events hold a country, subdivision and place, not coordinates or an address"],
  ["spl_", "support plans have no Open TRM equivalent: services are listed without objectives or action plans"],
];

/** Why an HTCDS field is not read into Open TRM. */
export function reasonNotRead(field: string): string {
  if (fieldNamed(field)?.status === "DEPRECATED") return "the field is deprecated in HTCDS 2.0";
  const row = FROM_HTCDS.filter(([prefix]) => field.startsWith(prefix)).sort(
    (a, b) => b[0].length - a[0].length,
  )[0];
  return row?.[1] ?? "Open TRM has no field for it";
}
