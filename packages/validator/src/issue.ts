/** How serious an issue is: an `error` makes a document invalid, a `warning` does not. */
export type Severity = "error" | "warning";

/** One finding about a document. Never carries a value from the document. */
export interface Issue {
  /** Stable code from the rule catalogue (`TRM-S001`, `TRM-R004`, ...); never renumbered or reused. */
  readonly code: string;
  /** `error` or `warning`. */
  readonly severity: Severity;
  /** JSON Pointer (RFC 6901) of the fault in the document; `""` is the whole document. */
  readonly path: string;
  /** What is wrong and what was expected, without any value from the document. */
  readonly message: string;
  /** The semantic or cross-document rule that raised the issue, when it comes from one. */
  readonly ruleId?: string;
  /** JSON Schema location of the failing keyword, for structure issues. */
  readonly schemaPath?: string;
}

/** The result of validating one document: `ok` is true when no issue is an error. */
export interface ValidationResult {
  /** True when there is no issue of severity `error`. */
  readonly ok: boolean;
  /** The document type read from `documentType`, when it is one of the six. */
  readonly documentType?: string;
  /** Every issue found, errors and warnings, in document order where possible. */
  readonly issues: readonly Issue[];
}

/** Escapes one reference token of a JSON Pointer (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Joins reference tokens into a JSON Pointer. */
export function pointer(...tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapePointerToken(t)}`).join("");
}

/** Builds a result from issues. */
export function result(issues: readonly Issue[], documentType?: string): ValidationResult {
  const ok = !issues.some((i) => i.severity === "error");
  return documentType === undefined ? { ok, issues } : { ok, documentType, issues };
}
