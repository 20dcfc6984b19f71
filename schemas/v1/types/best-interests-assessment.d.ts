/* GENERATED from best-interests-assessment.schema.json by json-schema-to-typescript. Do not edit. */

/**
 * A best-interests assessment (BIA) or determination (BID) for a child victim, following the UNHCR Best Interests Procedure (2021).
 */
export interface BestInterestsAssessment {
  /**
   * What this document is; always `bestInterestsAssessment` for this schema.
   */
  documentType: "bestInterestsAssessment";
  /**
   * The major.minor version of the Open TRM standard the document follows; patch releases never change it.
   */
  standardVersion: "1.0";
  /**
   * Opaque local identifier (UUID) of this document.
   */
  id: string;
  /**
   * When the document was first created (RFC 3339 with offset).
   */
  createdAt: string;
  /**
   * When this version of the document was written; never before `createdAt`.
   */
  updatedAt: string;
  /**
   * The focal point that authored this version.
   */
  recordedBy: string;
  extensions?: Extensions;
  /**
   * The child's victim profile.
   */
  childRef: string;
  /**
   * Which step of the UNHCR Best Interests Procedure this is.
   */
  procedure: "biaShort" | "biaComprehensive" | "bid" | "bidReview";
  /**
   * What prompted the assessment.
   */
  trigger:
    | "durableSolution"
    | "temporaryCare"
    | "separationFromParents"
    | "returnToCountryOfOrigin"
    | "transnationalTransfer"
    | "other";
  /**
   * How urgently it must be done.
   */
  priority: "within48Hours" | "withinOneWeek" | "within30Days" | "notUrgent";
  guardian?: Guardian;
  childViews: ChildSViews;
  /**
   * Family members of the child.
   *
   * @maxItems 50
   */
  family: FamilyMember[];
  familyTracing?: FamilyTracing;
  domains?: Domains;
  /**
   * Factors that put the child at risk.
   *
   * @maxItems 50
   */
  riskFactors: string[];
  /**
   * Factors that protect the child.
   *
   * @maxItems 50
   */
  protectiveFactors: string[];
  /**
   * Risk that the child is trafficked again.
   */
  reTraffickingRisk: "high" | "medium" | "low" | "unknown";
  /**
   * Overall risk level.
   */
  riskLevel: "high" | "medium" | "low" | "unknown";
  /**
   * Durable solutions considered; required for a BID.
   *
   * @maxItems 10
   */
  optionsConsidered?: OptionConsidered[];
  recommendation: Recommendation;
  decision?: Decision;
  /**
   * When the assessment must be reviewed.
   */
  reviewDue?: string;
  /**
   * The earlier assessment this one reviews.
   */
  reviewOf?: string;
}
/**
 * National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.
 */
export interface Extensions {
  [k: string]: {
    [k: string]: unknown;
  };
}
/**
 * The guardian or representative of a child (CoE CETS 197 Art. 10(4); Directive 2011/36/EU Art. 14(2)).
 */
export interface Guardian {
  /**
   * Whether a guardian or representative has been appointed for the child.
   */
  appointed: boolean;
  /**
   * Kind of guardian or representative.
   */
  type: "legalGuardian" | "representative" | "institution" | "parent";
  /**
   * The focal point (guardianship authority or service) acting as or for the guardian.
   */
  ref?: string;
  /**
   * Date of appointment.
   */
  appointedOn?: string;
}
/**
 * The child's right to be heard: whether, how, and what they wish.
 */
export interface ChildSViews {
  /**
   * Whether the child was heard.
   */
  heard: boolean;
  /**
   * Language the child was heard in.
   */
  language: string;
  /**
   * Whether an interpreter was used.
   */
  interpreterUsed: boolean;
  /**
   * The child's wishes, ranked (1 = first choice).
   *
   * @maxItems 10
   */
  wishes: Wish[];
  /**
   * Summary of the child's views.
   */
  summary?: string;
}
/**
 * One of the child's wishes, ranked.
 */
export interface Wish {
  /**
   * 1 for the first choice.
   */
  rank: number;
  /**
   * The solution the child wishes.
   */
  option:
    | "localIntegration"
    | "maintainCurrentArrangement"
    | "changeCurrentArrangement"
    | "familyReunification"
    | "returnToCountryOfOrigin"
    | "resettlementToThirdCountry"
    | "other";
}
/**
 * A family member of the child and what is known of them.
 */
