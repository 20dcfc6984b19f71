import type { GroupSpec } from "./dsl.js";
import { envelope } from "./envelope.js";

const party = (element: string): GroupSpec => ({
  focalPoint: `ref:focalPoint=${element}`,
  country: "code",
  caseWorker: "string",
});

/** Field rows of a referral (data model 5.2), whose root resource is a ServiceRequest with a Task for status. */
export const referralSpec: GroupSpec = {
  ...envelope("ServiceRequest"),
  correlationId: "string=ServiceRequest.identifier (correlation-id)",
  caseRef: "ref:victimProfile=ServiceRequest.subject",
  scope: "code",
  kind: "code=ServiceRequest.code",
  trmStage: "code",
  purpose: "code",
  reasons: "code[]=ServiceRequest.reasonCode",
  servicesRequested: "code[]=ServiceRequest.orderDetail",
  urgency: "code",
  from: party("ServiceRequest.requester"),
  to: party("ServiceRequest.performer"),
  subject: {
    isChild: "code",
    sex: "code",
    ageBand: "code",
    citizenships: "code[]",
    languages: "code[]",
    interpreterNeeded: "boolean",
    exploitationForms: "code[]",
    identificationStatus: "code",
    victimProfile: "doc:victimProfile=ServiceRequest.contained (Patient)",
  },
  consentRef: "ref:consent=ServiceRequest.supportingInfo (Consent)",
  consentOverride: {
    legalBasis: "code",
    justification: "string",
    authorisedBy: "ref:focalPoint",
    at: "dateTime",
  },
  disclosure: { disclosedFields: "string[]", withheldFields: "string[]" },
  childSafeguards: {
    guardianInformed: "boolean",
    bestInterestsAssessmentRef:
      "ref:bestInterestsAssessment=ServiceRequest.supportingInfo (ClinicalImpression)",
    escort: "boolean",
  },
  riskAssessment: {
    level: "code",
    assessedOn: "date",
    assessedBy: "ref:focalPoint",
    returnSafetyChecked: "boolean",
    summary: "string",
  },
  logistics: { travelDate: "date", documentsStatus: "code", interpreterLanguage: "code" },
  channel: "code",
  status: "code=Task.status",
  statusHistory: [{ status: "code", at: "dateTime", by: "ref:focalPoint", reason: "code", note: "string" }],
  responseDueBy: "dateTime=Task.restriction.period.end",
  followUps: [{ dueOn: "date", done: "boolean", note: "string" }],
};
