// TRM-X001: a referral's consent, when it is in the bundle, covers the referral. For each referral with
// `consentRef` whose consent (same `id`, UUIDs compared case-insensitively) is in the bundle; when several
// versions share the id, the one with the latest `updatedAt` is read. A consent not in the bundle is no finding.
// Findings are on the referral at `/consentRef`, one per failed condition, each with its own fixed detail:
// - the consent's `subjectRef` is the referral's `caseRef`;
// - at the moment the referral entered `sent` (its first `sent` entry in `statusHistory`; `createdAt` when it was
//   never sent) the consent's state, that of its latest event at or before that moment, is given or renewed, and
//   that event's `validUntil`, if any, is not before the moment;
// - `purposes` includes the referral's `purpose`;
// - a recipient covers the receiver: a recipient naming a focal point covers exactly that focal point
//   (`to.focalPoint`); one without a focal point covers `to.country`, or every country when it names none.
import type { Consent, Referral } from "@open-trm/schema";
import { ofType, sameId } from "./shared/bundle.js";
import { instantOf } from "./shared/time.js";
import type { CrossFinding, CrossRule } from "./types.js";

function stateAt(consent: Consent, moment: number): { given: boolean; expired: boolean } {
  let latest: { at: number; event: Consent["events"][number] } | undefined;
  for (const event of consent.events) {
    const at = instantOf(event.at);
    if (at !== undefined && at <= moment && (latest === undefined || at >= latest.at)) latest = { at, event };
  }
  const state = latest?.event.state;
  const until = latest?.event.validUntil === undefined ? undefined : instantOf(latest.event.validUntil);
  return { given: state === "given" || state === "renewed", expired: until !== undefined && until < moment };
}

function failures(referral: Referral, consent: Consent): string[] {
  const out: string[] = [];
  if (!sameId(consent.subjectRef, referral.caseRef)) {
    out.push("The consent's `subjectRef` is not the referral's `caseRef`.");
  }
  const sent = referral.statusHistory.find((entry) => entry.status === "sent");
  const moment = instantOf(sent?.at ?? referral.createdAt);
  if (moment !== undefined) {
    const { given, expired } = stateAt(consent, moment);
    if (!given) out.push("The consent was not given or renewed when the referral was sent.");
    else if (expired) out.push("The consent had expired (`validUntil`) when the referral was sent.");
  }
  if (!consent.purposes.includes(referral.purpose)) {
    out.push("The consent's `purposes` do not include the referral's `purpose`.");
  }
  const covers = consent.recipients.some((r) =>
    r.focalPoint !== undefined
      ? sameId(r.focalPoint, referral.to.focalPoint)
      : r.country === undefined || r.country === referral.to.country,
  );
  if (!covers) out.push("No recipient of the consent covers the receiver (`to.focalPoint` or `to.country`).");
  return out;
}

function current(consents: readonly Consent[]): Consent | undefined {
  let best: { consent: Consent; at: number } | undefined;
  for (const consent of consents) {
    const at = instantOf(consent.updatedAt) ?? Number.NEGATIVE_INFINITY;
    if (best === undefined || at > best.at) best = { consent, at };
  }
  return best?.consent;
}

/** TRM-X001: the referral's consent is given when sent, covers purpose and receiver, and is about the case. */
export const x001: CrossRule = {
  id: "TRM-X001",
  check(entries) {
    const consents = ofType(entries, "consent").map((e) => e.doc);
    const findings: CrossFinding[] = [];
    for (const { index, doc: referral } of ofType(entries, "referral")) {
      const ref = referral.consentRef;
      if (ref === undefined) continue;
      const consent = current(consents.filter((c) => sameId(c.id, ref)));
      if (consent === undefined) continue;
      for (const detail of failures(referral, consent)) findings.push({ index, path: "/consentRef", detail });
    }
    return findings;
  },
};
