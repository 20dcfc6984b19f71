/** How far a change reaches, from the standard's versioning policy (docs/versioning.md). */
export type ChangeLevel = "patch" | "minor" | "major";

/** The level of a whole release: a change level, or `none` when nothing changed. */
export type ReleaseLevel = "none" | ChangeLevel;

/**
 * Release levels from the least to the most far-reaching.
 * @example
 * releaseLevels.indexOf("minor") > releaseLevels.indexOf("patch"); // true
 */
export const releaseLevels = ["none", "patch", "minor", "major"] as const satisfies readonly ReleaseLevel[];

/** The kinds of change the classifier reports; each has one level (or two, for code additions). */
export type ChangeKind =
  | "document-added"
  | "document-removed"
  | "codelist-added"
  | "codelist-removed"
  | "id-changed"
  | "schema-opened"
  | "schema-closed"
  | "type-narrowed"
  | "type-widened"
  | "property-added-required"
  | "property-added-optional"
  | "property-removed"
  | "required-added"
  | "required-removed"
  | "additional-properties-closed"
  | "additional-properties-opened"
  | "enum-narrowed"
  | "enum-widened"
  | "code-added"
  | "code-added-to-closed-list"
  | "code-removed"
  | "code-deprecated"
  | "codes-reordered"
  | "list-opened"
  | "list-closed"
  | "pattern-added"
  | "pattern-changed"
  | "pattern-removed"
  | "format-added"
  | "format-changed"
  | "format-removed"
  | "bound-tightened"
  | "bound-loosened"
  | "unique-items-added"
  | "unique-items-removed"
  | "branch-added"
  | "ref-changed"
  | "definition-added"
  | "definition-removed"
  | "sensitivity-lowered"
  | "sensitivity-raised"
  | "codelist-reference-changed"
  | "deprecated"
  | "label-changed"
  | "annotation-changed"
  | "unclassified-change";

/** One classified change between two versions of the schemas or codelists. */
export interface SchemaChange {
  /** How far the change reaches. */
  readonly level: ChangeLevel;
  /** The file the change is in, relative to the version folder (`referral.schema.json`, `codelists/sex.json`). */
  readonly file: string;
  /** JSON Pointer (RFC 6901) of the changed keyword or code in that file (the new file's, or the old one's for removals). */
  readonly path: string;
  /** What kind of change it is. */
  readonly kind: ChangeKind;
  /** One sentence naming the keyword and what changed. */
  readonly message: string;
}

/** The changes between two versions and the release level they call for. */
export interface SchemaDiff {
  /** The highest level of any change; `none` when nothing changed. */
  readonly level: ReleaseLevel;
  /** Every change, ordered by file and then by position in the file. */
  readonly changes: readonly SchemaChange[];
}

/** One code of a published codelist (`schemas/v1/codelists/<name>.json`). */
export interface PublishedCode {
  readonly code: string;
  readonly label?: Readonly<Record<string, string>>;
  readonly description?: string;
  readonly source?: string;
  readonly since?: string;
  readonly deprecated?: { readonly since?: string; readonly replacedBy?: string };
  readonly [key: string]: unknown;
}

/** A published codelist as it is written to `schemas/v1/codelists/<name>.json`. */
export interface PublishedCodelist {
  readonly name: string;
  readonly open: boolean;
  readonly codes: readonly PublishedCode[];
  readonly [key: string]: unknown;
}

/** The JSON Schemas and codelists of one version of the standard. */
export interface SchemaSet {
  /** JSON Schemas keyed by file name (`referral.schema.json`). */
  readonly schemas: Readonly<Record<string, unknown>>;
  /** Codelists keyed by name (`sex`), as read from `codelists/<name>.json`. */
  readonly codelists: Readonly<Record<string, PublishedCodelist>>;
}

/**
 * Orders two release levels: negative when `a` reaches less far than `b`, 0 when equal, positive otherwise.
 * @example
 * compareLevels("minor", "major"); // < 0
 */
export function compareLevels(a: ReleaseLevel, b: ReleaseLevel): number {
  return releaseLevels.indexOf(a) - releaseLevels.indexOf(b);
}

/**
 * The highest of some release levels; `none` for no levels.
 * @example
 * maxLevel(["patch", "minor"]); // "minor"
 */
export function maxLevel(levels: Iterable<ReleaseLevel>): ReleaseLevel {
  let max: ReleaseLevel = "none";
  for (const l of levels) if (compareLevels(l, max) > 0) max = l;
  return max;
}
