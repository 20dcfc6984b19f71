import type { Shape } from "../../src/csv/shape.js";

/** The column kinds of the cell table, named as in docs/mappings/csv.md. */
export const kinds = {
  string: { kind: "string" },
  number: { kind: "number" },
  boolean: { kind: "boolean" },
  list: { kind: "array", item: { kind: "string" } },
  object: { kind: "object", fields: new Map() },
  free: { kind: "any" },
} as const satisfies Record<string, Shape>;

/** One row of the cell encoding table: a value, its cell text, and the cell as written to the file. */
export interface CellRow {
  readonly kind: keyof typeof kinds;
  readonly value: unknown;
  /** The cell as the codec writes it (before the formula guard). */
  readonly cell: string;
  /** The cell after the formula guard, when the guard changes it. */
  readonly guarded?: string;
  readonly note: string;
}

/** The cell encoding, as data: the tests iterate it and the docs table is drift-checked against it. */
export const cellTable: readonly CellRow[] = [
  { kind: "string", value: "Ion", cell: "Ion", note: "text as it is" },
  { kind: "string", value: "1.0", cell: "1.0", note: "the column is text, so no quotes are needed" },
  { kind: "string", value: "true", cell: "true", note: "the column is text" },
  { kind: "string", value: "", cell: '""', note: "the empty string, unlike an empty cell (absent)" },
  {
    kind: "string",
    value: '"quoted"',
    cell: '"\\"quoted\\""',
    note: "text starting with a quote is JSON-quoted",
  },
  { kind: "string", value: "=1+1", cell: "=1+1", guarded: "'=1+1", note: "formula guard" },
  {
    kind: "string",
    value: "+37360000001",
    cell: "+37360000001",
    guarded: "'+37360000001",
    note: "formula guard",
  },
  { kind: "string", value: "'=x", cell: "'=x", guarded: "''=x", note: "a leading quote is guarded too" },
  { kind: "string", value: "a,b\nc", cell: "a,b\nc", note: "RFC 4180 quoting keeps commas and breaks" },
  { kind: "number", value: 2, cell: "2", note: "JSON number" },
  { kind: "number", value: 1.5, cell: "1.5", note: "JSON number" },
  { kind: "number", value: -3, cell: "-3", guarded: "'-3", note: "formula guard" },
  { kind: "boolean", value: true, cell: "true", note: "`TRUE`/`FALSE` are read too" },
  { kind: "boolean", value: false, cell: "false", note: "" },
  { kind: "list", value: [], cell: "[]", note: "an empty list; items have their own columns" },
  { kind: "object", value: {}, cell: "{}", note: "an empty object; fields have their own columns" },
  { kind: "free", value: "text", cell: "text", note: "extension content: plain text" },
  { kind: "free", value: "123", cell: '"123"', note: "text that reads as a number is JSON-quoted" },
  { kind: "free", value: "null", cell: '"null"', note: "text that reads as a literal is JSON-quoted" },
  { kind: "free", value: "", cell: '""', note: "the empty string" },
  { kind: "free", value: "[x", cell: '"[x"', note: 'text starting with `[`, `{` or `"` is JSON-quoted' },
  { kind: "free", value: 123, cell: "123", note: "JSON number" },
  { kind: "free", value: -0, cell: "-0", guarded: "'-0", note: "negative zero is kept" },
  { kind: "free", value: true, cell: "true", note: "JSON literal" },
  { kind: "free", value: null, cell: "null", note: "JSON literal" },
  { kind: "free", value: ["a", 1, []], cell: '["a",1,[]]', note: "lists in free JSON stay one JSON cell" },
  { kind: "free", value: {}, cell: "{}", note: "an empty object; fields have their own columns" },
];

/** Cells that only the reader meets (typed by hand or by another tool), with what they read as. */
export const readTable: readonly { kind: keyof typeof kinds; cell: string; want: unknown; note: string }[] = [
  { kind: "boolean", cell: "TRUE", want: true, note: "spreadsheets upper-case booleans" },
  { kind: "boolean", cell: "False", want: false, note: "" },
  { kind: "string", cell: '"unterminated', want: '"unterminated', note: "not JSON: read as text" },
  { kind: "free", cell: "{not json", want: "{not json", note: "not JSON: read as text" },
  { kind: "free", cell: '{"a":1}', want: { a: 1 }, note: "a JSON object in one cell" },
  { kind: "number", cell: "2.0", want: 2, note: "" },
];

/** Cells that do not fit their column. */
export const refusedTable: readonly { kind: keyof typeof kinds; cell: string }[] = [
  { kind: "number", cell: "two" },
  { kind: "number", cell: "1e999" },
  { kind: "number", cell: "0x10" },
  { kind: "number", cell: " 1" },
  { kind: "boolean", cell: "yes" },
  { kind: "list", cell: '["a"]' },
  { kind: "object", cell: '{"a":1}' },
];

/** The cell table as Markdown, as it appears in docs/mappings/csv.md. */
export function renderCellTable(): string {
  const md = (s: string) => `\`${s.replace(/\n/g, "\\n").replace(/\|/g, "\\|")}\``;
  const lines = ["| column | value (JSON) | cell | in the file | note |", "|---|---|---|---|---|"];
  for (const r of cellTable) {
    const value = Object.is(r.value, -0) ? "-0" : JSON.stringify(r.value);
    lines.push(`| ${r.kind} | ${md(value)} | ${md(r.cell)} | ${md(r.guarded ?? r.cell)} | ${r.note} |`);
  }
  return lines.join("\n");
}
