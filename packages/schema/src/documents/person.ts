import { z } from "zod";
import * as cl from "../codelists/index.js";
import {
  code,
  count,
  countryCode,
  date,
  documentRef,
  e164Phone,
  email,
  flag,
  leafList,
  list,
  obj,
  partialDate,
  shortText,
} from "../common.js";
import { countryItem, guardian, spokenLanguage } from "./shared.js";

const ageAssessment = obj(
  {
    method: code(cl.ageAssessmentMethod, {
      title: "Method",
      description: "How the age was assessed.",
      sensitivity: "internal",
    }),
    date: date({ title: "Date", description: "Date of the age assessment." }),
    outcome: code(cl.ageAssessmentOutcome, {
      title: "Outcome",
      description: "Result of the age assessment.",
      sensitivity: "quasi",
    }),
    disputed: flag({
      title: "Disputed",
      description: "Whether the outcome is disputed by the person or their representative.",
      sensitivity: "internal",
    }),
  },
  "Age assessment",
  "An assessment of the person's age; while pending, inconclusive or disputed the person is presumed a child.",
);

const identityDocument = obj(
  {
    type: code(cl.identityDocumentType, {
      title: "Document type",
      description: "Kind of identity or travel document.",
      sensitivity: "internal",
    }),
    number: shortText({
      title: "Document number",
      description: "The document's number.",
      sensitivity: "direct",
    }),
    issuingCountry: countryCode({
      title: "Issuing country",
      description: "Country that issued the document.",
    }),
    heldBy: code(cl.documentHolder, {
      title: "Held by",
      description: "Who holds the document now; withheld documents are a means of control.",
      sensitivity: "internal",
    }),
  },
  "Identity document",
  "An identity or travel document of the person.",
);

/** The person described by a victim profile. */
export const person = obj(
  {
    givenNames: shortText({
      title: "Given names",
      description: "Given names of the person.",
      sensitivity: "direct",
    }).exactOptional(),
    familyNames: shortText({
      title: "Family names",
      description: "Family names of the person.",
      sensitivity: "direct",
    }).exactOptional(),
    otherNames: leafList(
      z.string().min(1).max(200),
      {
        title: "Other names",
        description: "Aliases, earlier names or names used by others for the person.",
        sensitivity: "direct",
      },
      { max: 20 },
    ).exactOptional(),
    sex: code(cl.sex, {
      title: "Sex",
      description: "Sex of the person.",
      sensitivity: "quasi",
    }).exactOptional(),
    gender: code(cl.gender, {
      title: "Gender",
      description: "Gender of the person as they identify.",
      sensitivity: "quasi",
    }).exactOptional(),
    birthDate: partialDate({
      title: "Birth date",
      description: "Date of birth, known in full or in part (YYYY, YYYY-MM or YYYY-MM-DD).",
    }).exactOptional(),
    birthDateEstimated: flag({
      title: "Birth date estimated",
      description: "Whether the birth date is an estimate rather than documented.",
      sensitivity: "internal",
    }).exactOptional(),
    isChild: code(cl.childStatus, {
      title: "Is a child",
      description:
        "Whether the person is under 18; `presumed` applies the presumption of minority while age is uncertain.",
      sensitivity: "quasi",
    }),
    ageAssessment: ageAssessment.exactOptional(),
    citizenships: leafList(
      countryItem(),
      {
        title: "Citizenships",
        description: "Countries of citizenship; empty when unknown or stateless.",
        sensitivity: "quasi",
        codelist: "country",
      },
      { max: 10 },
    ),
    stateless: flag({
      title: "Stateless",
      description: "Whether the person is stateless.",
      sensitivity: "quasi",
    }).exactOptional(),
    languages: list(spokenLanguage(), "Languages", "Languages the person speaks, in order of preference.", {
      max: 20,
    }),
    identityDocuments: list(
      identityDocument,
      "Identity documents",
      "Identity and travel documents of the person.",
      {
        max: 20,
      },
    ).exactOptional(),
    contact: obj(
      {
        phones: leafList(
          e164Phone({ title: "Phone", description: "A phone number of the person (E.164)." }),
          {
            title: "Phones",
            description: "The person's own phone numbers (E.164).",
            sensitivity: "direct",
          },
          { max: 10 },
        ).exactOptional(),
        emails: leafList(
          email({ title: "E-mail", description: "An e-mail address of the person." }),
          {
            title: "E-mails",
            description: "The person's own e-mail addresses.",
            sensitivity: "direct",
          },
          { max: 10 },
        ).exactOptional(),
      },
      "Contact",
      "How to reach the person directly.",
    ).exactOptional(),
    migrationStatus: code(cl.migrationStatus, {
      title: "Migration status",
      description: "The person's migration or international-protection status.",
      sensitivity: "quasi",
    }).exactOptional(),
    dependants: obj(
      {
        count: count({ title: "Count", description: "Number of dependants.", sensitivity: "quasi" }, 50),
        accompanying: flag({
          title: "Accompanying",
          description: "Whether the dependants are with the person.",
          sensitivity: "internal",
        }),
      },
      "Dependants",
      "Children or others who depend on the person.",
    ).exactOptional(),
  },
  "Person",
  "Who the person is. Names, documents and contact details are direct identifiers.",
);

/** Child-specific context, required when the person is or is presumed to be a child. */
export const childContext = obj(
  {
    separation: code(cl.separationStatus, {
      title: "Separation",
      description: "Whether the child is unaccompanied, separated or accompanied.",
      sensitivity: "quasi",
    }),
    guardian: guardian().exactOptional(),
    bestInterestsAssessmentRefs: leafList(
      documentRef({ title: "BIA reference", description: "A best-interests assessment." }),
      {
        title: "Best-interests assessments",
        description: "References to the child's best-interests assessments and determinations.",
        sensitivity: "identifier",
      },
      { max: 50 },
    ),
  },
  "Child context",
  "Separation, guardianship and best-interests assessments of a child; required when `isChild` is `yes` or `presumed`.",
);
