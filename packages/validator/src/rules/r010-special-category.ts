// TRM-R010: a victim profile holding special-category data (GDPR Art. 9/10) lists an Art. 9(2) condition in
// `legalBases`. Checked for the victim profile document and for a victim profile embedded in a referral at
// `/subject/victimProfile` (whose own `legalBases` then applies). Error at `legalBases` of the profile.
// - Special data is any present leaf whose sensitivity class is `special`, read from `leafSensitivities`.
// - An empty array (e.g. `assistance.needs: []`) holds no data and does not count; any other value does, so
//   `assistance.cooperationWithAuthorities` (required) counts even as `notAsked`: the answer is itself about
//   criminal proceedings. In effect every victim profile needs an Art. 9(2) condition.
import type { VictimProfile } from "@open-trm/schema";
import { type LegalBasis, leafSensitivities } from "@open-trm/schema/data";
import { isEmptyArray, presentLeaves } from "./shared/pointer.js";
import { defineRule, type Finding } from "./types.js";

/** The GDPR Art. 9(2) conditions of the legalBasis codelist. */
export const ART9_CONDITIONS: readonly LegalBasis[] = [
  "explicitConsent9a",
  "vitalInterestsIncapable9c",
  "legalClaims9f",
  "substantialPublicInterest9g",
  "healthOrSocialCare9h",
];

/** Pointers of the special-category fields present in a victim profile (empty arrays do not count). */
export function specialFields(profile: VictimProfile): string[] {
  return presentLeaves(profile, leafSensitivities("victimProfile"))
    .filter((leaf) => leaf.sensitivity === "special" && !isEmptyArray(leaf.value))
    .map((leaf) => leaf.pointer);
}

function check(profile: VictimProfile, prefix: string): Finding[] {
  // The cheap test first: with an Art. 9(2) condition listed, the walk over every leaf is not needed.
  if (profile.legalBases.some((basis) => ART9_CONDITIONS.includes(basis))) return [];
  if (specialFields(profile).length === 0) return [];
  return [
    {
      path: `${prefix}/legalBases`,
      detail:
        "`legalBases` lists no Art. 9(2) condition, yet special fields such as `assistance.cooperationWithAuthorities` are present.",
    },
  ];
}

/** TRM-R010: special-category data present -> `legalBases` includes an Art. 9(2) condition. */
export const r010 = defineRule({
  id: "TRM-R010",
  documentTypes: ["victimProfile", "referral"],
  check(doc) {
    if (doc.documentType === "victimProfile") return check(doc, "");
    const embedded = doc.subject.victimProfile;
    return embedded === undefined ? [] : check(embedded, "/subject/victimProfile");
  },
});
