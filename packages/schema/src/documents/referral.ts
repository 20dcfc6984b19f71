import { z } from "zod";
import * as cl from "../codelists/index.js";
import {
  code,
  codes,
  date,
  dateTime,
  documentRef,
  envelope,
  flag,
  focalPointRef,
  freeText,
  languageTag,
  leafList,
  list,
  obj,
  uuid,
} from "../common.js";
import { countryItem, languageItem, referralParty } from "./shared.js";
import { VictimProfileSchema } from "./victim-profile.js";

// JSON Pointer (RFC 6901) into the referral payload.
const pointer = () =>
  z
    .string()
    .max(300)
    .regex(/^(?:\/(?:[^~/]|~[01])*)+$/);

const subject = obj(
  {
    isChild: code(cl.childStatus, {
      title: "Is a child",
      description: "Whether the person is, or is presumed to be, a child.",
      sensitivity: "quasi",
    }),
    sex: code(cl.sex, {
      title: "Sex",
      description: "Sex of the person.",
      sensitivity: "quasi",
    }).exactOptional(),
    ageBand: code(cl.ageBand, {
      title: "Age band",
      description: "Age band of the person.",
      sensitivity: "quasi",
    }).exactOptional(),
    citizenships: leafList(
      countryItem(),
      {
        title: "Citizenships",
        description: "Countries of citizenship.",
        sensitivity: "quasi",
        codelist: "country",
      },
      { max: 10 },
    ).exactOptional(),
    languages: leafList(
      languageItem(),
      {
        title: "Languages",
        description: "BCP 47 tags of languages the person speaks.",
        sensitivity: "quasi",
        codelist: "language",
      },
      { max: 20 },
    ).exactOptional(),
    interpreterNeeded: flag({
      title: "Interpreter needed",
      description: "Whether the receiver needs an interpreter to work with the person.",
      sensitivity: "internal",
    }).exactOptional(),
    exploitationForms: codes(
      cl.exploitationForm,
      {
        title: "Forms of exploitation",
        description: "Forms of exploitation, as far as the consent allows them to be shared.",
        sensitivity: "quasi",
      },
      { max: 20 },
    ).exactOptional(),
    identificationStatus: code(cl.identificationStatus, {
      title: "Identification status",
      description: "Whether the person is a presumed or identified victim.",
      sensitivity: "internal",
    }),
    victimProfile: VictimProfileSchema.exactOptional(),
  },
  "Subject",
  "The minimum the receiver needs to know about the person, governed by consent; the full victim profile only when disclosed.",
);

const statusChange = obj(
  {
    status: code(cl.referralStatus, {
      title: "Status",
      description: "The status entered.",
      sensitivity: "internal",
    }),
    at: dateTime({ title: "At", description: "When the status was entered.", sensitivity: "internal" }),
    by: focalPointRef({ title: "By", description: "The focal point that changed the status." }),
    reason: code(cl.referralRejectionReason, {
      title: "Reason",
      description: "Why the referral was rejected (only with `rejected`).",
      sensitivity: "internal",
    }).exactOptional(),
    note: freeText({ title: "Note", description: "A note on the change." }).exactOptional(),
  },
  "Status change",
  "One entry of the referral's status history.",
);

