/** What a fixture exercises; `base` and `edgeCase` fixtures are valid, every other category is invalid. */
export type FixtureCategory =
  | "base"
  | "edgeCase"
  | "missingRequired"
  | "unknownProperty"
  | "wrongType"
  | "badCode"
  | "badDate"
  | "badDateTime"
  | "badUuid"
  | "badEmail"
  | "badPhone"
  | "badCountryCode"
  | "badSubdivision"
  | "badLanguageTag"
  | "badDuration"
  | "badPartialDate"
  | "badPattern"
  | "tooLong"
  | "emptyString"
  | "emptyArray"
  | "outOfRange"
  | "wrongDocumentType"
  | "standardVersionMismatch"
  | "badExtensionNamespace";

/** The JSON Schema keywords an expected error can name. */
export type SchemaKeyword =
  | "required"
  | "additionalProperties"
  | "propertyNames"
  | "type"
  | "enum"
  | "const"
  | "format"
  | "pattern"
  | "minLength"
  | "maxLength"
  | "minItems"
  | "maxItems"
  | "minimum"
  | "maximum";

/** One fault an invalid fixture carries: where it is and which keyword catches it. */
export interface ExpectedError {
  /** JSON Pointer (RFC 6901) of the fault; for a missing or unknown property, the pointer of that property. */
  readonly pointer: string;
  /** The JSON Schema keyword that fails; `format` may equally be reported as `pattern` at the same pointer. */
  readonly keyword: SchemaKeyword;
}

/** One fixture: a JSON document and the verdict every conforming validator must reach on it. */
export interface ManifestEntry {
  /** Path of the fixture file relative to the package root, always `fixtures/<kebab-type>/<valid|invalid>/<name>.json`. */
  readonly path: string;
  /** The document type whose schema the fixture is validated against (the `documentType` value). */
  readonly documentType: string;
  /** Whether the document is valid. */
  readonly valid: boolean;
  /** What the fixture exercises. */
  readonly category: FixtureCategory;
  /** One sentence saying what the fixture is. */
  readonly description: string;
  /** For invalid fixtures, the single fault it carries (empty for valid fixtures). */
  readonly errors: readonly ExpectedError[];
}

/** The manifest of the conformance suite (`manifest.json`). */
export interface Manifest {
  /** The major.minor version of the Open TRM standard the fixtures test. */
  readonly standardVersion: string;
  /** How verdicts, pointers and keywords are to be read. */
  readonly conventions: string;
  /** Every fixture, grouped by document type, valid ones first. */
  readonly fixtures: readonly ManifestEntry[];
}
