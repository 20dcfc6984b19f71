// Status maps of the referral and consent workflows, as data (sources in each `source`).
import { FHIR } from "../urls.js";
import type { CodeMap } from "./code-map.js";

/** Referral status to `Task.status`, one-to-one: the Task is where FHIR readers follow the referral. */
export const referralTaskStatusMap: CodeMap = {
  codelist: "referralStatus",
  element: "Task.status",
  system: "http://hl7.org/fhir/task-status",
  source: "https://hl7.org/fhir/R4/codesystem-task-status.html",
  read: true,
  rows: [
    ["draft", "draft"],
    ["sent", "requested"],
    ["acknowledged", "received"],
    ["accepted", "accepted"],
    ["rejected", "rejected"],
    ["withdrawn", "cancelled"],
    ["expired", "failed"],
    ["inProgress", "in-progress"],
    ["completed", "completed"],
  ],
};

/** Referral status to `ServiceRequest.status`: the request stays active until it is done or ended early. */
export const referralRequestStatusMap: CodeMap = {
  codelist: "referralStatus",
  element: "ServiceRequest.status",
  system: "http://hl7.org/fhir/request-status",
  source: "https://hl7.org/fhir/R4/codesystem-request-status.html",
  read: false,
  rows: [
    ["draft", "draft"],
    ["sent", "active"],
    ["acknowledged", "active"],
    ["accepted", "active"],
    ["rejected", "revoked"],
    ["withdrawn", "revoked"],
    ["expired", "revoked"],
    ["inProgress", "active"],
    ["completed", "completed"],
  ],
};

/** The state of the last consent event to `Consent.status`. */
export const consentStatusMap: CodeMap = {
  codelist: "consentState",
  element: "Consent.status",
  system: "http://hl7.org/fhir/consent-state-codes",
  source: "https://hl7.org/fhir/R4/codesystem-consent-state-codes.html",
  read: false,
  rows: [
    ["requested", "proposed"],
    ["given", "active"],
    ["refused", "rejected"],
    ["withdrawn", "inactive"],
    ["revoked", "inactive"],
    ["expired", "inactive"],
    ["renewed", "active"],
  ],
};

/**
 * Consent purpose to `Consent.scope`: a consent whose purposes are all `research` is a research consent, any
 * other is a privacy consent (agreement to collect, use or share information).
 */
export const consentScopeMap: CodeMap = {
  codelist: "purpose",
  element: "Consent.scope",
  system: FHIR.consentScope,
  source: "https://hl7.org/fhir/R4/codesystem-consent-scope.html",
  read: false,
  rows: [
    ["assistanceAndCaseManagement", "patient-privacy"],
    ["nationalReferral", "patient-privacy"],
    ["transnationalReferral", "patient-privacy"],
    ["safeReturn", "patient-privacy"],
    ["familyTracing", "patient-privacy"],
    ["legalProceedings", "patient-privacy"],
    ["statistics", "patient-privacy"],
    ["research", "research"],
  ],
};
