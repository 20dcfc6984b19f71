import { z } from "zod";
import { country } from "../codelists/geo.js";
import * as cl from "../codelists/index.js";
import {
  code,
  codeSchema,
  countryCode,
  date,
  flag,
  focalPointRef,
  LANGUAGE_TAG,
  languageTag,
  obj,
  shortText,
} from "../common.js";

/** A language a person speaks, and whether an interpreter is needed for it. */
export const spokenLanguage = () =>
  obj(
    {
      tag: languageTag({
        title: "Language",
        description: "BCP 47 language tag of a language the person speaks.",
      }),
      interpreterNeeded: flag({
        title: "Interpreter needed",
        description: "Whether an interpreter is needed to communicate in this language.",
        sensitivity: "internal",
      }).exactOptional(),
    },
    "Language",
    "A language the person speaks, and whether an interpreter is needed.",
  );

/** A guardian or representative appointed for a child. */
export const guardian = () =>
  obj(
    {
      appointed: flag({
        title: "Appointed",
        description: "Whether a guardian or representative has been appointed for the child.",
        sensitivity: "internal",
      }),
      type: code(cl.guardianType, {
        title: "Guardian type",
        description: "Kind of guardian or representative.",
        sensitivity: "internal",
      }),
      ref: focalPointRef({
        title: "Guardian reference",
        description: "The focal point (guardianship authority or service) acting as or for the guardian.",
      }).exactOptional(),
      appointedOn: date({ title: "Appointed on", description: "Date of appointment." }).exactOptional(),
    },
    "Guardian",
    "The guardian or representative of a child (CoE CETS 197 Art. 10(4); Directive 2011/36/EU Art. 14(2)).",
  );

/** A country code as an array item (the array carries the metadata). */
export const countryItem = () => codeSchema(country);
/** A language tag as an array item (the array carries the metadata). */
export const languageItem = () => z.string().max(20).regex(LANGUAGE_TAG);
/** Reference to the focal point and country on one side of a referral. */
export const referralParty = (side: "sender" | "receiver") =>
  obj(
    {
      focalPoint: focalPointRef({ title: "Focal point", description: `The ${side} focal point.` }),
      country: countryCode({
        title: "Country",
        description: `Country of the ${side} focal point.`,
        sensitivity: "public",
      }),
      caseWorker: shortText({
        title: "Case worker",
        description: `Name of the ${side}'s case worker handling the referral.`,
        sensitivity: "direct",
      }).exactOptional(),
    },
    side === "sender" ? "From" : "To",
    `The ${side} of the referral.`,
  );
