// The consent gate of POST /referrals: the stored consent must cover what the referral discloses, to whom, for
// what purpose, at the node's current time. The category tables and `disclose` are @open-trm/anonymise's; the
// cross-document rule TRM-X001 is @open-trm/validator's.
import {
  categoryOfField,
  coverage,
  type DisclosureRefusalReason,
  disclose,
  consentRefusalAt as refusalAt,
} from "@open-trm/anonymise";
import { canonicalJson } from "@open-trm/client";
import type { Consent, DataCategory, Referral } from "@open-trm/schema";
import type { Issue } from "@open-trm/validator";
import { crossRuleIssues } from "./cross-rules.js";

/**
 * Why the gate refused a referral: a refusal code of `disclose`, or one of the node's own; sent as the `detail` of
 * a `consent-not-covering` problem.
 * @example
 * const reason: GateRefusal = "DATA_CATEGORY_NOT_COVERED";
 */
export type GateRefusal =
  | DisclosureRefusalReason
  | "CONSENT_UNKNOWN"
  | "DATA_CATEGORY_NOT_COVERED"
  | "CONSENT_NOT_GIVEN_WHEN_SENT";

/** The gate's verdict: pass, or a refusal code (for the problem's `detail`) with the rule issues, if any. */
export type GateResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: GateRefusal; readonly issues?: readonly Issue[] };

type Subject = Referral["subject"];
type SubjectField = Exclude<keyof Subject, "victimProfile">;

// The victim profile field each subject field is taken from (as buildReferral takes it); its data category is
// anonymise's `categoryOfField` of that field. `identificationStatus` is always disclosed.
const SUBJECT_SOURCE: Readonly<Record<SubjectField, string | null>> = {
  isChild: "/person/isChild",
  sex: "/person/sex",
  ageBand: "/person/birthDate",
  citizenships: "/person/citizenships",
  languages: "/person/languages/*/tag",
  interpreterNeeded: "/person/languages/*/interpreterNeeded",
  exploitationForms: "/trafficking/exploitationForms",
  identificationStatus: null,
};

// Values that say nothing about the person: the neutral stand-ins of a withheld required field.
const isNeutral = (value: unknown): boolean =>
  value === "unknown" ||
  (Array.isArray(value) && (value.length === 0 || (value.length === 1 && value[0] === "unknown")));

/**
 * Whether a consent allows data disclosed under it to be read at `now` (given or renewed, not expired), else the
 * refusal code.
 * @example
 * consentRefusalAt(consent, new Date()); // undefined, or "CONSENT_WITHDRAWN"
 */
export function consentRefusalAt(consent: Consent, now: Date): DisclosureRefusalReason | undefined {
  return refusalAt(consent, now.getTime());
}

// The categories the consent lets the receiver have now (anonymise's `coverage`: subject, state, purpose,
// recipient, then the categories withheld from the recipient), or why it lets it have nothing.
function covered(consent: Consent, referral: Referral, now: Date): Set<DataCategory> | GateRefusal {
  const to = { focalPoint: referral.to.focalPoint, country: referral.to.country };
  const c = coverage(consent, {
    subjectId: referral.caseRef,
    purpose: referral.purpose,
    to,
    atMs: now.getTime(),
  });
  return c.ok ? new Set(c.categories) : c.reason;
}

function valueAt(doc: unknown, pointer: string): unknown {
  let value = doc;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

// An embedded victim profile passes when `disclose` would send it unchanged: everything it withholds was absent
// from the payload or already its neutral stand-in.
function embeddedProfileRefusal(consent: Consent, referral: Referral, now: Date): GateRefusal | undefined {
  const profile = referral.subject.victimProfile;
  if (profile === undefined) return undefined;
  const d = disclose(profile, {
    consent,
    purpose: referral.purpose,
    at: now,
    recipient: { focalPoint: referral.to.focalPoint, country: referral.to.country },
  });
  if (!d.ok) return d.reason;
  const replaced = new Set(d.replacedFields);
  const extra = d.withheldFields.some(
    (p) =>
      !replaced.has(p) ||
      canonicalJson(valueAt(profile, p) ?? null) !== canonicalJson(valueAt(d.value, p) ?? null),
  );
  return extra ? "DATA_CATEGORY_NOT_COVERED" : undefined;
}

/**
 * Checks a structurally valid referral against its stored consent (undefined when the node has none the sender may
 * see) at `now`: coverage of purpose, receiver and the data categories of every disclosed subject field, the embedded
 * victim profile through `disclose`, and rule TRM-X001. A referral with a `consentOverride` and no `consentRef`
 * passes (rule TRM-R004 has checked the override).
 * @example
 * const verdict = checkConsentGate(referral, consent, { now: new Date() });
 * if (!verdict.ok) refuse(422, verdict.reason);
 */
export function checkConsentGate(
  referral: Referral,
  consent: Consent | undefined,
  options: { readonly now: Date },
): GateResult {
  if (referral.consentRef === undefined) return { ok: true };
  if (consent === undefined) return { ok: false, reason: "CONSENT_UNKNOWN" };
  const categories = covered(consent, referral, options.now);
  if (!(categories instanceof Set)) return { ok: false, reason: categories };
  for (const [field, source] of Object.entries(SUBJECT_SOURCE) as [SubjectField, string | null][]) {
    const value = referral.subject[field];
    if (source === null || value === undefined || isNeutral(value)) continue;
    const category = categoryOfField(source);
    if (category === undefined || !categories.has(category))
      return { ok: false, reason: "DATA_CATEGORY_NOT_COVERED" };
  }
  const embedded = embeddedProfileRefusal(consent, referral, options.now);
  if (embedded !== undefined) return { ok: false, reason: embedded };
  const issues = crossRuleIssues("TRM-X001", referral, consent, options.now).filter(
    (i) => i.severity === "error",
  );
  return issues.length > 0 ? { ok: false, reason: "CONSENT_NOT_GIVEN_WHEN_SENT", issues } : { ok: true };
}
