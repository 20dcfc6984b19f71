import type { Consent, Purpose, RecipientCategory, Referral, VictimProfile } from "@open-trm/schema";
import type { DisclosureOverride, DisclosureRefusalReason } from "./types.js";

/**
 * What to refer, from whom to whom, and why; the subject and disclosure are computed from the consent.
 * @example
 * const options: BuildReferralOptions = { victimProfile, consent, id, at: "2026-05-05T11:00:00+02:00",
 *   from, to, purpose: "safeReturn", kind: "serviceReferral", trmStage: "returnAndSocialInclusion",
 *   reasons: ["return"], servicesRequested: ["safeReturn"], urgency: "within30Days", channel: "encryptedEmail",
 *   riskAssessment };
 */
export interface BuildReferralOptions {
  /** The sender's victim profile of the case. */
  readonly victimProfile: VictimProfile;
  /** The consent that covers the referral (default: none, so an override is needed). */
  readonly consent?: Consent;
  /** A decision to refer on a legal basis other than consent, used when the consent does not cover it (default: none). */
  readonly override?: DisclosureOverride;
  /** The referral's own id, a UUID. */
  readonly id: string;
  /** When the referral is created and, with `status: "sent"`, sent: RFC 3339 or a Date, not in the future. */
  readonly at: string | Date;
  /** The sender. */
  readonly from: Referral["from"];
  /** The receiver; its focal point and country are the recipient of the disclosure. */
  readonly to: Referral["to"];
  /** The receiver's recipient category (default: any; withholdings for every matching category apply). */
  readonly recipientCategory?: RecipientCategory;
  /** Why the data is shared. */
  readonly purpose: Purpose;
  /** What the referral asks for. */
  readonly kind: Referral["kind"];
  /** The TRM stage of the referral. */
  readonly trmStage: Referral["trmStage"];
  /** Why the person is referred. */
  readonly reasons: Referral["reasons"];
  /** Services the receiver is asked to provide. */
  readonly servicesRequested: Referral["servicesRequested"];
  /** How soon the receiver must act. */
  readonly urgency: Referral["urgency"];
  /** How the referral is transmitted. */
  readonly channel: Referral["channel"];
  /** The first status (default: `"draft"`). */
  readonly status?: "draft" | "sent";
  /** Who records the referral (default: `from.focalPoint`). */
  readonly recordedBy?: string;
  /** Required for a child (isChild yes or presumed); used only then (default: none). */
  readonly childSafeguards?: NonNullable<Referral["childSafeguards"]>;
  /** Required at the `returnAndSocialInclusion` stage (default: none). */
  readonly riskAssessment?: NonNullable<Referral["riskAssessment"]>;
  /** Travel and document logistics (default: none). */
  readonly logistics?: NonNullable<Referral["logistics"]>;
  /** When the receiver should respond, RFC 3339 (default: none). */
  readonly responseDueBy?: string;
  /** Whether the receiver needs an interpreter (default: derived from the profile's languages, when disclosed). */
  readonly interpreterNeeded?: boolean;
  /** Whether to embed the minimised victim profile in `subject` (default: false). */
  readonly embedVictimProfile?: boolean;
}

/**
 * The result of `buildReferral`; a refusal lists validation issues (codes and pointers, no values) when the
 * built referral did not validate.
 * @example
 * const r: BuildReferralResult = buildReferral(options);
 */
export type BuildReferralResult =
  | { readonly ok: true; readonly value: Referral }
  | {
      readonly ok: false;
      readonly reason: DisclosureRefusalReason;
      readonly message: string;
      readonly issues?: readonly { document: "referral" | "consent"; code: string; path: string }[];
    };
