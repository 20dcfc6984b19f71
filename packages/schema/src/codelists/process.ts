/**
 * Codelists of the process: document types, TRM stages, case status, risk, legal bases and purposes.
 * Codes are the contract between systems; English labels are authoritative.
 */
import { defineCodelist } from "./define.js";

export const documentType = defineCodelist({
  name: "documentType",
  title: "Document type",
  description: "The kind of top-level Open TRM document, stated in every document envelope.",
  open: false,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["victimProfile", "Victim profile", "The case record of a presumed or identified trafficked person, kept by the focal point that owns the case."],
    ["referral", "Referral", "One referral, transfer or request between two focal points, within a country or across a border."],
    ["consent", "Consent record", "The record of the informed consent given by the person, or on their behalf, to the processing and sharing of their data."],
    ["bestInterestsAssessment", "Best interests assessment", "A best interests assessment or determination carried out for a child, following the UNHCR procedure."],
    ["focalPoint", "Focal point", "One contact point of a national contact list, with its mandate, channels and availability."],
    ["focalPointDirectory", "Focal point directory", "A published national or regional list of focal points, released as one versioned document."],
  ],
});
export type DocumentType = (typeof documentType.codes)[number];

export const trmStage = defineCodelist({
  name: "trmStage",
  title: "TRM stage",
  description:
    "The phase of the Transnational Referral Mechanism standard operating procedures that a case or referral is in.",
  open: false,
  source: "ICMPD TRM-SEE (2009) and TRM-EU (2010) Standard Operating Procedures",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["identification", "Identification", "Screening of a possible trafficked person up to the formal decision on their status as a victim."],
    ["firstAssistanceAndProtection", "First assistance and protection", "Immediate support and safety measures, including the recovery and reflection period."],
    ["longTermAssistanceAndSocialInclusion", "Long-term assistance and social inclusion", "Continued support in the country of destination aimed at the person's recovery and inclusion in society."],
    ["returnAndSocialInclusion", "Return and social inclusion", "Assisted voluntary return to the country of origin or a third country, with reintegration support there."],
    ["criminalAndCivilProceedings", "Criminal and civil proceedings", "Participation of the person in criminal, civil or other proceedings, including claims for compensation."],
  ],
});
export type TrmStage = (typeof trmStage.codes)[number];

export const caseStatus = defineCodelist({
  name: "caseStatus",
  title: "Case status",
  description: "The administrative status of a case record held by its owning focal point.",
  open: false,
  source: "IOM HTCDS 2.0 cas_Status; Primero lookup-case-status",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["active", "Active", "The case is open and the person is receiving or awaiting assistance.", 'HTCDS 2.0 cas_Status value "Active"'],
    ["followUp", "Follow-up", "Active assistance has ended and the case is kept open only to monitor the person's situation.", 'HTCDS 2.0 cas_Status value "FollowUp"'],
    ["closed", "Closed", "The case has been closed and no further action is planned.", 'HTCDS 2.0 cas_Status value "Closed"'],
    ["closedReferred", "Closed after referral", "The case was closed because the person was referred to another organisation for further support.", 'HTCDS 2.0 cas_Status value "ClosedReferred"'],
    ["transferred", "Transferred", "Ownership of the case has moved to another focal point, which now keeps the active record.", 'Primero lookup-case-status "transferred"'],
    ["duplicate", "Duplicate", "The record describes a person already recorded in another case and is kept only for reference.", 'Primero lookup-case-status "duplicate"'],
  ],
});
export type CaseStatus = (typeof caseStatus.codes)[number];

export const riskLevel = defineCodelist({
  name: "riskLevel",
  title: "Risk level",
  description:
    "A graded assessment of risk or concern, used for return safety, re-trafficking risk and best interests domains.",
  open: false,
  source: "Primero lookup-risk-level; Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["high", "High", "Serious harm is likely without protective measures; action is needed before any step that depends on it."],
    ["medium", "Medium", "There is a real risk of harm that calls for mitigation and monitoring."],
    ["low", "Low", "The risk of harm is small and is addressed by ordinary safeguards."],
    ["unknown", "Unknown", "The risk has not been assessed or could not be determined.", "Open TRM"],
  ],
});
export type RiskLevel = (typeof riskLevel.codes)[number];

export const yesNoUnknown = defineCodelist({
  name: "yesNoUnknown",
  title: "Yes, no or unknown",
  description: "A three-valued answer that keeps an unknown answer apart from a negative one.",
  open: false,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["yes", "Yes", "The statement is known to be true."],
    ["no", "No", "The statement is known to be false."],
    ["unknown", "Unknown", "It is not known whether the statement is true, or the question was not asked."],
  ],
});
export type YesNoUnknown = (typeof yesNoUnknown.codes)[number];