/** One referral or transfer between focal points, national or transnational (data model 5.2). */
export const ReferralSchema = obj(
  {
    ...envelope("referral", "internal"),
    correlationId: uuid({ title: "Correlation id", description: "UUID shared by all parties to the case." }),
    caseRef: documentRef({
      title: "Case reference",
      description: "The sender's victim profile of the case.",
    }),
    scope: code(cl.referralScope, {
      title: "Scope",
      description: "National, or transnational when the sender's and receiver's countries differ.",
      sensitivity: "internal",
    }),
    kind: code(cl.referralKind, {
      title: "Kind",
      description: "What the referral asks for.",
      sensitivity: "internal",
    }),
    trmStage: code(cl.trmStage, {
      title: "TRM stage",
      description: "TRM stage of the referral.",
      sensitivity: "internal",
    }),
    purpose: code(cl.purpose, {
      title: "Purpose",
      description: "Purpose of sharing the data.",
      sensitivity: "internal",
    }),
    reasons: codes(
      cl.referralReason,
      { title: "Reasons", description: "Why the person is referred.", sensitivity: "internal" },
      {
        max: 10,
      },
    ),
    servicesRequested: codes(
      cl.serviceType,
      {
        title: "Services requested",
        description: "Services the receiver is asked to provide.",
        sensitivity: "internal",
      },
      { max: 30 },
    ),
    urgency: code(cl.urgency, {
      title: "Urgency",
      description: "How soon the receiver must act.",
      sensitivity: "internal",
    }),
    from: referralParty("sender"),
    to: referralParty("receiver"),
    subject,
    consentRef: documentRef({
      title: "Consent reference",
      description: "The consent that covers this referral.",
    }).exactOptional(),
    consentOverride: obj(
      {
        legalBasis: code(cl.legalBasis, {
          title: "Legal basis",
          description: "The legal basis other than consent that allows the referral.",
          sensitivity: "internal",
        }),
        justification: freeText({
          title: "Justification",
          description: "Why the referral proceeds without consent.",
        }),
        authorisedBy: focalPointRef({ title: "Authorised by", description: "Who authorised the override." }),
        at: dateTime({
          title: "At",
          description: "When the override was authorised.",
          sensitivity: "internal",
        }),
      },
      "Consent override",
      "A recorded decision to refer without consent, on another legal basis.",
    ).exactOptional(),
    disclosure: obj(
      {
        disclosedFields: leafList(
          pointer(),
          {
            title: "Disclosed fields",
            description: "JSON Pointers of the sensitive fields present in this payload.",
            sensitivity: "internal",
          },
          { max: 500 },
        ),
        withheldFields: leafList(
          pointer(),
          {
            title: "Withheld fields",
            description: "JSON Pointers of the fields withheld from this payload.",
            sensitivity: "internal",
          },
          { max: 500 },
        ),
      },
      "Disclosure",
      "What personal data this referral discloses and withholds.",
    ),
    childSafeguards: obj(
      {
        guardianInformed: flag({
          title: "Guardian informed",
          description: "Whether the child's guardian was informed of the referral.",
          sensitivity: "internal",
        }),
        bestInterestsAssessmentRef: documentRef({
          title: "BIA reference",
          description: "The best-interests assessment or determination supporting the referral.",
        }).exactOptional(),
        escort: flag({
          title: "Escort",
          description: "Whether the child will be escorted when travelling.",
          sensitivity: "internal",
        }).exactOptional(),
      },
      "Child safeguards",
      "Safeguards for a child's referral; required when the subject is or is presumed to be a child.",
    ).exactOptional(),
    riskAssessment: obj(
      {
        level: code(cl.riskLevel, {
          title: "Level",
          description: "Assessed risk level.",
          sensitivity: "internal",
        }),
        assessedOn: date({
          title: "Assessed on",
          description: "Date of the risk assessment.",
          sensitivity: "internal",
        }),
        assessedBy: focalPointRef({ title: "Assessed by", description: "Who assessed the risk." }),
        returnSafetyChecked: flag({
          title: "Return safety checked",
          description: "Whether the safety of return was checked.",
          sensitivity: "internal",
        }),
        summary: freeText({
          title: "Summary",
          description: "Summary of the risk assessment.",
        }).exactOptional(),
      },
      "Risk assessment",
      "Risk assessment; required at the `returnAndSocialInclusion` stage.",
    ).exactOptional(),
    logistics: obj(
      {
        travelDate: date({ title: "Travel date", description: "Planned travel date." }).exactOptional(),
        documentsStatus: code(cl.documentsStatus, {
          title: "Documents status",
          description: "Whether travel documents are ready.",
          sensitivity: "internal",
        }).exactOptional(),
        interpreterLanguage: languageTag({
          title: "Interpreter language",
          description: "Language an interpreter is needed for.",
        }).exactOptional(),
      },
      "Logistics",
      "Travel and document logistics.",
    ).exactOptional(),
    channel: code(cl.referralChannel, {
      title: "Channel",
      description: "How the referral is transmitted.",
      sensitivity: "internal",
    }),
    status: code(cl.referralStatus, {
      title: "Status",
      description: "Current status of the referral.",
      sensitivity: "internal",
    }),
    statusHistory: list(
      statusChange,
      "Status history",
      "Status changes in chronological order; the last is `status`.",
      {
        min: 1,
        max: 100,
      },
    ),
    responseDueBy: dateTime({
      title: "Response due by",
      description: "When the receiver is expected to respond.",
      sensitivity: "internal",
    }).exactOptional(),
    followUps: list(
      obj(
        {
          dueOn: date({
            title: "Due on",
            description: "When the follow-up is due.",
            sensitivity: "internal",
          }),
          done: flag({
            title: "Done",
            description: "Whether the follow-up was done.",
            sensitivity: "internal",
          }),
          note: freeText({ title: "Note", description: "A note on the follow-up." }).exactOptional(),
        },
        "Follow-up",
        "A follow-up after the referral.",
      ),
      "Follow-ups",
      "Follow-ups after the referral.",
      { max: 50 },
    ).exactOptional(),
  },
  "Referral",
  "One referral or transfer of a person's case between focal points, national or transnational, with the minimum data the consent allows.",
);

/** A referral document. */
export type Referral = z.infer<typeof ReferralSchema>;
