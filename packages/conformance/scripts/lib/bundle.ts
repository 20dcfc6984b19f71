// The shape of the bundle table: each row is a set of documents, built from the bases, validated together.
import type { DocumentTypeName } from "@open-trm/schema";
import type { BundleCategory, CrossRuleId, DocumentRuleId } from "../../src/manifest.js";
import type { BaseName, Op } from "./mutation.js";

/** One document of a bundle: a base document, optionally edited. */
export interface BundleDocument {
  /** File stem inside the bundle's directory, kebab-case, such as `referral` or `focal-point-directory`. */
  readonly file: string;
  /** Document type of the base. */
  readonly type: DocumentTypeName;
  /** The base document (`scripts/bases/<kebab>.<base>.json`). */
  readonly base: BaseName;
  /** Edits to the base, if any. */
  readonly apply?: Op | readonly Op[];
}

/** The finding of an invalid bundle: which document (by file stem), where, which rule. */
export interface BundleFault {
  readonly file: string;
  readonly pointer: string;
  readonly ruleId: CrossRuleId | DocumentRuleId;
}

/** One row of the bundle table: `errors: []` makes a valid bundle, one error an invalid one. */
export interface Bundle {
  /** Name of the bundle and of its directory `fixtures/bundles/<name>`, kebab-case, unique. */
  readonly name: string;
  /** What the bundle exercises. */
  readonly category: BundleCategory;
  /** One sentence for the manifest. */
  readonly description: string;
  /** The documents, in the order they are validated. */
  readonly documents: readonly BundleDocument[];
  /** The single finding of an invalid bundle, or none. */
  readonly errors: readonly BundleFault[];
}

/** The expected finding of `ruleId` in the bundle's document `file`, at `pointer`. */
export const crossFault = (
  file: string,
  pointer: string,
  ruleId: CrossRuleId | DocumentRuleId,
): BundleFault => ({ file, pointer, ruleId });
