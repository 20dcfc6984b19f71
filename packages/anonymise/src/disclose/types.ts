import type {
  Consent,
  DataCategory,
  LegalBasis,
  Purpose,
  RecipientCategory,
  VictimProfile,
} from "@open-trm/schema";

/**
 * Why a disclosure or referral was refused, with its fixed message; codes are stable and never reused.
 * @example
 * disclosureRefusals.CONSENT_WITHDRAWN; // "The consent was withdrawn before the time of disclosure."
 */
export const disclosureRefusals = {
  INVALID_INPUT: "An input is not a valid document or request; nothing was disclosed.",
  OVERRIDE_INVALID:
    "An override needs a legal basis other than consent, a non-empty justification and the authorising focal point.",
  SUBJECT_MISMATCH: "The consent's subjectRef is not the victim profile's id.",
  CONSENT_NOT_GIVEN:
    "The consent had not been given at the time of disclosure (no answer yet, or no event recorded).",
  CONSENT_REFUSED: "The consent was refused.",
  CONSENT_WITHDRAWN: "The consent was withdrawn before the time of disclosure.",
  CONSENT_REVOKED: "The consent was revoked before the time of disclosure.",
  CONSENT_EXPIRED: "The consent had expired at the time of disclosure.",
  PURPOSE_NOT_COVERED: "The consent's purposes do not include the purpose of the disclosure.",
  RECIPIENT_NOT_COVERED: "No recipient of the consent covers the recipient of the disclosure.",
  CHILD_SAFEGUARDS_REQUIRED:
    "A child's referral needs childSafeguards, with a best-interests assessment reference for a transfer or return.",
  CHILD_STATUS_NOT_COVERED:
    "A child's referral must tell the receiver that the person is a child, but demographics are not disclosed.",
  RISK_ASSESSMENT_REQUIRED: "A referral at the returnAndSocialInclusion stage needs a riskAssessment.",
  REFERRAL_INVALID: "The referral built does not validate with its consent; nothing was produced.",
} as const;

/**
 * A stable code saying why nothing was disclosed.
 * @example
 * const reason: DisclosureRefusalReason = "PURPOSE_NOT_COVERED";
 */
export type DisclosureRefusalReason = keyof typeof disclosureRefusals;

/**
 * Who receives the data: a focal point, a country, a recipient category, or several of these.
 * @example
 * const to: DisclosureRecipient = { focalPoint: "00000000-0000-4000-8000-000000005401", country: "MD" };
 */
export interface DisclosureRecipient {
  /** The receiving focal point's id (default: unknown, so only recipients without a focal point can match). */
  readonly focalPoint?: string;
  /** The receiving country, ISO 3166-1 alpha-2 (default: unknown, so only country-free recipients can match). */
  readonly country?: string;
  /** The kind of recipient (default: any; the consent's withholdings for every matching category apply). */
  readonly category?: RecipientCategory;
}

/**
 * A decision to disclose on a legal basis other than consent, recorded in the result.
 * @example
 * const o: DisclosureOverride = { legalBasis: "vitalInterests", justification: "Child in immediate danger.",
 *   authorisedBy: "00000000-0000-4000-8000-000000005101", dataCategories: ["demographics"] };
 */
export interface DisclosureOverride {
  /** The legal basis; `consent` and `explicitConsent9a` are not allowed here. */
  readonly legalBasis: LegalBasis;
  /** Why the disclosure proceeds without consent; never empty. */
  readonly justification: string;
  /** The focal point that authorised the override. */
  readonly authorisedBy: string;
  /** The data categories the override discloses (default: every category; pass the minimum needed). */
  readonly dataCategories?: readonly DataCategory[];
}

/**
 * An override as recorded in a disclosure result, with the time of disclosure and the categories disclosed.
 * @example
 * const r: RecordedOverride = { legalBasis: "vitalInterests", justification: "...", authorisedBy: "...",
 *   at: "2026-03-04T23:00:00+01:00", dataCategories: ["demographics"] };
 */
export interface RecordedOverride {
  readonly legalBasis: LegalBasis;
  readonly justification: string;
  readonly authorisedBy: string;
  /** The time of disclosure, RFC 3339. */
  readonly at: string;
  readonly dataCategories: readonly DataCategory[];
}

/**
 * What to disclose to whom, why and when.
 * @example
 * const options: DiscloseOptions = { consent, purpose: "safeReturn", at: "2026-05-05T11:00:00+02:00",
 *   recipient: { country: "MD", category: "serviceProvider" } };
 */
export interface DiscloseOptions {
  /** The person's consent record (default: none, so only an override can allow disclosure). */
  readonly consent?: Consent;
  /** Who receives the data. */
  readonly recipient: DisclosureRecipient;
  /** Why the data is shared. */
  readonly purpose: Purpose;
  /** The time of disclosure: an RFC 3339 date-time with offset, or a Date. */
  readonly at: string | Date;
  /** Used only when the consent does not cover the request (default: none). */
  readonly override?: DisclosureOverride;
}

/**
 * A successful disclosure: the minimised victim profile and what was disclosed, withheld and replaced.
 * @example
 * if (result.ok) send(result.value, result.disclosedFields);
 */
export interface DisclosureSuccess {
  readonly ok: true;
  /** The victim profile reduced to the covered fields; a valid victimProfile document. */
  readonly value: VictimProfile;
  /** Pointers of the quasi, direct, special or free-text leaves in `value` (non-empty, not placeholders). */
  readonly disclosedFields: readonly string[];
  /** Pointers into the input whose every leaf below was withheld: absent from `value` or replaced (smallest set). */
  readonly withheldFields: readonly string[];
  /** Pointers in `value` holding a neutral placeholder instead of the withheld value. */
  readonly replacedFields: readonly string[];
  /** The data categories disclosed. */
  readonly categories: readonly DataCategory[];
  /** Whether the consent or an override allowed the disclosure. */
  readonly basis: "consent" | "override";
  /** The consent's id, when the consent allowed it. */
  readonly consentRef?: string;
  /** The override, when it allowed the disclosure. */
  readonly override?: RecordedOverride;
}

/**
 * A refused disclosure: a reason code and a fixed message, never any data.
 * @example
 * if (!result.ok) console.error(result.reason, result.message);
 */
export interface DisclosureRefusal {
  readonly ok: false;
  readonly reason: DisclosureRefusalReason;
  readonly message: string;
}

/**
 * The result of `disclose`.
 * @example
 * const result: DisclosureResult = disclose(profile, options);
 */
export type DisclosureResult = DisclosureSuccess | DisclosureRefusal;

/** Builds a refusal with its fixed message. */
export function refuse(reason: DisclosureRefusalReason): DisclosureRefusal {
  return { ok: false, reason, message: disclosureRefusals[reason] };
}
