// The hand-written valid base documents in scripts/bases/ and what each one is.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DocumentTypeName, documentTypes } from "@open-trm/schema";
import type { BaseName } from "./mutation.js";
import type { Json } from "./pointer.js";

const BASES_DIR = join(dirname(fileURLToPath(import.meta.url)), "../bases");

/** The base names in the order their fixtures are listed. */
export const baseNames: readonly BaseName[] = ["minimal", "rich"];

/** Manifest description of each base document. */
export const baseDescriptions: Record<DocumentTypeName, Record<BaseName, string>> = {
  victimProfile: {
    minimal: "A presumed adult victim's profile with only the required fields.",
    rich: "An identified child victim's profile using nearly every optional field.",
  },
  referral: {
    minimal:
      "A draft transnational information request with only the required fields, plus the consent reference that TRM-R004 asks for.",
    rich: "An accepted transnational case transfer of a child for safe return, with an embedded victim profile.",
  },
  consent: {
    minimal: "An adult's written consent to case management with only the required fields.",
    rich: "A guardian's consent with the child's assent, recipients, withheld data and an expiry.",
  },
  bestInterestsAssessment: {
    minimal: "A short best-interests assessment with only the required fields.",
    rich: "A best-interests determination review with domains, family, options and a panel decision.",
  },
  focalPoint: {
    minimal: "A national coordinator's contact point with only the required fields.",
    rich: "A referral centre's contact point with mandate, secure channel, opening hours and an extension.",
  },
  focalPointDirectory: {
    minimal: "A national directory listing one minimal focal point.",
    rich: "A national directory with two focal points, a previous version and extensions.",
  },
};

/** Reads `scripts/bases/<kebab>.<base>.json`; a fresh copy on every call, safe to mutate. */
export function loadBase(type: DocumentTypeName, base: BaseName): Json {
  const file = join(BASES_DIR, `${documentTypes[type].kebab}.${base}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as Json;
}
