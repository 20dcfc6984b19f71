/** Annotation keywords of the Open TRM JSON Schemas; they never change a verdict. */
export const ANNOTATION_KEYWORDS = [
  "x-trm-sensitivity",
  "x-trm-codelist",
  "x-trm-documentType",
  "x-trm-standardVersion",
] as const;
