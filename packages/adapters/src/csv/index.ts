// CSV / spreadsheet adapter: any Open TRM document <-> CSV, losslessly, in a single-sheet form (one row per
// document, one column per leaf) or a sheets form (one sheet per list). The mapping is documented in
// docs/mappings/csv.md; CSV text follows RFC 4180 with formula neutralisation (src/internal/csv-text.ts).
import { checkTrmInput, failure, failures, success } from "../internal/result.js";
import type { AdapterIssue, AdapterResult } from "../result.js";
import { isObject } from "./flatten.js";
import { MAX_ISSUES } from "./read-common.js";
import { readSheets } from "./sheets-read.js";
import { writeSheets } from "./sheets-write.js";
import { readSingle, writeSingle } from "./single.js";
import { type CsvSheets, DOCUMENTS_SHEET, type TrmDocument } from "./types.js";

export { type CsvSheets, DOCUMENT_KEY, DOCUMENTS_SHEET, type TrmDocument, VALUE_COLUMN } from "./types.js";

/**
 * The two CSV forms: `single` (one sheet, one row per document, one column per leaf) and `sheets` (a
 * `documents` sheet plus one sheet per list, joined by `#` key columns).
 * @example
 * const form: CsvForm = "sheets";
 */
export type CsvForm = "single" | "sheets";

/**
 * Options of {@link toCsv}.
 * @example
 * const options: ToCsvOptions = { form: "sheets", bom: true };
 */
export interface ToCsvOptions {
  /** Which form to write: one CSV text, or an object of sheet name -> CSV text (default: "single"). */
  readonly form?: CsvForm;
  /** Start each text with a UTF-8 byte order mark, which spreadsheet programs use to detect UTF-8 (default: false). */
  readonly bom?: boolean;
}

/**
 * Options of {@link fromCsv}.
 * @example
 * const options: FromCsvOptions = { many: true };
 */
export interface FromCsvOptions {
  /** Return every document as an array; otherwise the input must hold exactly one document (default: false). */
  readonly many?: boolean;
}

function prefixed(issues: readonly AdapterIssue[], prefix: string): AdapterIssue[] {
  return issues.map((i) => ({ ...i, path: `${prefix}${i.path}` }));
}

/**
 * Flattens an Open TRM document, or an array of documents of any types, to CSV without loss: every leaf
 * gets a column, and empty strings, empty lists and objects, numbers and booleans all come back exactly.
 * Cells that a spreadsheet would run as a formula are neutralised with a leading `'`.
 * @example
 * const r = toCsv(focalPoint); // { ok: true, value: "documentType,standardVersion,id,...\r\n...", losses: [] }
 * const s = toCsv([profile, referral], { form: "sheets" }); // value: { documents: "...", "person.languages": "..." }
 */
export function toCsv(
  input: unknown,
  options?: ToCsvOptions & { readonly form?: "single" },
): AdapterResult<string>;
export function toCsv(
  input: unknown,
  options: ToCsvOptions & { readonly form: "sheets" },
): AdapterResult<CsvSheets>;
export function toCsv(input: unknown, options?: ToCsvOptions): AdapterResult<string | CsvSheets>;
export function toCsv(input: unknown, options: ToCsvOptions = {}): AdapterResult<string | CsvSheets> {
  const many = Array.isArray(input);
  const docs: readonly unknown[] = many ? input : [input];
  const issues = docs.flatMap((doc, i) =>
    many ? prefixed(checkTrmInput(doc), `/${i}`) : checkTrmInput(doc),
  );
  if (issues.length > 0) return failures(issues.slice(0, MAX_ISSUES));
  const valid = docs as readonly TrmDocument[];
  const bom = options.bom ?? false;
  return success(options.form === "sheets" ? writeSheets(valid, bom) : writeSingle(valid, bom));
}

/**
 * Reads Open TRM documents back from CSV: a string is the single-sheet form, an object of sheet name -> CSV
 * text is the sheets form. Never throws; every result is validated, and issues name the cell
 * (`/rows/<record>/<column>`, record 0 being the header; under `/<sheet>` in the sheets form).
 * @example
 * const r = fromCsv(csvText); // AdapterResult<TrmDocument>
 * const all = fromCsv(sheets, { many: true }); // AdapterResult<TrmDocument[]>
 */
export function fromCsv(
  input: unknown,
  options: FromCsvOptions & { readonly many: true },
): AdapterResult<TrmDocument[]>;
export function fromCsv(
  input: unknown,
  options?: FromCsvOptions & { readonly many?: false },
): AdapterResult<TrmDocument>;
export function fromCsv(input: unknown, options?: FromCsvOptions): AdapterResult<TrmDocument | TrmDocument[]>;
export function fromCsv(
  input: unknown,
  options: FromCsvOptions = {},
): AdapterResult<TrmDocument | TrmDocument[]> {
  const issues: AdapterIssue[] = [];
  let docs: unknown[] | undefined;
  if (typeof input === "string") docs = readSingle(input, issues);
  else if (isObject(input)) docs = readSheets(input, issues);
  else return failure("ADAPTER_WRONG_TYPE", "", "expected CSV text, or an object of sheet name to CSV text");
  if (!docs) return failures(issues.slice(0, MAX_ISSUES));
  const valid = docs as TrmDocument[];
  if (options.many) return success(valid);
  const only = valid[0];
  if (valid.length === 1 && only) return success(only);
  const at = typeof input === "string" ? "/rows" : `/${DOCUMENTS_SHEET}/rows`;
  return failure(
    "ADAPTER_UNSUPPORTED",
    at,
    "expected exactly one document; read several with { many: true }",
  );
}