export const legalBasis = defineCodelist({
  name: "legalBasis",
  title: "Legal basis for processing",
  description:
    "The lawful ground for processing personal data under the GDPR; special-category data needs an Art. 9(2) condition in addition to an Art. 6(1) basis.",
  open: false,
  source: "GDPR (Regulation (EU) 2016/679) Art. 6(1) and Art. 9(2); W3C Data Privacy Vocabulary (DPV)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["consent", "Consent", "The person has agreed to the processing for one or more specific purposes.", "GDPR Art. 6(1)(a); DPV dpv:Consent; dpv-gdpr:A6-1-a"],
    ["contract", "Contract", "The processing is needed to perform, or prepare, a contract to which the person is a party.", "GDPR Art. 6(1)(b); DPV dpv:ContractPerformance; dpv-gdpr:A6-1-b"],
    ["legalObligation", "Legal obligation", "The controller must process the data to comply with a legal duty under Union or national law.", "GDPR Art. 6(1)(c); DPV dpv:LegalObligation; dpv-gdpr:A6-1-c"],
    ["vitalInterests", "Vital interests", "The processing is needed to protect the life or physical integrity of the person or of someone else.", "GDPR Art. 6(1)(d); DPV dpv:VitalInterest; dpv-gdpr:A6-1-d"],
    ["publicTask", "Public task", "The processing is needed for a task in the public interest or in the exercise of official authority vested in the controller.", "GDPR Art. 6(1)(e); DPV dpv:PublicInterest, dpv:OfficialAuthorityOfController; dpv-gdpr:A6-1-e"],
    ["legitimateInterests", "Legitimate interests", "The processing serves a legitimate interest of the controller or a third party that the person's rights do not override; not available to public authorities performing their tasks.", "GDPR Art. 6(1)(f); DPV dpv:LegitimateInterestOfController; dpv-gdpr:A6-1-f"],
    ["explicitConsent9a", "Explicit consent (special categories)", "The person has given explicit consent to the processing of special-category data for specified purposes.", "GDPR Art. 9(2)(a); DPV dpv:ExplicitlyExpressedConsent; dpv-gdpr:A9-2-a"],
    ["vitalInterestsIncapable9c", "Vital interests, person unable to consent", "Special-category data is processed to protect someone's vital interests while the person is physically or legally unable to consent.", "GDPR Art. 9(2)(c); dpv-gdpr:A9-2-c"],
    ["legalClaims9f", "Legal claims", "Special-category data is processed to establish, exercise or defend legal claims, or by courts acting in their judicial capacity.", "GDPR Art. 9(2)(f); dpv-gdpr:A9-2-f"],
    ["substantialPublicInterest9g", "Substantial public interest", "Special-category data is processed for reasons of substantial public interest on the basis of Union or national law with suitable safeguards.", "GDPR Art. 9(2)(g); dpv-gdpr:A9-2-g"],
    ["healthOrSocialCare9h", "Health or social care", "Special-category data is processed for medical diagnosis, provision of health or social care or treatment, under professional secrecy.", "GDPR Art. 9(2)(h); dpv-gdpr:A9-2-h"],
  ],
});
export type LegalBasis = (typeof legalBasis.codes)[number];

export const purpose = defineCodelist({
  name: "purpose",
  title: "Purpose of processing",
  description:
    "Why personal data is processed or shared; consent and referrals name the purposes they cover.",
  open: true,
  source: "Primero consent purposes; IOM HTCDS 1.0 consent fields; Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["assistanceAndCaseManagement", "Assistance and case management", "Providing support to the person and managing their case within the organisation that holds it.", 'Primero consent field "consent_for_services"'],
    ["nationalReferral", "National referral", "Sharing data with other organisations in the same country so that they can provide services.", 'Primero consent field "disclosure_other_orgs"'],
    ["transnationalReferral", "Transnational referral", "Sharing data with focal points in another country to refer or transfer the case across a border.", "Open TRM"],
    ["safeReturn", "Safe return", "Preparing and carrying out the person's assisted return, including risk assessment and travel arrangements.", "Open TRM"],
    ["familyTracing", "Family tracing", "Searching for and contacting family members, in particular of a child, with a view to reunification.", 'Primero consent field "consent_for_tracing"'],
    ["legalProceedings", "Legal proceedings", "Supporting the person's participation in criminal, civil or administrative proceedings, including compensation claims.", "Open TRM"],
    ["statistics", "Statistics", "Producing aggregate, non-identifying figures for reporting and monitoring.", 'Primero consent field "consent_reporting"'],
    ["research", "Research", "Use of data, in non-identifying form, for research on trafficking and the response to it.", 'IOM HTCDS 1.0 field "con_DataForResearch"'],
  ],
});
export type Purpose = (typeof purpose.codes)[number];
