/**
 * Codelists about assistance and protection: services and their status, cooperation with authorities,
 * reflection period, residence permits and legal proceedings.
 */
import { defineCodelist } from "./define.js";

export const serviceType = defineCodelist({
  name: "serviceType",
  title: "Service type",
  description:
    "A kind of assistance a trafficked person may need or receive; used for needs, services and referral requests.",
  open: true,
  source: "Primero lookup-service-type; IOM HTCDS 2.0 spl_Type; Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["shelter", "Shelter", "Safe accommodation, such as a specialised shelter or safe house.", 'Primero "safehouse_service"'],
    ["medical", "Medical care", "Health care, including emergency treatment, examinations and medication.", 'Primero "health_medical_service"; HTCDS 2.0 spl_Type "Health"'],
    ["psychological", "Psychological support", "Counselling, psychosocial support or psychological treatment.", 'Primero "psychosocial_service"'],
    ["legalAssistance", "Legal assistance", "Legal advice, information and representation, including on residence, proceedings and compensation.", 'Primero "legal_assistance_service"; HTCDS 2.0 spl_Type "Legal"'],
    ["interpretation", "Interpretation", "Interpreting or translation so that the person can communicate in a language they understand.", "Open TRM"],
    ["financial", "Financial support", "Cash or material assistance to meet the person's needs.", 'HTCDS 2.0 spl_Type "Financial"'],
    ["education", "Education", "Access to schooling, language classes or other education.", 'Primero "education_service"; HTCDS 2.0 spl_Type "Education"'],
    ["vocationalTraining", "Vocational training", "Training that builds skills for a trade or occupation.", 'HTCDS 2.0 spl_Type "Livelihood"'],
    ["employment", "Employment support", "Help to find and keep decent work or to start an income-generating activity.", 'Primero "livelihoods_service"; HTCDS 2.0 spl_Type "Livelihood"'],
    ["familyTracing", "Family tracing", "Searching for family members and restoring contact with them.", "Open TRM"],
    ["familyReunification", "Family reunification", "Bringing the person, in particular a child, back together with their family.", 'Primero "family_seunification_service" (sic)'],
    ["documentation", "Documentation", "Help to obtain or replace identity, travel or civil status documents.", 'Primero "registration_service"'],
    ["safeReturn", "Safe return", "Organising assisted voluntary return, including travel, escort and reception in the country of return.", "Open TRM"],
    ["socialInclusion", "Social inclusion", "Long-term support for the person's reintegration into community life.", 'HTCDS 2.0 spl_Type "SocialCare"'],
    ["childProtection", "Child protection", "Services of the child protection system, such as guardianship, alternative care and case management for children.", 'Primero "child_protection_service"'],
    ["other", "Other", "A service not listed here.", 'Primero "other_service"'],
  ],
});
export type ServiceType = (typeof serviceType.codes)[number];

export const serviceStatus = defineCodelist({
  name: "serviceStatus",
  title: "Service status",
  description: "How far a service for the person has progressed.",
  open: false,
  source: "Open TRM (after Primero lookup-service-implemented)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["planned", "Planned", "The service is part of the support plan but no request has been made yet."],
    ["referred", "Referred", "The person has been referred to a provider for the service, which has not started yet."],
    ["inProgress", "In progress", "The service is being provided."],
    ["delivered", "Delivered", "The service has been provided in full."],
    ["declined", "Declined", "The person decided not to take up the service."],
    ["notAvailable", "Not available", "The service was needed but no provider could offer it."],
  ],
});
export type ServiceStatus = (typeof serviceStatus.codes)[number];

export const cooperationStatus = defineCodelist({
  name: "cooperationStatus",
  title: "Cooperation with authorities",
  description:
    "Whether the person cooperates with law enforcement or prosecution; assistance must not depend on it.",
  open: false,
  source: "Open TRM; CoE CETS 197 Art. 12(6) and 13",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["notAsked", "Not asked", "The person has not been asked to cooperate with the authorities."],
    ["declined", "Declined", "The person has chosen not to cooperate with the authorities."],
    ["considering", "Considering", "The person is deciding whether to cooperate, for example during the reflection period."],
    ["cooperating", "Cooperating", "The person is providing information or other help to the authorities."],
    ["witness", "Witness", "The person is, or is expected to be, a witness in criminal proceedings."],
  ],
});
export type CooperationStatus = (typeof cooperationStatus.codes)[number];

export const reflectionPeriodStatus = defineCodelist({
  name: "reflectionPeriodStatus",
  title: "Reflection period status",
  description: "The state of the recovery and reflection period granted to a presumed victim.",
  open: false,
  source: "CoE CETS 197 Art. 13; Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["active", "Active", "The reflection period is running; the person may not be expelled during it."],
    ["ended", "Ended", "The reflection period has reached its end date."],
    ["revoked", "Revoked", "The reflection period was ended early by the competent authority, for example on public order grounds."],
  ],
});
export type ReflectionPeriodStatus = (typeof reflectionPeriodStatus.codes)[number];

export const residencePermitType = defineCodelist({
  name: "residencePermitType",
  title: "Residence permit type",
  description: "The ground on which a residence permit was issued to a foreign national.",
  open: true,
  source: "Open TRM; CoE CETS 197 Art. 14",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["victimOfTrafficking", "Victim of trafficking", "A permit issued because the person is a victim of trafficking, on personal grounds or for cooperation in proceedings.", "CoE CETS 197 Art. 14; Council Directive 2004/81/EC"],
    ["humanitarian", "Humanitarian", "A permit issued on humanitarian or compassionate grounds."],
    ["asylum", "International protection", "A permit issued to a refugee or a beneficiary of subsidiary protection."],
    ["work", "Work", "A permit issued for employment or self-employment."],
    ["family", "Family", "A permit issued for family reunification or on the basis of family ties."],
    ["other", "Other", "A permit issued on another ground."],
  ],
});
export type ResidencePermitType = (typeof residencePermitType.codes)[number];

export const proceedingKind = defineCodelist({
  name: "proceedingKind",
  title: "Kind of proceeding",
  description: "The kind of legal proceeding in which the person takes part.",
  open: false,
  source: "Open TRM; CoE CETS 197 Art. 15",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["criminal", "Criminal", "Criminal investigation or trial, usually against the traffickers."],
    ["civil", "Civil", "A civil action, such as a claim for damages against the perpetrators."],
    ["administrative", "Administrative", "Proceedings before an administrative authority or court, such as on residence or state compensation."],
    ["labour", "Labour", "Proceedings before a labour court or tribunal, such as a claim for unpaid wages."],
  ],
});
export type ProceedingKind = (typeof proceedingKind.codes)[number];

export const proceedingRole = defineCodelist({
  name: "proceedingRole",
  title: "Role in proceedings",
  description:
    "The procedural position of the person in a legal proceeding; the names vary between legal systems.",
  open: true,
  source: "Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["witness", "Witness", "The person gives evidence as a witness."],
    ["injuredParty", "Injured party", "The person takes part as the victim of the offence, with the rights the law grants to victims."],
    ["civilParty", "Civil party", "The person joins criminal proceedings with a claim for compensation."],
    ["complainant", "Complainant", "The person filed the complaint or claim that started the proceeding."],
    ["none", "No role", "The person has no formal role in the proceeding."],
  ],
});
export type ProceedingRole = (typeof proceedingRole.codes)[number];
