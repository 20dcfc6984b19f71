import type { Consent, Referral } from "@open-trm/schema";
import { createValidator } from "@open-trm/validator";
import { disclose } from "./disclose.js";
import type { BuildReferralOptions, BuildReferralResult } from "./referral-options.js";
import { disclosedSubjectFields, subjectOf, withheldProfileFields } from "./subject.js";
import { readTime } from "./time.js";
import { disclosureRefusals, refuse } from "./types.js";

const validator = createValidator();
const CHILD = new Set(["yes", "presumed"]);

function needsAssessment(o: BuildReferralOptions): boolean {
  return (
    o.kind === "caseTransfer" ||
    o.purpose === "safeReturn" ||
    o.trmStage === "returnAndSocialInclusion" ||
    o.reasons.includes("return")
  );
}

/**
 * Builds a referral whose `subject` holds only what the consent (or a recorded override) discloses to the
 * receiver, with `disclosure` filled in; the result validates with its consent or it is refused.
 * @example
 * const result = buildReferral({ ...options, victimProfile, consent });
 * if (result.ok) send(result.value); else console.error(result.reason, result.message);
 */
export function buildReferral(o: BuildReferralOptions): BuildReferralResult {
  try {
    return build(o);
  } catch {
    // Fail closed on malformed options (a missing array, a hostile object): no referral, no data.
    return refuse("INVALID_INPUT");
  }
}

function build(o: BuildReferralOptions): BuildReferralResult {
  const time = readTime(o.at);
  if (time === undefined || typeof o.to !== "object" || o.to === null) return refuse("INVALID_INPUT");
  const d = disclose(o.victimProfile, {
    ...(o.consent === undefined ? {} : { consent: o.consent }),
    ...(o.override === undefined ? {} : { override: o.override }),
    recipient: {
      focalPoint: o.to.focalPoint,
      country: o.to.country,
      ...(o.recipientCategory === undefined ? {} : { category: o.recipientCategory }),
    },
    purpose: o.purpose,
    at: o.at,
  });
  if (!d.ok) return d;
  const child = CHILD.has(o.victimProfile.person.isChild);
  if (child && d.replacedFields.includes("/person/isChild")) return refuse("CHILD_STATUS_NOT_COVERED");
  if (
    child &&
    (o.childSafeguards === undefined || (needsAssessment(o) && !o.childSafeguards.bestInterestsAssessmentRef))
  )
    return refuse("CHILD_SAFEGUARDS_REQUIRED");
  if (o.trmStage === "returnAndSocialInclusion" && o.riskAssessment === undefined)
    return refuse("RISK_ASSESSMENT_REQUIRED");
  const embed = o.embedVictimProfile === true;
  const { subject, sent } = subjectOf(d, {
    atMs: time.ms,
    embed,
    ...(o.interpreterNeeded === undefined ? {} : { interpreterNeeded: o.interpreterNeeded }),
  });
  const recordedBy = o.recordedBy ?? o.from.focalPoint;
  const status = o.status ?? "draft";
  const referral: Referral = {
    documentType: "referral",
    standardVersion: o.victimProfile.standardVersion,
    id: o.id,
    createdAt: time.text,
    updatedAt: time.text,
    recordedBy,
    correlationId: o.victimProfile.correlationId,
    caseRef: o.victimProfile.id,
    scope: o.from.country === o.to.country ? "national" : "transnational",
    kind: o.kind,
    trmStage: o.trmStage,
    purpose: o.purpose,
    reasons: [...o.reasons],
    servicesRequested: [...o.servicesRequested],
    urgency: o.urgency,
    from: o.from,
    to: o.to,
    subject,
    ...(d.basis === "consent" && d.consentRef !== undefined ? { consentRef: d.consentRef } : {}),
    ...(d.override === undefined
      ? {}
      : {
          consentOverride: {
            legalBasis: d.override.legalBasis,
            justification: d.override.justification,
            authorisedBy: d.override.authorisedBy,
            at: d.override.at,
          },
        }),
    disclosure: {
      disclosedFields: disclosedSubjectFields(subject),
      withheldFields: withheldProfileFields(o.victimProfile, d, sent, embed),
    },
    ...(CHILD.has(subject.isChild) && o.childSafeguards ? { childSafeguards: o.childSafeguards } : {}),
    ...(o.riskAssessment === undefined ? {} : { riskAssessment: o.riskAssessment }),
    ...(o.logistics === undefined ? {} : { logistics: o.logistics }),
    channel: o.channel,
    status,
    statusHistory: [{ status, at: time.text, by: recordedBy }],
    ...(o.responseDueBy === undefined ? {} : { responseDueBy: o.responseDueBy }),
  };
  return checked(referral, d.basis === "consent" ? o.consent : undefined);
}

function checked(referral: Referral, consent: Consent | undefined): BuildReferralResult {
  const bundle = validator.validateBundle(consent === undefined ? [referral] : [referral, consent]);
  if (bundle.ok) return { ok: true, value: referral };
  const issues = bundle.results.flatMap((r, i) =>
    r.issues
      .filter((issue) => issue.severity === "error")
      .map((issue) => ({
        document: i === 0 ? ("referral" as const) : ("consent" as const),
        code: issue.code,
        path: issue.path,
      })),
  );
  return { ok: false, reason: "REFERRAL_INVALID", message: disclosureRefusals.REFERRAL_INVALID, issues };
}
