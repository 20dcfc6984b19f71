/**
 * Codelists of consent records: consent states, who gives consent, recipients, data categories,
 * reasons for withholding information and collection methods.
 */
import { defineCodelist } from "./define.js";

export const consentState = defineCodelist({
  name: "consentState",
  title: "Consent state",
  description:
    "The state recorded by a consent event; the current state of a consent is that of its latest event.",
  open: false,
  source: "W3C Data Privacy Vocabulary (DPV) ConsentStatus; ISO/IEC TS 27560:2023",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["requested", "Requested", "The person, or someone on their behalf, has been asked for consent and has not yet answered.", "DPV dpv:ConsentRequested"],
    ["given", "Given", "Consent has been given and is in effect.", "DPV dpv:ConsentGiven"],
    ["refused", "Refused", "The request for consent was turned down.", "DPV dpv:ConsentRefused"],
    ["withdrawn", "Withdrawn", "The person, or whoever gave consent for them, has taken consent back.", "DPV dpv:ConsentWithdrawn"],
    ["revoked", "Revoked", "Consent was ended by a party other than the one who gave it, such as a court or guardian authority.", "DPV dpv:ConsentRevoked"],
    ["expired", "Expired", "Consent has reached the end of its period of validity.", "DPV dpv:ConsentExpired"],
    ["renewed", "Renewed", "Consent has been given again after it was refused, withdrawn, revoked or expired, or to extend it.", "DPV dpv:RenewedConsentGiven"],
  ],
});
export type ConsentState = (typeof consentState.codes)[number];

export const consentGiverRole = defineCodelist({
  name: "consentGiverRole",
  title: "Consent giver role",
  description: "The capacity in which someone gave or refused consent.",
  open: false,
  source: "Primero interview_subject (extended); Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["self", "The person", "The data subject decided for themselves.", 'Primero interview_subject "individual"'],
    ["parent", "Parent", "A parent with parental responsibility decided for a child.", "Open TRM"],
    ["legalGuardian", "Legal guardian", "An appointed guardian decided for the child or for an adult without legal capacity.", "Open TRM"],
    ["representative", "Representative", "A legal representative or other authorised person decided on the person's behalf.", "Open TRM"],
    ["other", "Other", "Someone in another capacity decided.", 'Primero interview_subject "other"'],
  ],
});
export type ConsentGiverRole = (typeof consentGiverRole.codes)[number];

export const recipientCategory = defineCodelist({
  name: "recipientCategory",
  title: "Recipient category",
  description: "A category of body or person with whom data may be shared under a consent.",
  open: true,
  source: "Primero consent_info_sharing, extended by Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["focalPoint", "Focal point", "A national or transnational referral focal point.", "Open TRM"],
    ["serviceProvider", "Service provider", "An organisation that provides assistance, such as a shelter, clinic or NGO.", 'Primero "other_organizations"'],
    ["lawEnforcement", "Law enforcement", "The police or another investigating authority.", 'Primero "authorities"'],
    ["prosecution", "Prosecution", "Public prosecutors.", 'Primero "authorities"'],
    ["immigrationAuthority", "Immigration authority", "An authority that decides on entry, residence or asylum.", 'Primero "authorities"'],
    ["childProtectionAuthority", "Child protection authority", "An authority responsible for the protection and guardianship of children.", 'Primero "authorities"'],
    ["family", "Family", "Members of the person's family.", 'Primero "family"'],
    ["internationalOrganisation", "International organisation", "An intergovernmental organisation, such as IOM, UNHCR or UNICEF.", 'Primero "unhcr" (generalised)'],
    ["other", "Other", "Another recipient not listed here.", 'Primero "others"'],
  ],
});
export type RecipientCategory = (typeof recipientCategory.codes)[number];

export const dataCategory = defineCodelist({
  name: "dataCategory",
  title: "Data category",
  description: "A group of personal data that a consent covers or withholds.",
  open: true,
  source: "Open TRM; GDPR Art. 9 and 10",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["identity", "Identity", "Names, identity document details and photographs."],
    ["contact", "Contact details", "Phone numbers, e-mail addresses and other ways to reach the person."],
    ["demographics", "Demographics", "Sex, gender, age or birth date, citizenship and languages."],
    ["traffickingExperience", "Trafficking experience", "Forms of exploitation, means of control, recruitment and the events of the trafficking."],
    ["health", "Health", "Physical and mental health, disability and medical care.", "GDPR Art. 9(1) (data concerning health)"],
    ["sexualLife", "Sexual life", "Information about the person's sex life or sexual orientation, including details of sexual exploitation.", "GDPR Art. 9(1) (sex life or sexual orientation)"],
    ["criminalProceedings", "Criminal proceedings", "The person's role in criminal proceedings and any offences linked to them.", "GDPR Art. 10"],
    ["immigration", "Immigration", "Migration status, residence permits and asylum procedures."],
    ["childProtection", "Child protection", "Guardianship, best interests assessments and family tracing for a child."],
    ["location", "Location", "Where the person lives or stays, and places linked to the trafficking."],
  ],
});
export type DataCategory = (typeof dataCategory.codes)[number];

export const withholdingReason = defineCodelist({
  name: "withholdingReason",
  title: "Reason for withholding information",
  description: "Why the person asked that some information not be shared with some recipients.",
  open: true,
  source: "Primero withholding_info_reason",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["fear", "Fear", "The person fears for their safety or that of others if the information is shared.", 'Primero "fear"'],
    ["wantsToCommunicateThemselves", "Wants to tell themselves", "The person prefers to give the information to the recipient in person.", 'Primero "communicate_information"'],
    ["other", "Other", "Another reason.", 'Primero "others"'],
  ],
});
export type WithholdingReason = (typeof withholdingReason.codes)[number];

export const collectionMethod = defineCodelist({
  name: "collectionMethod",
  title: "Consent collection method",
  description: "How a consent was obtained and recorded.",
  open: true,
  source: "ISO/IEC TS 27560:2023; Kantara Consent Receipt v1.1 collectionMethod",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["verbal", "Verbal", "Consent was given orally and recorded by the case worker."],
    ["written", "Written", "Consent was given by signing a paper form."],
    ["electronic", "Electronic", "Consent was given through an electronic form or signature."],
    ["thumbprint", "Thumbprint", "Consent was given by a thumbprint on a form, for example when the person cannot write."],
    ["other", "Other", "Consent was obtained in another way."],
  ],
});
export type CollectionMethod = (typeof collectionMethod.codes)[number];
