// Whether a consent covers a request, with the semantics of the validator's TRM-X001: the state at a moment is
// that of the latest event at or before it (a later event at the same instant wins), a passed `validUntil` means
// expired, a recipient naming a focal point covers only that focal point, one naming only a country covers that
// country, one naming neither covers every recipient of its category.
import type { Consent, ConsentState, DataCategory, Purpose } from "@open-trm/schema";
import { instantOf } from "./time.js";
import type { DisclosureRecipient, DisclosureRefusalReason } from "./types.js";

/**
 * The state of a consent at an instant: that of its latest event at or before it, `expired` when that event is
 * given or renewed and its `validUntil` has passed, `undefined` when no event had happened yet.
 * @example
 * consentStateAt(consent, Date.parse("2026-05-05T09:00:00Z")); // "given"
 */
export function consentStateAt(consent: Consent, atMs: number): ConsentState | undefined {
  let latest: { at: number; event: Consent["events"][number] } | undefined;
  for (const event of consent.events) {
    const at = instantOf(event.at);
    if (at !== undefined && at <= atMs && (latest === undefined || at >= latest.at)) latest = { at, event };
  }
  if (latest === undefined) return undefined;
  const { state, validUntil } = latest.event;
  // `validUntil` bounds a given or renewed consent only; a withdrawal stays a withdrawal.
  if (state !== "given" && state !== "renewed") return state;
  const until = validUntil === undefined ? undefined : instantOf(validUntil);
  return until !== undefined && until < atMs ? "expired" : state;
}

const REFUSAL_BY_STATE: Readonly<Record<ConsentState, DisclosureRefusalReason | undefined>> = {
  given: undefined,
  renewed: undefined,
  requested: "CONSENT_NOT_GIVEN",
  refused: "CONSENT_REFUSED",
  withdrawn: "CONSENT_WITHDRAWN",
  revoked: "CONSENT_REVOKED",
  expired: "CONSENT_EXPIRED",
};

/**
 * Why data disclosed under a consent may not be used at an instant (not given or renewed then, or expired), or
 * `undefined` when it may.
 * @example
 * consentRefusalAt(consent, Date.now()); // undefined, or "CONSENT_WITHDRAWN"
 */
export function consentRefusalAt(consent: Consent, atMs: number): DisclosureRefusalReason | undefined {
  const state = consentStateAt(consent, atMs);
  return state === undefined ? "CONSENT_NOT_GIVEN" : REFUSAL_BY_STATE[state];
}

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The consent's recipients that cover a request's recipient. */
export function coveringRecipients(consent: Consent, to: DisclosureRecipient): Consent["recipients"] {
  return consent.recipients.filter(
    (r) =>
      (to.category === undefined || r.category === to.category) &&
      (r.focalPoint !== undefined
        ? to.focalPoint !== undefined && sameId(r.focalPoint, to.focalPoint)
        : r.country === undefined || r.country === to.country),
  );
}

/** What a consent allows for a request: the data categories, or why it allows nothing. */
export type Coverage =
  | { readonly ok: true; readonly categories: readonly DataCategory[] }
  | { readonly ok: false; readonly reason: DisclosureRefusalReason };

/**
 * Checks a consent against a request, in a fixed order: subject, state at the time, purpose, recipient; then
 * removes the categories withheld from the recipient's category. When the request names no category, the
 * categories of the recipients naming its focal point are its categories; failing those, every matching one is.
 * @example
 * coverage(consent, { subjectId: profile.id, purpose: "safeReturn", to: { focalPoint, country: "MD" }, atMs: Date.now() });
 * // { ok: true, categories: ["identity", "contact", ...] } or { ok: false, reason: "PURPOSE_NOT_COVERED" }
 */
export function coverage(
  consent: Consent,
  request: { subjectId: string; purpose: Purpose; to: DisclosureRecipient; atMs: number },
): Coverage {
  if (!sameId(consent.subjectRef, request.subjectId)) return { ok: false, reason: "SUBJECT_MISMATCH" };
  const refusal = consentRefusalAt(consent, request.atMs);
  if (refusal !== undefined) return { ok: false, reason: refusal };
  if (!consent.purposes.includes(request.purpose)) return { ok: false, reason: "PURPOSE_NOT_COVERED" };
  const matching = coveringRecipients(consent, request.to);
  if (matching.length === 0) return { ok: false, reason: "RECIPIENT_NOT_COVERED" };
  const withheld = consent.withheld;
  // Without a category, a recipient naming the focal point tells its category; else every match may be it.
  const named = matching.filter((r) => r.focalPoint !== undefined);
  const candidates = named.length > 0 ? named : matching;
  const applies =
    withheld !== undefined &&
    (request.to.category !== undefined
      ? withheld.fromRecipients.includes(request.to.category)
      : candidates.some((r) => withheld.fromRecipients.includes(r.category)));
  const excluded = new Set<DataCategory>(applies ? withheld.categories : []);
  const categories = [...new Set(consent.dataCategories)].filter((c) => !excluded.has(c));
  return { ok: true, categories };
}
