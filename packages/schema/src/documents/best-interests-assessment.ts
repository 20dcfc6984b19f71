import { z } from "zod";
import * as cl from "../codelists/index.js";
import {
  code,
  date,
  documentRef,
  envelope,
  flag,
  freeText,
  languageTag,
  leafList,
  list,
  obj,
  shortText,
} from "../common.js";
import { leaf, type Sensitivity } from "../meta.js";
import { guardian } from "./shared.js";

const domain = (name: string, concern: Sensitivity) =>
  obj(
    {
      concern: code(cl.riskLevel, {
        title: "Concern",
        description: `Level of concern for the child's ${name}.`,
        sensitivity: concern,
      }),
      findings: freeText({
        title: "Findings",
        description: `Findings on the child's ${name}.`,
      }).exactOptional(),
    },
    name[0]?.toUpperCase() + name.slice(1),
    `Assessment of the child's ${name}.`,
  );

const yesNoUnknown = (title: string, description: string, sensitivity: Sensitivity) =>
  code(cl.yesNoUnknown, { title, description, sensitivity });

const familyMember = obj(
  {
    relation: code(cl.familyRelation, {
      title: "Relation",
      description: "Relation to the child.",
      sensitivity: "quasi",
    }),
    alive: yesNoUnknown("Alive", "Whether the family member is alive.", "quasi"),
    contactable: yesNoUnknown("Contactable", "Whether the family member can be contacted.", "internal"),
    suspectedInvolvementInTrafficking: yesNoUnknown(
      "Suspected involvement in trafficking",
      "Whether the family member is suspected of involvement in the trafficking.",
      "special",
    ),
    views: freeText({ title: "Views", description: "The family member's views." }).exactOptional(),
  },
  "Family member",
  "A family member of the child and what is known of them.",
);

const option = (title: string, description: string) =>
  code(cl.durableSolutionOption, { title, description, sensitivity: "internal" });

