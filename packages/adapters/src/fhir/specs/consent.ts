import type { GroupSpec } from "./dsl.js";
import { envelope } from "./envelope.js";

/** Field rows of a consent (data model 5.3), whose root resource is a Consent. */
export const consentSpec: GroupSpec = {
  ...envelope("Consent"),
  subjectRef: "ref:victimProfile=Consent.patient",
  givenBy: { role: "code", ref: "ref:focalPoint" },
  childAssent: { obtained: "boolean", ageAppropriateInformationGiven: "boolean" },
  purposes: "code[]=Consent.provision.purpose",
  recipients: [
    {
      category: "code=Consent.provision.actor.role",
      country: "code",
      focalPoint: "ref:focalPoint=Consent.provision.actor.reference",
    },
  ],
  dataCategories: "code[]=Consent.provision.class",
  withheld: {
    categories: "code[]=Consent.provision.provision (deny).class",
    fromRecipients: "code[]=Consent.provision.provision (deny).actor.role",
    reason: "code",
  },
  legalBases: "code[]=Consent.policy.uri",
  informedOf: {
    purpose: "boolean",
    dataUse: "boolean",
    recipients: "boolean",
    retention: "boolean",
    rightOfAccess: "boolean",
    withdrawal: "boolean",
  },
  notice: { ref: "string", version: "string", language: "code" },
  interpreter: { used: "boolean", language: "code" },
  collectionMethod: "code",
  controllers: "ref:focalPoint[]=Consent.organization",
  jurisdiction: "code",
  retentionPeriod: "string",
  withdrawalMethod: "string",
  events: [{ state: "code", at: "dateTime", recordedBy: "ref:focalPoint", validUntil: "dateTime" }],
};
