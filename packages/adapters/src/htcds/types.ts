import type {
  Consent,
  CooperationStatus,
  LegalBasis,
  Referral,
  TrmStage,
  VictimProfile,
} from "@open-trm/schema";

/**
 * The Open TRM documents one HTCDS record stands for: a victim profile, and optionally one referral of the case
 * and one consent of the person.
 * @example
 * const docs: HtcdsDocuments = { victimProfile, referral, consent };
 */
export interface HtcdsDocuments {
  readonly victimProfile: VictimProfile;
  readonly referral?: Referral;
  readonly consent?: Consent;
}

/**
 * What `fromHtcds` needs besides the record: the victim profile values HTCDS has no field for, chosen by the
 * importing system (never invented), and the referral and consent the record's referral and consent fields update.
 * @example
 * const options: FromHtcdsOptions = {
 *   id: "00000000-0000-4000-8000-000000001901", createdAt: "2026-11-20T09:00:00+01:00",
 *   focalPoint: "00000000-0000-4000-8000-000000005302", trmStage: "identification",
 *   cooperationWithAuthorities: "notAsked", legalBases: ["legalObligation", "substantialPublicInterest9g"],
 * };
 */
export interface FromHtcdsOptions {
  /** `id` of the victim profile: a new UUID of the importing system (no default: ids are never derived). */
  readonly id: string;
  /** `createdAt` of the victim profile, RFC 3339 with offset (no default). */
  readonly createdAt: string;
  /** `updatedAt`; also the date a child's age is judged on and the time of a consent event (default: `createdAt`). */
  readonly updatedAt?: string;
  /** The importing focal point, the controller: `recordedBy`, and `caseOwner` unless given (no default). */
  readonly focalPoint: string;
  /** `caseOwner` (default: `focalPoint`). */
  readonly caseOwner?: string;
  /** `correlationId` shared across borders (default: `id`, a case not yet linked to another country's). */
  readonly correlationId?: string;
  /** `assistance.trmStage` (no default). */
  readonly trmStage: TrmStage;
  /** `assistance.cooperationWithAuthorities` (no default: HTCDS has no field and Open TRM no `unknown` code). */
  readonly cooperationWithAuthorities: CooperationStatus;
  /** `legalBases` of the importing controller, at least one; an Art. 9 condition if special data is read (no default). */
  readonly legalBases: readonly LegalBasis[];
  /** `consentRefs` (default: the `consent` option's id when given, else none). */
  readonly consentRefs?: readonly string[];
  /** The referral the record's cas_ referral fields update (default: none; the fields are then losses). */
  readonly referral?: Referral;
  /** The consent record con_Consent updates (default: none; the field is then a loss). */
  readonly consent?: Consent;
}
