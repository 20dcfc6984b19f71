import { issue } from "../internal/result.js";
import type { AdapterIssue } from "../result.js";
import { columnName } from "./column-name.js";
import type { Shape } from "./shape.js";
import { DOCUMENT_KEY } from "./types.js";

/** How a sheet's list sits in a document type: its key columns (one per list level) and its item shape. */
export interface ListLayout {
  /** Number of sheet-name tokens up to each list level, outermost first; the last is the sheet's own list. */
  readonly levels: readonly number[];
  /** Key column names: `#`, then `#<list path>` for each list level. */
  readonly keys: readonly string[];
  /** Shape of one item of the sheet's list. */
  readonly item: Shape;
}

/**
 * The layout of the list named by a sheet's tokens in a shape (list names only, no indexes), or undefined
 * when the tokens do not end at a list of that shape.
 * @example
 * listLayout(shapeOf("focalPoint"), ["phones", "languages"])?.keys; // ["#", "#phones", "#phones.languages"]
 */
export function listLayout(shape: Shape, tokens: readonly string[]): ListLayout | undefined {
  let current = shape;
  const levels: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (current.kind !== "object") return undefined;
    const field = current.fields.get(tokens[i] as string);
    if (!field) return undefined;
    if (field.kind === "array") {
      levels.push(i + 1);
      current = field.item;
    } else {
      current = field;
    }
  }
  if (tokens.length === 0 || levels[levels.length - 1] !== tokens.length) return undefined;
  const keys = [DOCUMENT_KEY, ...levels.map((n) => `${DOCUMENT_KEY}${columnName(tokens.slice(0, n))}`)];
  return { levels, keys, item: current };
}

/** Every list of a shape as sheet-name tokens, in schema order (parents before the lists inside them). */
export function listPaths(shape: Shape, prefix: readonly string[] = []): string[][] {
  const out: string[][] = [];
  if (shape.kind === "array") {
    out.push([...prefix]);
    out.push(...listPaths(shape.item, prefix));
  } else if (shape.kind === "object") {
    for (const [key, field] of shape.fields) out.push(...listPaths(field, [...prefix, key]));
  }
  return out;
}

const KEY = /^(?:0|[1-9]\d{0,3})$/;

/** Reads a key cell (a document number or list index, 0 to 9999), or records an issue. */
export function readKey(text: string | undefined, at: string, issues: AdapterIssue[]): number | undefined {
  if (text !== undefined && KEY.test(text)) return Number(text);
  issues.push(issue("ADAPTER_INVALID_VALUE", at, "key must be a whole number from 0 to 9999"));
  return undefined;
}
