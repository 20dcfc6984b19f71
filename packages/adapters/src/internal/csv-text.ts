// CSV text per RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): comma-separated, CRLF line breaks on
// output, fields quoted when they hold a comma, quote, CR or LF, quotes doubled inside quoted fields.

/** Characters that make a spreadsheet run a cell as a formula (OWASP "CSV injection"), plus our guard quote. */
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * Neutralises a cell a spreadsheet would run as a formula by prefixing a single quote; a cell that
 * already starts with a quote gets one too, so {@link restoreCell} is its exact inverse.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes {@link neutraliseCell}. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Options of {@link stringifyCsv}. */
export interface StringifyOptions {
  /** Neutralise formula-like cells with {@link neutraliseCell} (default: true). */
  readonly guardFormulas?: boolean;
}

/** Serialises rows of cells as RFC 4180 CSV text with CRLF line ends and a final CRLF. */
export function stringifyCsv(rows: readonly (readonly string[])[], options: StringifyOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  let out = "";
  for (const row of rows) {
    out += `${row.map((c) => quoteField(guard ? neutraliseCell(c) : c)).join(",")}\r\n`;
  }
  return out;
}

/** A CSV syntax error with the 1-based line where it was found (never the text). */
export interface CsvSyntaxError {
  readonly line: number;
  readonly message: string;
}

/** Options of {@link parseCsv}. */
export interface ParseOptions {
  /** Undo formula neutralisation with {@link restoreCell} (default: true). */
  readonly restoreFormulas?: boolean;
}

/**
 * Parses RFC 4180 CSV text (CRLF or LF line ends, optional final line break, optional UTF-8 BOM) into
 * rows of cells; rows must all have the same number of cells.
 */
export function parseCsv(
  text: string,
  options: ParseOptions = {},
): { ok: true; rows: string[][] } | { ok: false; error: CsvSyntaxError } {
  const restore = options.restoreFormulas ?? true;
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  const endField = () => {
    row.push(restore ? restoreCell(field) : field);
    field = "";
    atFieldStart = true;
    quoted = false;
  };
  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = src[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          return { ok: false, error: { line, message: "a closing quote must end its field" } };
        }
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (!atFieldStart) {
        return { ok: false, error: { line, message: "a quote may only open a field" } };
      }
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (ch === ",") {
      endField();
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endField();
      rows.push(row);
      rowLines.push(rowLine);
      row = [];
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  if (quoted) return { ok: false, error: { line: rowLine, message: "a quoted field is not closed" } };
  if (!atFieldStart || row.length > 0) {
    endField();
    rows.push(row);
    rowLines.push(rowLine);
  }
  // Blank lines at the very end are not rows (editors add them).
  while (rows.length > 1 && rows[rows.length - 1]?.length === 1 && rows[rows.length - 1]?.[0] === "")
    rows.pop();
  const width = rows[0]?.length ?? 0;
  for (let r = 0; r < rows.length; r++) {
    if ((rows[r] as string[]).length !== width) {
      const message = `record ${r + 1} has a different number of cells than the first record`;
      return { ok: false, error: { line: rowLines[r] ?? r + 1, message } };
    }
  }
  return { ok: true, rows };
}
