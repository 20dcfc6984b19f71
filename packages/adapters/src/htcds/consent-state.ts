// con_Consent (a checkbox) against an Open TRM consent record: the checkbox says whether consent is in effect.
// HTCDS 2.0 guidance for the field: "Does the individual consent/assent to the interview?" plus the duties to
// inform; Open TRM keeps the full record (ISO/IEC TS 27560 style) with its event history.
import type { Consent, ConsentState } from "@open-trm/schema";

/**
 * The checkbox value of each Open TRM consent state: true while consent is in effect, false once refused or
 * ended, null (the field is left empty) while consent is only requested.
 * @example
 * consentCheckboxOfState.withdrawn; // false
 */
export const consentCheckboxOfState: Readonly<Record<ConsentState, boolean | null>> = {
  requested: null,
  given: true,
  refused: false,
  withdrawn: false,
  revoked: false,
  expired: false,
  renewed: true,
};

/**
 * The state a consent moves to when an imported checkbox disagrees with its current state; null means no
 * change. Ended consents come back through `renewed`, as rule TRM-R009 requires.
 * @example
 * consentStateAfterCheckbox.given.false; // "withdrawn"
 */
export const consentStateAfterCheckbox: Readonly<
  Record<ConsentState, { readonly true: ConsentState | null; readonly false: ConsentState | null }>
> = {
  requested: { true: "given", false: "refused" },
  given: { true: null, false: "withdrawn" },
  renewed: { true: null, false: "withdrawn" },
  refused: { true: "renewed", false: null },
  withdrawn: { true: "renewed", false: null },
  revoked: { true: "renewed", false: null },
  expired: { true: "renewed", false: null },
};

type ConsentEvent = Consent["events"][number];

/** The current state: the last event's, or `expired` once its `validUntil` lies before `asOf`. */
export function currentConsentState(events: readonly ConsentEvent[], asOf: string): ConsentState | undefined {
  const last = events[events.length - 1];
  if (last === undefined) return undefined;
  const until = last.validUntil === undefined ? Number.NaN : Date.parse(last.validUntil);
  return until < Date.parse(asOf) ? "expired" : last.state;
}

/**
 * Applies an imported checkbox to a consent record: when it disagrees with the current state, one event is
 * appended at `at`, recorded by `by`, and the record's `updatedAt` and `recordedBy` follow it.
 */
export function applyConsentCheckbox(base: Consent, checked: boolean, at: string, by: string): Consent {
  const current = currentConsentState(base.events, at);
  if (current === undefined) return base;
  const next = consentStateAfterCheckbox[current][checked ? "true" : "false"];
  if (next === null) return base;
  const later = Date.parse(at) > Date.parse(base.updatedAt);
  return {
    ...base,
    ...(later ? { updatedAt: at } : {}),
    recordedBy: by,
    events: [...base.events, { state: next, at, recordedBy: by }],
  };
}
