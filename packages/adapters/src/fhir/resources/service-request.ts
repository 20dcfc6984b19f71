// referral -> ServiceRequest + Task (hl7.org/fhir/R4/servicerequest.html, hl7.org/fhir/R4/task.html). The
// ServiceRequest carries what is asked of whom and about which case; the Task carries the referral's status as
// the receiver moves it on. A disclosed victim profile is a contained Patient.
import type { Referral } from "@open-trm/schema";
import { trmConcept } from "../codings.js";
import { fieldNodes } from "../specs/index.js";
import { toFhirCode } from "../tables/code-map.js";
import { urgencyMap } from "../tables/codes.js";
import { referralRequestStatusMap, referralTaskStatusMap } from "../tables/status.js";
import type { FhirReference, FhirServiceRequest, FhirTask } from "../types.js";
import { CORRELATION_ID_SYSTEM, FHIR, profileUrl, UUID_URN_PREFIX } from "../urls.js";
import { derivedUuid, documentIdentifier, reference, type WriteContext } from "../write/context.js";
import { documentExtensions } from "../write/encode.js";
import { maybe, some } from "../write/shape.js";
import { patientOf } from "./patient.js";

const node = fieldNodes.referral;

/** Local id of the contained Patient that holds a disclosed victim profile. */
export const CONTAINED_PROFILE_ID = "victim-profile";
/** SNOMED CT 3457005 "Patient referral", the category of every referral ServiceRequest. */
export const REFERRAL_CATEGORY = { system: FHIR.snomed, code: "3457005", display: "Patient referral" };

/**
 * The fullUrl UUID of the Task that tracks a referral (stable for the same referral id).
 * @example
 * taskUuid("00000000-0000-4000-8000-000000002101") === taskUuid("00000000-0000-4000-8000-000000002101"); // true
 */
export function taskUuid(referralId: string): string {
  return derivedUuid(referralId, "Task");
}

function supportingInfo(r: Referral, ctx: WriteContext): FhirReference[] {
  const bia = r.childSafeguards?.bestInterestsAssessmentRef;
  return [
    ...(r.consentRef === undefined ? [] : [reference(ctx, "consent", r.consentRef)]),
    ...(bia === undefined ? [] : [reference(ctx, "bestInterestsAssessment", bia)]),
    ...(r.subject.victimProfile === undefined
      ? []
      : [{ reference: `#${CONTAINED_PROFILE_ID}`, type: "Patient" }]),
  ];
}

/**
 * The ServiceRequest of a referral.
 * @example
 * serviceRequestOf(referral, { present: new Map() }).intent; // "order"
 */
export function serviceRequestOf(r: Referral, ctx: WriteContext): FhirServiceRequest {
  const embedded = r.subject.victimProfile;
  return {
    resourceType: "ServiceRequest",
    meta: { profile: [profileUrl("referral")] },
    ...some("contained", embedded === undefined ? [] : [patientOf(embedded, ctx, CONTAINED_PROFILE_ID)]),
    extension: documentExtensions("referral", r, node, ctx),
    identifier: [documentIdentifier(r.id), { system: CORRELATION_ID_SYSTEM, value: r.correlationId }],
    status: toFhirCode(referralRequestStatusMap, r.status) as FhirServiceRequest["status"],
    intent: "order",
    category: [{ coding: [REFERRAL_CATEGORY] }],
    priority: toFhirCode(urgencyMap, r.urgency) as FhirServiceRequest["priority"],
    code: trmConcept("referralKind", r.kind),
    ...some(
      "orderDetail",
      r.servicesRequested.map((s) => trmConcept("serviceType", s)),
    ),
    subject: reference(ctx, "victimProfile", r.caseRef),
    authoredOn: r.createdAt,
    requester: reference(ctx, "focalPoint", r.from.focalPoint),
    performer: [reference(ctx, "focalPoint", r.to.focalPoint)],
    ...some(
      "reasonCode",
      r.reasons.map((x) => trmConcept("referralReason", x)),
    ),
    ...some("supportingInfo", supportingInfo(r, ctx)),
  };
}

/**
 * The Task that tracks a referral's status; its focus is the referral's ServiceRequest in the same Bundle.
 * @example
 * taskOf(referral, { present: new Map() }).status; // "requested" for a sent referral
 */
export function taskOf(r: Referral, ctx: WriteContext): FhirTask {
  return {
    resourceType: "Task",
    meta: { profile: [profileUrl("referral", "task")] },
    identifier: [documentIdentifier(taskUuid(r.id))],
    status: toFhirCode(referralTaskStatusMap, r.status) ?? "draft",
    intent: "order",
    focus: {
      reference: `${UUID_URN_PREFIX}${r.id}`,
      type: "ServiceRequest",
      identifier: documentIdentifier(r.id),
    },
    for: reference(ctx, "victimProfile", r.caseRef),
    authoredOn: r.createdAt,
    requester: reference(ctx, "focalPoint", r.from.focalPoint),
    owner: reference(ctx, "focalPoint", r.to.focalPoint),
    ...maybe("restriction", r.responseDueBy === undefined ? undefined : { period: { end: r.responseDueBy } }),
  };
}
