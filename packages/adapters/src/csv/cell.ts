import type { Shape } from "./shape.js";

// Cell encoding (documented in docs/mappings/csv.md): an empty cell is an absent field. Typed columns (the
// schema says string, number or boolean) hold the value as a spreadsheet user would type it; only the empty
// string and strings starting with `"` are written as JSON strings. Free JSON (extension content) holds
// strings as text unless they would read as another JSON value, in which case they are JSON-quoted.

/** JSON number grammar (RFC 8259 section 6). */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The marker of an empty array or object, for a container that has nothing else to show. */
export const EMPTY_ARRAY = "[]";
/** The marker of an empty object. */
export const EMPTY_OBJECT = "{}";

/** A decoded cell: absent (empty cell), a value, or why the cell does not fit its column. */
export type DecodedCell =
  | { readonly ok: true; readonly present: false }
  | { readonly ok: true; readonly present: true; readonly value: unknown; readonly container: boolean }
  | { readonly ok: false; readonly expected: string };

/** JSON text of a value; unlike JSON.stringify it keeps `-0`, so free JSON round-trips exactly. */
export function jsonText(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonText).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const parts = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`);
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function parseJson(cell: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(cell) };
  } catch {
    return { ok: false };
  }
}

/** Encodes a string for a typed string column. */
function encodeString(value: string): string {
  return value === "" || value.startsWith('"') ? JSON.stringify(value) : value;
}

/** Encodes any JSON value for a free-JSON cell; strings stay plain unless they would read as something else. */
export function encodeFree(value: unknown): string {
  if (typeof value !== "string") return jsonText(value);
  const plain =
    value !== "" && !/^["[{]/.test(value) && !JSON_NUMBER.test(value) && !/^(?:true|false|null)$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Encodes a leaf value (or an empty container) for a column of the given shape. */
export function encodeCell(value: unknown, shape: Shape): string {
  switch (shape.kind) {
    case "string":
      return encodeString(String(value));
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "boolean":
      return String(value);
    case "array":
      return EMPTY_ARRAY;
    case "object":
      return EMPTY_OBJECT;
    case "any":
      return encodeFree(value);
  }
}

const ABSENT: DecodedCell = { ok: true, present: false };
const value = (v: unknown, container = false): DecodedCell => ({
  ok: true,
  present: true,
  value: v,
  container,
});

function decodeFree(cell: string): DecodedCell {
  if (cell === "true" || cell === "false") return value(cell === "true");
  if (cell === "null") return value(null);
  if (JSON_NUMBER.test(cell)) return decodeNumber(cell);
  if (/^["[{]/.test(cell)) {
    const parsed = parseJson(cell);
    if (parsed.ok) return value(parsed.value, typeof parsed.value === "object" && parsed.value !== null);
  }
  return value(cell);
}

function decodeNumber(cell: string): DecodedCell {
  const n = Number(cell);
  return JSON_NUMBER.test(cell) && Number.isFinite(n) ? value(n) : { ok: false, expected: "a finite number" };
}

/** Decodes a cell for a column of the given shape (the inverse of {@link encodeCell}). */
export function decodeCell(cell: string, shape: Shape): DecodedCell {
  if (cell === "") return ABSENT;
  switch (shape.kind) {
    case "string": {
      if (!cell.startsWith('"')) return value(cell);
      const parsed = parseJson(cell);
      return parsed.ok && typeof parsed.value === "string" ? value(parsed.value) : value(cell);
    }
    case "number":
      return decodeNumber(cell);
    case "boolean":
      if (/^true$/i.test(cell)) return value(true);
      if (/^false$/i.test(cell)) return value(false);
      return { ok: false, expected: "true or false" };
    case "array":
      return cell === EMPTY_ARRAY
        ? value([], true)
        : { ok: false, expected: "[] (an empty list; items go in their own columns or sheet)" };
    case "object":
      return cell === EMPTY_OBJECT
        ? value({}, true)
        : { ok: false, expected: "{} (an empty object; fields go in their own columns)" };
    case "any":
      return decodeFree(cell);
  }
}
