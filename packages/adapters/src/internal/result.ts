import { validate } from "@open-trm/validator";
import type { AdapterIssue, AdapterIssueCode, AdapterResult, Loss } from "../result.js";

/** A successful result. */
export function success<T>(value: T, losses: readonly Loss[] = []): AdapterResult<T> {
  return { ok: true, value, losses };
}

/** A refused result with one issue. */
export function failure<T>(code: AdapterIssueCode, path: string, message: string): AdapterResult<T> {
  return { ok: false, issues: [{ code, severity: "error", path, message }] };
}

/** A refused result with several issues. */
export function failures<T>(issues: readonly AdapterIssue[]): AdapterResult<T> {
  return { ok: false, issues };
}

/** Builds one issue. */
export function issue(code: AdapterIssueCode, path: string, message: string): AdapterIssue {
  return { code, severity: "error", path, message };
}

/**
 * Checks an Open TRM input before it is converted: anything that is not a valid document becomes
 * ADAPTER_INVALID_DOCUMENT issues carrying the validator's paths and messages (which never quote values).
 */
export function checkTrmInput(doc: unknown): AdapterIssue[] {
  const r = validate(doc);
  if (r.ok) return [];
  return r.issues
    .filter((i) => i.severity === "error")
    .map((i) => issue("ADAPTER_INVALID_DOCUMENT", i.path, `${i.code}: ${i.message}`));
}

/**
 * Checks a document produced by a from<Format> adapter: a result that does not validate is refused
 * whole (ADAPTER_RESULT_INVALID), so no caller ever receives a partial or invalid document.
 */
export function finishTrm<T>(doc: T, losses: readonly Loss[] = []): AdapterResult<T> {
  const r = validate(doc);
  if (r.ok) return success(doc, losses);
  return failures(
    r.issues
      .filter((i) => i.severity === "error")
      .map((i) => issue("ADAPTER_RESULT_INVALID", i.path, `${i.code}: ${i.message}`)),
  );
}