/** A best-interests assessment or determination for a child victim (data model 5.4). */
export const BestInterestsAssessmentSchema = obj(
  {
    ...envelope("bestInterestsAssessment", "quasi"),
    childRef: documentRef({ title: "Child reference", description: "The child's victim profile." }),
    procedure: code(cl.biaProcedure, {
      title: "Procedure",
      description: "Which step of the UNHCR Best Interests Procedure this is.",
      sensitivity: "internal",
    }),
    trigger: code(cl.biaTrigger, {
      title: "Trigger",
      description: "What prompted the assessment.",
      sensitivity: "internal",
    }),
    priority: code(cl.biaPriority, {
      title: "Priority",
      description: "How urgently it must be done.",
      sensitivity: "internal",
    }),
    guardian: guardian().exactOptional(),
    childViews: obj(
      {
        heard: flag({ title: "Heard", description: "Whether the child was heard.", sensitivity: "internal" }),
        language: languageTag({ title: "Language", description: "Language the child was heard in." }),
        interpreterUsed: flag({
          title: "Interpreter used",
          description: "Whether an interpreter was used.",
          sensitivity: "internal",
        }),
        wishes: list(
          obj(
            {
              rank: leaf(z.int().min(1).max(10), {
                title: "Rank",
                description: "1 for the first choice.",
                sensitivity: "internal",
              }),
              option: option("Option", "The solution the child wishes."),
            },
            "Wish",
            "One of the child's wishes, ranked.",
          ),
          "Wishes",
          "The child's wishes, ranked (1 = first choice).",
          { max: 10 },
        ),
        summary: freeText({ title: "Summary", description: "Summary of the child's views." }).exactOptional(),
      },
      "Child's views",
      "The child's right to be heard: whether, how, and what they wish.",
    ),
    family: list(familyMember, "Family", "Family members of the child.", { max: 50 }),
    familyTracing: obj(
      {
        requested: flag({
          title: "Requested",
          description: "Whether family tracing was requested.",
          sensitivity: "internal",
        }),
        consentGiven: flag({
          title: "Consent given",
          description: "Whether consent to family tracing was given.",
          sensitivity: "internal",
        }),
        status: code(cl.familyTracingStatus, {
          title: "Status",
          description: "Status of family tracing.",
          sensitivity: "internal",
        }),
      },
      "Family tracing",
      "Family tracing for the child.",
    ).exactOptional(),
    domains: obj(
      {
        safety: domain("safety", "internal"),
        health: domain("health", "special"),
        education: domain("education", "internal"),
        emotionalWellbeing: domain("emotional wellbeing", "special"),
        familyEnvironment: domain("family environment", "internal"),
        basicNeeds: domain("basic needs", "internal"),
      },
      "Domains",
      "Assessment by domain; required for comprehensive BIAs and BIDs.",
    ).exactOptional(),
    riskFactors: leafList(
      z.string().min(1).max(1000),
      {
        title: "Risk factors",
        description: "Factors that put the child at risk.",
        sensitivity: "freeText",
      },
      { max: 50 },
    ),
    protectiveFactors: leafList(
      z.string().min(1).max(1000),
      {
        title: "Protective factors",
        description: "Factors that protect the child.",
        sensitivity: "freeText",
      },
      { max: 50 },
    ),
    reTraffickingRisk: code(cl.riskLevel, {
      title: "Re-trafficking risk",
      description: "Risk that the child is trafficked again.",
      sensitivity: "internal",
    }),
    riskLevel: code(cl.riskLevel, {
      title: "Risk level",
      description: "Overall risk level.",
      sensitivity: "internal",
    }),
    optionsConsidered: list(
      obj(
        {
          option: option("Option", "A durable solution considered."),
          assessment: freeText({
            title: "Assessment",
            description: "Assessment of the option.",
          }).exactOptional(),
        },
        "Option considered",
        "A durable solution considered and its assessment.",
      ),
      "Options considered",
      "Durable solutions considered; required for a BID.",
      { max: 10 },
    ).exactOptional(),
    recommendation: obj(
      {
        option: option("Option", "The recommended durable solution."),
        rationale: freeText({
          title: "Rationale",
          description: "Why this solution is in the child's best interests.",
        }),
      },
      "Recommendation",
      "The recommended durable solution.",
    ),
    decision: obj(
      {
        panel: list(
          obj(
            {
              role: shortText({ title: "Role", description: "Role on the panel.", sensitivity: "internal" }),
              organisation: shortText({
                title: "Organisation",
                description: "Organisation of the member.",
                sensitivity: "public",
              }),
            },
            "Panel member",
            "A member of the BID panel, by role and organisation.",
          ),
          "Panel",
          "The multidisciplinary panel that decided.",
          { min: 1, max: 20 },
        ),
        confidentialityUndertakingSigned: flag({
          title: "Confidentiality undertaking signed",
          description: "Whether every panel member signed the confidentiality undertaking.",
          sensitivity: "internal",
        }),
        decidedOn: date({ title: "Decided on", description: "Date of the decision." }),
        outcome: option("Outcome", "The durable solution decided."),
        childInformedOn: date({
          title: "Child informed on",
          description: "When the child was told of the decision.",
        }).exactOptional(),
      },
      "Decision",
      "The best-interests determination; required for a BID and a BID review.",
    ).exactOptional(),
    reviewDue: date({
      title: "Review due",
      description: "When the assessment must be reviewed.",
      sensitivity: "internal",
    }).exactOptional(),
    reviewOf: documentRef({
      title: "Review of",
      description: "The earlier assessment this one reviews.",
    }).exactOptional(),
  },
  "Best-interests assessment",
  "A best-interests assessment (BIA) or determination (BID) for a child victim, following the UNHCR Best Interests Procedure (2021).",
);

/** A best-interests assessment document. */
export type BestInterestsAssessment = z.infer<typeof BestInterestsAssessmentSchema>;
