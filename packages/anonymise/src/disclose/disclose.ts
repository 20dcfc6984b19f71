import type { DataCategory, LegalBasis, VictimProfile } from "@open-trm/schema";
import { codelists, country } from "@open-trm/schema/data";
import { createValidator } from "@open-trm/validator";
import { coverage } from "./coverage.js";
import { minimise } from "./minimise.js";
import { readTime } from "./time.js";
import {
  type DiscloseOptions,
  type DisclosureRefusal,
  type DisclosureResult,
  type RecordedOverride,
  refuse,
} from "./types.js";

// Structure only: the semantic rules judge a document against the clock of the call, not against `at`.
const structure = createValidator({ rules: false });
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const CONSENT_BASES: ReadonlySet<LegalBasis> = new Set<LegalBasis>(["consent", "explicitConsent9a"]);
const has = (codes: readonly string[], value: unknown): boolean =>
  typeof value === "string" && codes.includes(value);

function validDocument(doc: unknown, type: "victimProfile" | "consent"): boolean {
  const result = structure.validate(doc);
  return result.ok && result.documentType === type;
}

function validRequest(options: DiscloseOptions): boolean {
  const { recipient, purpose } = options;
  if (typeof recipient !== "object" || recipient === null) return false;
  if (recipient.focalPoint === undefined && recipient.country === undefined) return false;
  if (
    recipient.focalPoint !== undefined &&
    !(typeof recipient.focalPoint === "string" && UUID.test(recipient.focalPoint))
  )
    return false;
  if (recipient.country !== undefined && !has(country.codes, recipient.country)) return false;
  if (recipient.category !== undefined && !has(codelists.recipientCategory.codes, recipient.category))
    return false;
  return has(codelists.purpose.codes, purpose);
}

function validOverride(override: NonNullable<DiscloseOptions["override"]>): boolean {
  return (
    has(codelists.legalBasis.codes, override.legalBasis) &&
    !CONSENT_BASES.has(override.legalBasis) &&
    typeof override.justification === "string" &&
    override.justification.trim() !== "" &&
    typeof override.authorisedBy === "string" &&
    UUID.test(override.authorisedBy) &&
    (override.dataCategories === undefined ||
      (Array.isArray(override.dataCategories) &&
        override.dataCategories.every((c) => has(codelists.dataCategory.codes, c))))
  );
}

/**
 * Returns the part of a victim profile that a consent (or a recorded override) allows a recipient to receive
 * for a purpose at a time, and fails closed: any doubt gives a refusal carrying no data.
 * @example
 * const result = disclose(profile, { consent, purpose: "safeReturn", at: "2026-05-05T11:00:00+02:00",
 *   recipient: { focalPoint: "00000000-0000-4000-8000-000000005401", country: "MD" } });
 * if (result.ok) send(result.value); else console.error(result.reason, result.message);
 */
export function disclose(victimProfile: VictimProfile, options: DiscloseOptions): DisclosureResult {
  try {
    return discloseChecked(victimProfile, options);
  } catch {
    // Fail closed on anything unforeseen (a getter that throws, a hostile object): nothing leaves.
    return refuse("INVALID_INPUT");
  }
}

function discloseChecked(profile: VictimProfile, options: DiscloseOptions): DisclosureResult {
  if (typeof options !== "object" || options === null) return refuse("INVALID_INPUT");
  const time = readTime(options.at);
  if (time === undefined || !validRequest(options) || !validDocument(profile, "victimProfile"))
    return refuse("INVALID_INPUT");
  const { consent, override } = options;
  if (consent !== undefined && !validDocument(consent, "consent")) return refuse("INVALID_INPUT");
  if (override !== undefined && !validOverride(override)) return refuse("OVERRIDE_INVALID");
  let refusal: DisclosureRefusal = refuse("CONSENT_NOT_GIVEN");
  if (consent !== undefined) {
    const covered = coverage(consent, {
      subjectId: profile.id,
      purpose: options.purpose,
      to: options.recipient,
      atMs: time.ms,
    });
    if (covered.ok) {
      const result = minimise(profile, new Set(covered.categories));
      return {
        ok: true,
        ...result,
        categories: covered.categories,
        basis: "consent",
        consentRef: consent.id,
      };
    }
    // A consent about someone else is a mistake an override must not paper over.
    if (covered.reason === "SUBJECT_MISMATCH") return refuse(covered.reason);
    refusal = refuse(covered.reason);
  }
  if (override === undefined) return refusal;
  const categories: readonly DataCategory[] = [
    ...new Set(override.dataCategories ?? codelists.dataCategory.codes),
  ];
  const recorded: RecordedOverride = {
    legalBasis: override.legalBasis,
    justification: override.justification,
    authorisedBy: override.authorisedBy,
    at: time.text,
    dataCategories: categories,
  };
  return {
    ok: true,
    ...minimise(profile, new Set(categories)),
    categories,
    basis: "override",
    override: recorded,
  };
}