export interface FamilyMember {
  /**
   * Relation to the child.
   */
  relation:
    | "mother"
    | "father"
    | "sibling"
    | "grandparent"
    | "auntOrUncle"
    | "otherRelative"
    | "partner"
    | "nonRelative";
  /**
   * Whether the family member is alive.
   */
  alive: "yes" | "no" | "unknown";
  /**
   * Whether the family member can be contacted.
   */
  contactable: "yes" | "no" | "unknown";
  /**
   * Whether the family member is suspected of involvement in the trafficking.
   */
  suspectedInvolvementInTrafficking: "yes" | "no" | "unknown";
  /**
   * The family member's views.
   */
  views?: string;
}
/**
 * Family tracing for the child.
 */
export interface FamilyTracing {
  /**
   * Whether family tracing was requested.
   */
  requested: boolean;
  /**
   * Whether consent to family tracing was given.
   */
  consentGiven: boolean;
  /**
   * Status of family tracing.
   */
  status: "notStarted" | "inProgress" | "located" | "reunified" | "closed";
}
/**
 * Assessment by domain; required for comprehensive BIAs and BIDs.
 */
export interface Domains {
  safety: Safety;
  health: Health;
  education: Education;
  emotionalWellbeing: EmotionalWellbeing;
  familyEnvironment: FamilyEnvironment;
  basicNeeds: BasicNeeds;
}
/**
 * Assessment of the child's safety.
 */
export interface Safety {
  /**
   * Level of concern for the child's safety.
   */
  concern: "high" | "medium" | "low" | "unknown";
  /**
   * Findings on the child's safety.
   */
  findings?: string;
}
/**
 * Assessment of the child's health.
 */
export interface Health {
  /**
   * Level of concern for the child's health.
   */
  concern: "high" | "medium" | "low" | "unknown";
  /**
   * Findings on the child's health.
   */
  findings?: string;
}
/**
 * Assessment of the child's education.
 */
export interface Education {
  /**
   * Level of concern for the child's education.
   */
  concern: "high" | "medium" | "low" | "unknown";
  /**
   * Findings on the child's education.
   */
  findings?: string;
}
/**
 * Assessment of the child's emotional wellbeing.
 */
export interface EmotionalWellbeing {
  /**
   * Level of concern for the child's emotional wellbeing.
   */
  concern: "high" | "medium" | "low" | "unknown";
  /**
   * Findings on the child's emotional wellbeing.
   */
  findings?: string;
}
/**
 * Assessment of the child's family environment.
 */
export interface FamilyEnvironment {
  /**
   * Level of concern for the child's family environment.
   */
  concern: "high" | "medium" | "low" | "unknown";
  /**
   * Findings on the child's family environment.
   */
  findings?: string;
}
/**
 * Assessment of the child's basic needs.
 */
export interface BasicNeeds {
  /**
   * Level of concern for the child's basic needs.
   */
  concern: "high" | "medium" | "low" | "unknown";
  /**
   * Findings on the child's basic needs.
   */
  findings?: string;
}
/**
 * A durable solution considered and its assessment.
 */
export interface OptionConsidered {
  /**
   * A durable solution considered.
   */
  option:
    | "localIntegration"
    | "maintainCurrentArrangement"
    | "changeCurrentArrangement"
    | "familyReunification"
    | "returnToCountryOfOrigin"
    | "resettlementToThirdCountry"
    | "other";
  /**
   * Assessment of the option.
   */
  assessment?: string;
}
/**
 * The recommended durable solution.
 */
export interface Recommendation {
  /**
   * The recommended durable solution.
   */
  option:
    | "localIntegration"
    | "maintainCurrentArrangement"
    | "changeCurrentArrangement"
    | "familyReunification"
    | "returnToCountryOfOrigin"
    | "resettlementToThirdCountry"
    | "other";
  /**
   * Why this solution is in the child's best interests.
   */
  rationale: string;
}
/**
 * The best-interests determination; required for a BID and a BID review.
 */
export interface Decision {
  /**
   * The multidisciplinary panel that decided.
   *
   * @minItems 1
   * @maxItems 20
   */
  panel: PanelMember[];
  /**
   * Whether every panel member signed the confidentiality undertaking.
   */
  confidentialityUndertakingSigned: boolean;
  /**
   * Date of the decision.
   */
  decidedOn: string;
  /**
   * The durable solution decided.
   */
  outcome:
    | "localIntegration"
    | "maintainCurrentArrangement"
    | "changeCurrentArrangement"
    | "familyReunification"
    | "returnToCountryOfOrigin"
    | "resettlementToThirdCountry"
    | "other";
  /**
   * When the child was told of the decision.
   */
  childInformedOn?: string;
}
/**
 * A member of the BID panel, by role and organisation.
 */
export interface PanelMember {
  /**
   * Role on the panel.
   */
  role: string;
  /**
   * Organisation of the member.
   */
  organisation: string;
}
