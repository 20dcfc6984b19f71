import type { z } from "zod";
import * as cl from "../codelists/index.js";
import {
  code,
  codes,
  countryCode,
  dateTime,
  documentRef,
  duration,
  envelope,
  flag,
  focalPointRef,
  freeText,
  languageTag,
  leafList,
  list,
  obj,
  shortText,
  text,
} from "../common.js";

const informed = (what: string) =>
  flag({
    title: `Informed of ${what}`,
    description: `Whether the person was informed of ${what}.`,
    sensitivity: "internal",
  });

const recipient = obj(
  {
    category: code(cl.recipientCategory, {
      title: "Category",
      description: "Kind of recipient the data may be shared with.",
      sensitivity: "internal",
    }),
    country: countryCode({
      title: "Country",
      description: "Country of the recipient; any country when absent.",
      sensitivity: "public",
    }).exactOptional(),
    focalPoint: focalPointRef({
      title: "Focal point",
      description: "A named recipient focal point.",
    }).exactOptional(),
  },
  "Recipient",
  "A recipient (category, and optionally country or focal point) the person agreed to share with.",
);

const event = obj(
  {
    state: code(cl.consentState, {
      title: "State",
      description: "The consent state entered.",
      sensitivity: "internal",
    }),
    at: dateTime({ title: "At", description: "When the state was entered." }),
    recordedBy: focalPointRef({ title: "Recorded by", description: "Who recorded the event." }),
    validUntil: dateTime({
      title: "Valid until",
      description: "When a given or renewed consent expires.",
      sensitivity: "internal",
    }).exactOptional(),
  },
  "Consent event",
  "One change of the consent's state.",
);

/** The informed consent of a person (or guardian) to processing and sharing (data model 5.3). */
export const ConsentSchema = obj(
  {
    ...envelope("consent", "quasi"),
    subjectRef: documentRef({
      title: "Subject reference",
      description: "The victim profile the consent is about.",
    }),
    givenBy: obj(
      {
        role: code(cl.consentGiverRole, {
          title: "Role",
          description: "Who gave the consent: the person or someone for them.",
          sensitivity: "internal",
        }),
        ref: focalPointRef({
          title: "Reference",
          description: "The focal point (such as a guardianship authority) that gave consent for the person.",
        }).exactOptional(),
      },
      "Given by",
      "Who gave the consent.",
    ),
    childAssent: obj(
      {
        obtained: flag({
          title: "Obtained",
          description: "Whether the child's assent was obtained.",
          sensitivity: "internal",
        }),
        ageAppropriateInformationGiven: flag({
          title: "Age-appropriate information given",
          description: "Whether the child received information suited to their age.",
          sensitivity: "internal",
        }),
      },
      "Child assent",
      "The child's own assent; required when the subject is a child.",
    ).exactOptional(),
    purposes: codes(
      cl.purpose,
      { title: "Purposes", description: "Purposes consented to.", sensitivity: "internal" },
      {
        min: 1,
        max: 20,
      },
    ),
    recipients: list(recipient, "Recipients", "Recipients the data may be shared with.", { max: 100 }),
    dataCategories: codes(
      cl.dataCategory,
      {
        title: "Data categories",
        description: "Categories of data that may be shared.",
        sensitivity: "internal",
      },
      { max: 20 },
    ),
    withheld: obj(
      {
        categories: codes(
          cl.dataCategory,
          {
            title: "Categories",
            description: "Categories of data the person does not want shared.",
            sensitivity: "internal",
          },
          { max: 20 },
        ),
        fromRecipients: codes(
          cl.recipientCategory,
          {
            title: "From recipients",
            description: "Kinds of recipients those categories are withheld from.",
            sensitivity: "internal",
          },
          { max: 20 },
        ),
        reason: code(cl.withholdingReason, {
          title: "Reason",
          description: "Why data is withheld.",
          sensitivity: "internal",
        }),
      },
      "Withheld",
      "Data the person asked to withhold, from whom, and why.",
    ).exactOptional(),
    legalBases: codes(
      cl.legalBasis,
      {
        title: "Legal bases",
        description: "Legal bases for the processing this consent records.",
        sensitivity: "internal",
      },
      { min: 1, max: 11 },
    ),
    informedOf: obj(
      {
        purpose: informed("the purpose"),
        dataUse: informed("how the data will be used"),
        recipients: informed("the recipients"),
        retention: informed("the retention period"),
        rightOfAccess: informed("the right of access"),
        withdrawal: informed("how to withdraw consent"),
      },
      "Informed of",
      "What the person was told before consenting.",
    ),
    notice: obj(
      {
        ref: text({
          title: "Reference",
          description: "Reference or address of the privacy notice.",
          sensitivity: "public",
        }),
        version: shortText({
          title: "Version",
          description: "Version of the notice.",
          sensitivity: "public",
        }),
        language: languageTag({
          title: "Language",
          description: "Language the notice was given in.",
          sensitivity: "internal",
        }),
      },
      "Notice",
      "The privacy notice given to the person (ISO/IEC TS 27560 privacy notice).",
    ),
    interpreter: obj(
      {
        used: flag({
          title: "Used",
          description: "Whether an interpreter was used.",
          sensitivity: "internal",
        }),
        language: languageTag({ title: "Language", description: "Language interpreted into." }),
      },
      "Interpreter",
      "Interpretation when the consent was taken.",
    ).exactOptional(),
    collectionMethod: code(cl.collectionMethod, {
      title: "Collection method",
      description: "How the consent was collected.",
      sensitivity: "internal",
    }),
    controllers: leafList(
      focalPointRef({ title: "Controller", description: "A data controller." }),
      {
        title: "Controllers",
        description: "Focal points that act as data controllers.",
        sensitivity: "public",
      },
      { min: 1, max: 20 },
    ),
    jurisdiction: countryCode({
      title: "Jurisdiction",
      description: "Jurisdiction whose law governs the consent.",
      sensitivity: "public",
    }),
    retentionPeriod: duration({
      title: "Retention period",
      description: "How long the data is kept (ISO 8601 duration).",
    }),
    withdrawalMethod: freeText({
      title: "Withdrawal method",
      description: "How the person can withdraw the consent.",
    }),
    events: list(
      event,
      "Events",
      "State changes in chronological order; the current state is the last event's.",
      {
        min: 1,
        max: 100,
      },
    ),
  },
  "Consent",
  "The informed consent of a person, or of someone for them, to the processing and sharing of their data (ISO/IEC TS 27560 consent record).",
);

/** A consent document. */
export type Consent = z.infer<typeof ConsentSchema>;
