// The shape of the mutation table: each row turns one base document into one fixture.
import type { DocumentTypeName } from "@open-trm/schema";
import type {
  DocumentRuleId,
  ExpectedError,
  ExpectedRuleIssue,
  ExpectedSchemaError,
  FixtureCategory,
  SchemaKeyword,
} from "../../src/manifest.js";
import type { Json } from "./pointer.js";

/** Which hand-written base document a row starts from (`scripts/bases/<kebab>.<base>.json`). */
export type BaseName = "minimal" | "rich";

/** One JSON-Pointer based edit. */
export type Op =
  | { readonly op: "set"; readonly pointer: string; readonly value: Json }
  | { readonly op: "delete"; readonly pointer: string };

/**
 * One row of the mutation table. `errors: []` makes a valid fixture (an `edgeCase`, or a `ruleWarning` with
 * `warnings`); one error makes an invalid fixture, a JSON Schema fault or, with the category `rule`, a rule.
 */
export interface Mutation {
  /** Document type (the `documentType` value). */
  readonly type: DocumentTypeName;
  /** File stem of the fixture, kebab-case, unique per type. */
  readonly name: string;
  /** The base document the edit applies to. */
  readonly base: BaseName;
  /** What the fixture exercises. */
  readonly category: FixtureCategory;
  /** One sentence for the manifest. */
  readonly description: string;
  /** The edit, or the edits when one change needs another to stay coherent. */
  readonly apply: Op | readonly Op[];
  /** The single fault of an invalid fixture (one entry), or none for a valid fixture. */
  readonly errors: readonly ExpectedError[];
  /** The warning-level rule findings of a `ruleWarning` fixture (none for every other category). */
  readonly warnings?: readonly ExpectedRuleIssue[];
}

/** A row before its type is filled in by the per-type table. */
export type Row = Omit<Mutation, "type">;

/** Sets the value at `pointer`. */
export const set = (pointer: string, value: Json): Op => ({ op: "set", pointer, value });
/** Deletes the member at `pointer`. */
export const del = (pointer: string): Op => ({ op: "delete", pointer });
/** The expected JSON Schema fault at `pointer`, caught by `keyword`. */
export const fault = (pointer: string, keyword: SchemaKeyword): ExpectedSchemaError => ({ pointer, keyword });
/** The expected finding of the semantic rule `ruleId` at `pointer` (an error or a warning, by the rule). */
export const finding = (pointer: string, ruleId: DocumentRuleId): ExpectedRuleIssue => ({ pointer, ruleId });
/** A string of `n` code points, one more than a `maxLength` of `n - 1`. */
export const longText = (n: number): string => "x".repeat(n);

/** Gives every row of a per-type table its document type. */
export function table(type: DocumentTypeName, rows: readonly Row[]): Mutation[] {
  return rows.map((r) => ({ type, ...r }));
}
