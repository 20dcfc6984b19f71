/** A document as upgrade steps see it: a JSON object. */
export type UpgradeDocument = { readonly [key: string]: unknown };

/** Why a document could not be upgraded. */
export type UpgradeIssueCode =
  | "NOT_A_DOCUMENT"
  | "UNKNOWN_SOURCE_VERSION"
  | "UNKNOWN_TARGET_VERSION"
  | "DOWNGRADE"
  | "NO_UPGRADE_PATH"
  | "STEP_FAILED";

/** One reason an upgrade failed; names a path and a rule, never a value of the document. */
export interface UpgradeIssue {
  readonly code: UpgradeIssueCode;
  /** JSON Pointer (RFC 6901) in the document; `""` is the whole document. */
  readonly path: string;
  readonly message: string;
}

/** The outcome of one step: the new document, or why the step could not convert this document. */
export type StepResult =
  | { readonly ok: true; readonly value: UpgradeDocument }
  | { readonly ok: false; readonly issues: readonly UpgradeIssue[] };

/** One migration between two versions of the standard (`from === to` only for the identity step). */
export interface UpgradeStep {
  /** The major.minor version the step reads. */
  readonly from: string;
  /** The major.minor version the step writes; the engine sets `standardVersion` to it afterwards. */
  readonly to: string;
  /** What the step changes, for people. */
  readonly description: string;
  /** Pure: returns a new document and never mutates its input. */
  upgrade(doc: UpgradeDocument): StepResult;
}

/** The known versions and the steps between them. */
export interface UpgradeRegistry {
  /** Every version a step reads or writes, oldest first. */
  readonly versions: readonly string[];
  /** The steps, in registration order (the order breaks ties between equally short paths). */
  readonly steps: readonly UpgradeStep[];
}

/** The upgraded document and the steps applied, or the issues that stopped the upgrade. */
export type UpgradeResult =
  | {
      readonly ok: true;
      readonly value: UpgradeDocument;
      readonly from: string;
      readonly to: string;
      /** The steps applied, as `from->to`. */
      readonly applied: readonly string[];
    }
  | { readonly ok: false; readonly issues: readonly UpgradeIssue[] };
