import type { GroupSpec } from "./dsl.js";
import { envelope, guardian } from "./envelope.js";

const domain: GroupSpec = { concern: "code", findings: "string" };

/** Field rows of a best-interests assessment (data model 5.4), whose root resource is a ClinicalImpression. */
export const bestInterestsAssessmentSpec: GroupSpec = {
  ...envelope("ClinicalImpression"),
  childRef: "ref:victimProfile=ClinicalImpression.subject",
  procedure: "code=ClinicalImpression.code",
  trigger: "code",
  priority: "code",
  guardian,
  childViews: {
    heard: "boolean",
    language: "code",
    interpreterUsed: "boolean",
    wishes: [{ rank: "integer", option: "code" }],
    summary: "string",
  },
  family: [
    {
      relation: "code",
      alive: "code",
      contactable: "code",
      suspectedInvolvementInTrafficking: "code",
      views: "string",
    },
  ],
  familyTracing: { requested: "boolean", consentGiven: "boolean", status: "code" },
  domains: {
    safety: domain,
    health: domain,
    education: domain,
    emotionalWellbeing: domain,
    familyEnvironment: domain,
    basicNeeds: domain,
  },
  riskFactors: "string[]",
  protectiveFactors: "string[]",
  reTraffickingRisk: "code",
  riskLevel: "code",
  optionsConsidered: [{ option: "code", assessment: "string" }],
  recommendation: { option: "code", rationale: "string=ClinicalImpression.summary" },
  decision: {
    panel: [{ role: "string", organisation: "string" }],
    confidentialityUndertakingSigned: "boolean",
    decidedOn: "date",
    outcome: "code",
    childInformedOn: "date",
  },
  reviewDue: "date",
  reviewOf: "ref:bestInterestsAssessment=ClinicalImpression.previous",
};
