/** The categories of schema fixtures: each is invalid for exactly one JSON Schema fault. */
export type StructureCategory =
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

/**
 * What a fixture exercises. `base`, `edgeCase` and `ruleWarning` fixtures are valid (a `ruleWarning` fixture
 * draws warnings); a `rule` fixture is structurally valid but breaks one semantic rule; every other category is
 * one JSON Schema fault.
 */
export type FixtureCategory = "base" | "edgeCase" | "ruleWarning" | "rule" | StructureCategory;

/** What a bundle exercises: `bundle` is a valid set of documents, `crossRule` breaks one cross-document rule. */
export type BundleCategory = "bundle" | "crossRule";

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

/** The semantic rules on one document (data model section 7). */
export type DocumentRuleId =
  | "TRM-R001"
  | "TRM-R002"
  | "TRM-R003"
  | "TRM-R004"
  | "TRM-R005"
  | "TRM-R006"
  | "TRM-R007"
  | "TRM-R008"
  | "TRM-R009"
  | "TRM-R010"
  | "TRM-R011"
  | "TRM-R012"
  | "TRM-R013";

/** The semantic rules across the documents of a bundle (data model section 7). */
export type CrossRuleId = "TRM-X001" | "TRM-X002" | "TRM-X003";

/** A JSON Schema fault: where it is and which keyword catches it. */
export interface ExpectedSchemaError {
  /** JSON Pointer (RFC 6901) of the fault; for a missing or unknown property, the pointer of that property. */
  readonly pointer: string;
  /** The JSON Schema keyword that fails; `format` may equally be reported as `pattern` at the same pointer. */
  readonly keyword: SchemaKeyword;
}

/** A finding of a semantic rule: where it is and which rule raises it. */
export interface ExpectedRuleIssue {
  /** JSON Pointer (RFC 6901) where the rule reports the finding (`""` is the whole document). */
  readonly pointer: string;
  /** The id of the rule in the catalogue of data model section 7. */
  readonly ruleId: DocumentRuleId;
}

/** One fault an invalid fixture carries: a JSON Schema fault (`keyword`) or a semantic rule (`ruleId`). */
export type ExpectedError = ExpectedSchemaError | ExpectedRuleIssue;

/** A finding of a cross-document rule: in which file of the bundle, where, and which rule raises it. */
export interface ExpectedCrossIssue {
  /** Path of the document at fault, relative to the package root, one of the bundle's `files`. */
  readonly file: string;
  /** JSON Pointer (RFC 6901) of the finding in that document. */
  readonly pointer: string;
  /** The id of the rule, cross-document (`TRM-X...`) or on one document (`TRM-R...`). */
  readonly ruleId: CrossRuleId | DocumentRuleId;
}

/** One fixture: a JSON document and the verdict every conforming validator must reach on it. */
export interface ManifestEntry {
  /** Path of the fixture file relative to the package root, always `fixtures/<kebab-type>/<valid|invalid>/<name>.json`. */
  readonly path: string;
  /** The document type whose schema the fixture is validated against (the `documentType` value). */
  readonly documentType: string;
  /** Whether the document is valid: it satisfies the JSON Schema and raises no error-level semantic rule. */
  readonly valid: boolean;
  /** Whether the document satisfies the JSON Schema (true for every category but the structure categories). */
  readonly schemaValid: boolean;
  /** What the fixture exercises. */
  readonly category: FixtureCategory;
  /** One sentence saying what the fixture is. */
  readonly description: string;
  /** For invalid fixtures, the single fault it carries (empty for valid fixtures). */
  readonly errors: readonly ExpectedError[];
  /** The warning-level rule findings expected at the manifest's `referenceTime` (empty for most fixtures). */
  readonly warnings: readonly ExpectedRuleIssue[];
}

/** Several documents validated together, for the cross-document rules. */
export interface BundleEntry {
  /** Name of the bundle, the name of its directory. */
  readonly name: string;
  /** The bundle's directory relative to the package root, `fixtures/bundles/<name>`. */
  readonly path: string;
  /** The documents of the bundle, relative to the package root, in the order they are validated. */
  readonly files: readonly string[];
  /** Whether every document of the bundle is valid when validated together. */
  readonly valid: boolean;
  /** What the bundle exercises. */
  readonly category: BundleCategory;
  /** One sentence saying what the bundle is. */
  readonly description: string;
  /** For an invalid bundle, the single finding, with the file it is reported in (empty for a valid bundle). */
  readonly errors: readonly ExpectedCrossIssue[];
  /** The warning-level findings expected at the manifest's `referenceTime` (empty for every bundle today). */
  readonly warnings: readonly ExpectedCrossIssue[];
}

/** The manifest of the conformance suite (`manifest.json`). */
export interface Manifest {
  /** The major.minor version of the Open TRM standard the fixtures test. */
  readonly standardVersion: string;
  /** How verdicts, pointers, keywords and rule ids are to be read. */
  readonly conventions: string;
  /** The clock (RFC 3339) the expected warnings hold for; the verdicts hold for it and later clocks, up to 2062. */
  readonly referenceTime: string;
  /** Every fixture, grouped by document type, valid ones first. */
  readonly fixtures: readonly ManifestEntry[];
  /** Every bundle, valid ones first. */
  readonly bundles: readonly BundleEntry[];
}
