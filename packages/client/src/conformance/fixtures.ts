// The synthetic documents the tester sends: a consent recorded by focal point A and a referral from A to B under
// it. They are shortened copies of examples/consent/si-adult-consent-return.json and
// examples/referral/si-to-md-adult-return-service-referral.json, re-addressed to the focal points under test.
import { randomUUID } from "node:crypto";
import type { Consent, FocalPoint, Referral } from "../client/types.js";

/** The two focal points a referral goes between, as the node's directory lists them. */
export interface Parties {
  readonly a: Pick<FocalPoint, "id" | "country">;
  readonly b: Pick<FocalPoint, "id" | "country">;
}

// RFC 3339 UTC, without milliseconds: the form the examples use.
const stamp = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;
const minutesBefore = (now: Date, m: number): string => stamp(new Date(now.getTime() - m * 60_000));

/**
 * A consent recorded and controlled by A, given ten minutes before `now`, for a referral to B: B's focal point
 * and country are the only recipients, with the purposes and data categories the referral needs.
 * @example
 * const consent = conformanceConsent({ a: directory.focalPoints[0], b: directory.focalPoints[1] }, crypto.randomUUID(), new Date());
 */
export function conformanceConsent(parties: Parties, caseRef: string, now: Date): Consent {
  const { a, b } = parties;
  const given = minutesBefore(now, 10);
  return {
    documentType: "consent",
    standardVersion: "1.0",
    id: randomUUID(),
    createdAt: given,
    updatedAt: given,
    recordedBy: a.id,
    subjectRef: caseRef,
    givenBy: { role: "self" },
    purposes: ["assistanceAndCaseManagement", "nationalReferral", "transnationalReferral"],
    recipients: [{ category: "focalPoint", country: b.country, focalPoint: b.id }],
    dataCategories: ["identity", "contact", "demographics", "traffickingExperience", "health", "immigration"],
    legalBases: ["consent", "explicitConsent9a"],
    informedOf: {
      purpose: true,
      dataUse: true,
      recipients: true,
      retention: true,
      rightOfAccess: true,
      withdrawal: true,
    },
    notice: { ref: "https://example.org/conformance/privacy-notice", version: "1.0", language: "en" },
    collectionMethod: "written",
    controllers: [a.id],
    jurisdiction: a.country,
    retentionPeriod: "P1Y",
    withdrawalMethod: "Synthetic test consent of trm conformance-test; it describes no one.",
    events: [{ state: "given", at: given, recordedBy: a.id }],
  } as Consent;
}

/** Options of `conformanceReferral`. */
export interface ReferralFixtureOptions {
  /** The consent the referral is sent under; its `subjectRef` is the referral's `caseRef`. */
  readonly consent: Consent;
  /** The tester's clock; the referral says it was drafted and sent five minutes before. */
  readonly now: Date;
  /** Planted in the free-text `note` of the `sent` history entry, so that any echo of it can be found. */
  readonly marker: string;
  /** The referral id (default: a new UUID). */
  readonly id?: string;
}

/**
 * A referral from A to B in status `sent`, disclosing only the subject fields its consent covers.
 * @example
 * const referral = conformanceReferral(parties, { consent, now: new Date(), marker: newMarker() });
 */
export function conformanceReferral(parties: Parties, options: ReferralFixtureOptions): Referral {
  const { a, b } = parties;
  const sentAt = minutesBefore(options.now, 5);
  const national = a.country === b.country;
  return {
    documentType: "referral",
    standardVersion: "1.0",
    id: options.id ?? randomUUID(),
    createdAt: sentAt,
    updatedAt: sentAt,
    recordedBy: a.id,
    correlationId: randomUUID(),
    caseRef: options.consent.subjectRef,
    scope: national ? "national" : "transnational",
    kind: "serviceReferral",
    // Not a return: a return referral needs a risk assessment (rule TRM-R006) that would name a third party.
    trmStage: "longTermAssistanceAndSocialInclusion",
    purpose: national ? "nationalReferral" : "transnationalReferral",
    reasons: ["additionalServicesRequired"],
    servicesRequested: ["shelter", "medical", "psychological"],
    urgency: "within30Days",
    from: { focalPoint: a.id, country: a.country },
    to: { focalPoint: b.id, country: b.country },
    subject: {
      isChild: "no",
      sex: "male",
      ageBand: "age30to38",
      citizenships: [b.country],
      languages: ["en"],
      interpreterNeeded: false,
      exploitationForms: ["forcedLabourOrServices"],
      identificationStatus: "identified",
    },
    consentRef: options.consent.id,
    disclosure: {
      disclosedFields: [
        "/subject/isChild",
        "/subject/sex",
        "/subject/ageBand",
        "/subject/citizenships",
        "/subject/languages",
        "/subject/exploitationForms",
      ],
      withheldFields: ["/person", "/trafficking", "/indicators", "/perpetrators", "/proceedings"],
    },
    channel: "securePlatform",
    status: "sent",
    statusHistory: [
      { status: "draft", at: sentAt, by: a.id },
      { status: "sent", at: sentAt, by: a.id, note: options.marker },
    ],
  } as Referral;
}

/**
 * A random marker that no conforming node has any reason to send back: `TRMCT-` and 20 hex digits.
 * @example
 * const marker = newMarker(); // "TRMCT-3f9a..."; later: expect(errorText.includes(marker)).toBe(false)
 */
export function newMarker(): string {
  return `TRMCT-${randomUUID().replace(/-/g, "").slice(0, 20)}`;
}
