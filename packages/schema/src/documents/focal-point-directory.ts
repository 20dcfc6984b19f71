import type { z } from "zod";
import { countryCode, date, envelope, list, obj, shortText } from "../common.js";
import { FocalPointSchema } from "./focal-point.js";

/** A published national or regional contact list of focal points (data model 5.6). */
export const FocalPointDirectorySchema = obj(
  {
    ...envelope("focalPointDirectory", "internal"),
    publisher: obj(
      {
        country: countryCode({
          title: "Country",
          description: "Country of the publisher.",
          sensitivity: "public",
        }),
        institution: shortText({
          title: "Institution",
          description: "Name of the publishing institution.",
          sensitivity: "public",
        }),
      },
      "Publisher",
      "Who publishes the directory.",
    ),
    publishedOn: date({ title: "Published on", description: "Date of publication.", sensitivity: "public" }),
    version: shortText({
      title: "Version",
      description: "Version of the directory, as the publisher numbers it.",
      sensitivity: "public",
    }),
    focalPoints: list(FocalPointSchema, "Focal points", "The focal points listed.", { max: 5000 }),
    previousVersion: shortText({
      title: "Previous version",
      description: "Version this one replaces.",
      sensitivity: "public",
    }).exactOptional(),
  },
  "Focal point directory",
  "A published national or regional contact list of TRM focal points.",
);

/** A focal point directory document. */
export type FocalPointDirectory = z.infer<typeof FocalPointDirectorySchema>;
