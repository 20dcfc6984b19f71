import { type DocumentTypeName, isDocumentTypeName } from "@open-trm/schema/data";
import { parseCsv } from "../internal/csv-text.js";
import { finishTrm, issue } from "../internal/result.js";
import type { AdapterIssue } from "../result.js";
import type { DocBuilder } from "./builder.js";
import { decodeCell } from "./cell.js";
import { cellPath, parseColumnName, pointerToken, type Segment } from "./column-name.js";
import { type ResolveFailure, resolveColumn } from "./resolve.js";
import type { Shape } from "./shape.js";

/** The message of a column that is no field of its sheet. */
export const UNKNOWN_COLUMN = "column is not an Open TRM field of this sheet";

/** At most this many issues are returned: enough to fix a file, bounded for hostile input. */
export const MAX_ISSUES = 100;

/** Parses one CSV text; syntax errors become ADAPTER_SYNTAX at `/lines/<line>` (under the sheet, if any). */
export function parseText(text: string, issues: AdapterIssue[], sheet?: string): string[][] | undefined {
  const parsed = parseCsv(text);
  if (parsed.ok) return parsed.rows;
  const prefix = sheet === undefined ? "" : `/${pointerToken(sheet)}`;
  issues.push(issue("ADAPTER_SYNTAX", `${prefix}/lines/${parsed.error.line}`, parsed.error.message));
  return undefined;
}

/** Reads a header: the tokens of each column (undefined for a malformed name), refusing duplicates. */
export function readHeader(
  header: readonly string[],
  issues: AdapterIssue[],
  sheet?: string,
): (string[] | undefined)[] {
  const seen = new Set<string>();
  return header.map((name) => {
    const at = cellPath(0, name, sheet);
    if (seen.has(name)) issues.push(issue("ADAPTER_SYNTAX", at, "column name appears more than once"));
    seen.add(name);
    const tokens = parseColumnName(name);
    if (!tokens)
      issues.push(issue("ADAPTER_SYNTAX", at, "column name has a ~ that starts no escape (~0, ~1 or ~2)"));
    return tokens;
  });
}

/** The document type named by a row's `documentType` cell, or an issue. */
export function rowType(
  cell: string | undefined,
  at: string,
  issues: AdapterIssue[],
): DocumentTypeName | undefined {
  const decoded = decodeCell(cell ?? "", { kind: "string" });
  if (decoded.ok && decoded.present && isDocumentTypeName(decoded.value)) return decoded.value;
  issues.push(
    decoded.ok && !decoded.present
      ? issue("ADAPTER_MISSING", at, "every row needs a documentType")
      : issue("ADAPTER_UNKNOWN_CODE", at, "documentType is not one of the six Open TRM document types"),
  );
  return undefined;
}

const resolveMessages: Record<ResolveFailure, [AdapterIssue["code"], string]> = {
  unknown: ["ADAPTER_UNKNOWN_FIELD", "column is not a field of this row's document type"],
  index: ["ADAPTER_INVALID_VALUE", "list index in the column name must be a whole number from 0 to 9999"],
  list: ["ADAPTER_UNKNOWN_FIELD", "list items go in the list's own sheet, not in indexed columns"],
};

/** One cell to place: its column tokens, text and issue path. */
export interface CellInput {
  readonly tokens: readonly string[];
  readonly text: string;
  readonly at: string;
}

/**
 * Decodes cells against a shape and places them in a builder below `base`; `arrays` says whether indexed
 * list columns are allowed (single-sheet form) or not (sheets form). Empty cells are absent fields.
 */
export function placeCells(
  builder: DocBuilder,
  shape: Shape,
  base: readonly Segment[],
  cells: readonly CellInput[],
  arrays: boolean,
  issues: AdapterIssue[],
): void {
  for (const { tokens, text, at } of cells) {
    if (text === "") continue;
    const resolved = resolveColumn(shape, tokens, arrays);
    if (!resolved.ok) {
      const [code, message] = resolveMessages[resolved.why];
      issues.push(issue(code, at, message));
      continue;
    }
    const decoded = decodeCell(text, resolved.shape);
    if (!decoded.ok) {
      issues.push(issue("ADAPTER_WRONG_TYPE", at, `expected ${decoded.expected}`));
    } else if (
      decoded.present &&
      !builder.set([...base, ...resolved.path], decoded.value, at, decoded.container)
    ) {
      issues.push(
        issue(
          "ADAPTER_INVALID_VALUE",
          at,
          "cell overlaps another cell of the same field (marker, JSON or duplicate)",
        ),
      );
    }
  }
}

/** Reports the first gap of every rebuilt list. */
export function gapIssues(builder: DocBuilder, issues: AdapterIssue[]): void {
  for (const gap of builder.gaps()) {
    const message = `list items are numbered from 0 without gaps; item ${gap.index} is missing`;
    issues.push(issue("ADAPTER_MISSING", gap.origin, message));
  }
}

/** Validates each rebuilt document with finishTrm, moving every issue path onto the cell that holds it. */
export function finishAll(
  docs: readonly { readonly doc: unknown; readonly locate: (pointer: string) => string }[],
  issues: AdapterIssue[],
): unknown[] {
  const out: unknown[] = [];
  for (const { doc, locate } of docs) {
    const r = finishTrm(doc);
    if (r.ok) out.push(r.value);
    else for (const i of r.issues) issues.push({ ...i, path: locate(i.path) });
  }
  return out;
}

/**
 * Whether each column names a field (even with a bad index) in at least one of the shapes; unknown columns
 * are reported at the header (malformed names were reported by {@link readHeader} already).
 */
export function knownColumns(
  tokens: readonly (string[] | undefined)[],
  header: readonly string[],
  shapes: readonly Shape[],
  arrays: boolean,
  issues: AdapterIssue[],
  sheet?: string,
): boolean[] {
  return tokens.map((t, j) => {
    if (t === undefined) return false;
    // No tokens (a parsed name always has at least one) marks a column the caller already knows: a key.
    if (t.length === 0) return true;
    const known = shapes.some((shape) => {
      const r = resolveColumn(shape, t, arrays);
      return r.ok || r.why === "index";
    });
    if (!known) issues.push(issue("ADAPTER_UNKNOWN_FIELD", cellPath(0, header[j], sheet), UNKNOWN_COLUMN));
    return known;
  });
}
