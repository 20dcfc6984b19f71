import type { Consent, FocalPoint, Referral, VictimProfile } from "@open-trm/schema";

export type { TrmDocument } from "../result.js";

/**
 * A referral with the documents sent along with it, the content of one exchange between focal points.
 * @example
 * const exchange: FhirExchange = { referral, victimProfile, consent, focalPoints: [sender, receiver] };
 */
export interface FhirExchange {
  /** The referral (required). */
  readonly referral: Referral;
  /** The victim profile of the case, when it is sent. */
  readonly victimProfile?: VictimProfile;
  /** The consent that covers the referral, when it is sent. */
  readonly consent?: Consent;
  /** The focal points the documents refer to (sender, receiver, ...), when they are sent. */
  readonly focalPoints?: readonly FocalPoint[];
}
