import type { z } from "zod";
import { STANDARD_VERSION } from "./common.js";
import type { DocumentTypeName } from "./document-type-names.js";
import { BestInterestsAssessmentSchema } from "./documents/best-interests-assessment.js";
import { ConsentSchema } from "./documents/consent.js";
import { FocalPointSchema } from "./documents/focal-point.js";
import { FocalPointDirectorySchema } from "./documents/focal-point-directory.js";
import { ReferralSchema } from "./documents/referral.js";
import { VictimProfileSchema } from "./documents/victim-profile.js";

/** Base URL of the published JSON Schemas of this major version; `$id`s are stable across minor versions. */
export const SCHEMA_BASE_URL = "https://open-trm.org/schemas/v1/";

/** One row of the document-type table. */
export interface DocumentTypeInfo<S extends z.ZodType = z.ZodType> {
  /** The `documentType` value. */
  readonly name: string;
  /** Kebab-case file stem: `schemas/v1/<kebab>.schema.json`, `examples/<kebab>/`. */
  readonly kebab: string;
  /** Human title. */
  readonly title: string;
  /** The Zod schema (source of truth). */
  readonly schema: S;
  /** The `$id` of the generated JSON Schema. */
  readonly schemaId: string;
  /** The standard version the schema describes. */
  readonly standardVersion: string;
}

function row<const N extends string, const K extends string, S extends z.ZodType>(
  name: N,
  kebab: K,
  title: string,
  schema: S,
) {
  return {
    name,
    kebab,
    title,
    schema,
    schemaId: `${SCHEMA_BASE_URL}${kebab}.schema.json`,
    standardVersion: STANDARD_VERSION,
  } as const;
}

/** The six document types of the standard, keyed by their `documentType` value. */
export const documentTypes = {
  victimProfile: row("victimProfile", "victim-profile", "Victim profile", VictimProfileSchema),
  referral: row("referral", "referral", "Referral", ReferralSchema),
  consent: row("consent", "consent", "Consent", ConsentSchema),
  bestInterestsAssessment: row(
    "bestInterestsAssessment",
    "best-interests-assessment",
    "Best-interests assessment",
    BestInterestsAssessmentSchema,
  ),
  focalPoint: row("focalPoint", "focal-point", "Focal point", FocalPointSchema),
  focalPointDirectory: row(
    "focalPointDirectory",
    "focal-point-directory",
    "Focal point directory",
    FocalPointDirectorySchema,
  ),
} as const satisfies Record<DocumentTypeName, DocumentTypeInfo>;

/** The JSON Schema `$id` of a document type. */
export function schemaIdOf(name: DocumentTypeName): string {
  return documentTypes[name].schemaId;
}
