/** The `documentType` values of the standard, in their canonical order. */
export const documentTypeNames = [
  "victimProfile",
  "referral",
  "consent",
  "bestInterestsAssessment",
  "focalPoint",
  "focalPointDirectory",
] as const;

/** A `documentType` value. */
export type DocumentTypeName = (typeof documentTypeNames)[number];

/** Kebab-case file stem of each document type (`schemas/v1/<kebab>.schema.json`, `examples/<kebab>/`). */
export const documentTypeKebab: Readonly<Record<DocumentTypeName, string>> = {
  victimProfile: "victim-profile",
  referral: "referral",
  consent: "consent",
  bestInterestsAssessment: "best-interests-assessment",
  focalPoint: "focal-point",
  focalPointDirectory: "focal-point-directory",
};

const names: ReadonlySet<string> = new Set(documentTypeNames);

/** Whether a value is one of the six document types. */
export function isDocumentTypeName(value: unknown): value is DocumentTypeName {
  return typeof value === "string" && names.has(value);
}
