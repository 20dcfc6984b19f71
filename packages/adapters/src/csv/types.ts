export type { TrmDocument } from "../result.js";

/**
 * The sheets form: sheet name -> RFC 4180 CSV text. The `documents` sheet comes first, then one sheet per
 * list (array) in schema order, named by the list's path (`person.languages`, `focalPoints.phones`).
 * @example
 * const sheets: CsvSheets = { documents: "#,documentType\r\n0,consent\r\n" };
 */
export type CsvSheets = Readonly<Record<string, string>>;

/**
 * Name of the sheet that holds one row per document in the sheets form.
 * @example
 * const csvText = sheets[DOCUMENTS_SHEET];
 */
export const DOCUMENTS_SHEET = "documents";

/**
 * Name of the key column that numbers the documents (from 0) in the sheets form; a list's own key column is
 * this followed by the list's sheet name (`#phones`).
 * @example
 * const header = [DOCUMENT_KEY, `${DOCUMENT_KEY}phones`, "number", "type"];
 */
export const DOCUMENT_KEY = "#";

/**
 * Name of the column that holds the item of a list of scalars in its sheet.
 * @example
 * const header = ["#", "#roles", VALUE_COLUMN];
 */
export const VALUE_COLUMN = "value";
