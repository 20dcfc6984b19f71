import { pointerTokens, type Segment } from "./column-name.js";
import { isObject } from "./flatten.js";
import type { Shape } from "./shape.js";

/** Highest array index a column may name: the validator refuses arrays longer than 10,000 items anyway. */
export const MAX_INDEX = 9_999;

const INDEX = /^(?:0|[1-9]\d{0,3})$/;

/** Why a column does not resolve: an unknown field, an index that is not one, or a list in the sheets form. */
export type ResolveFailure = "unknown" | "index" | "list";

/** A column resolved against a document shape: the typed path and the shape of its cell. */
export type Resolved =
  | { readonly ok: true; readonly path: readonly Segment[]; readonly shape: Shape }
  | { readonly ok: false; readonly why: ResolveFailure };

/**
 * Resolves the tokens of a column name against a shape: object fields must exist, array steps must be
 * canonical indexes (single-sheet form) or are refused (`arrays: false`, the sheets form), and anything goes
 * inside free JSON.
 */
export function resolveColumn(shape: Shape, tokens: readonly string[], arrays: boolean): Resolved {
  let current = shape;
  const path: Segment[] = [];
  for (const token of tokens) {
    switch (current.kind) {
      case "object": {
        const field = current.fields.get(token);
        if (!field) return { ok: false, why: "unknown" };
        path.push(token);
        current = field;
        break;
      }
      case "array": {
        if (!arrays) return { ok: false, why: "list" };
        if (!INDEX.test(token) || Number(token) > MAX_INDEX) return { ok: false, why: "index" };
        path.push(Number(token));
        current = current.item;
        break;
      }
      case "any":
        path.push(token);
        break;
      default:
        return { ok: false, why: "unknown" };
    }
  }
  return { ok: true, path, shape: current };
}

/**
 * The path of the cell that holds the value at a JSON Pointer of a rebuilt document: the pointer itself,
 * cut where a scalar, a free-JSON array or any value `whole` says came from one cell begins, or where it
 * leaves the shape.
 */
export function cellOfPointer(
  doc: unknown,
  shape: Shape,
  pointer: string,
  whole: (value: unknown) => boolean = () => false,
): Segment[] {
  const path: Segment[] = [];
  let current = shape;
  let value = doc;
  for (const token of pointerTokens(pointer)) {
    // A value that came whole from one cell (a JSON object in free JSON) is named by that cell.
    if (whole(value)) break;
    if (current.kind === "object" && current.fields.has(token)) {
      current = current.fields.get(token) as Shape;
      path.push(token);
    } else if (current.kind === "array" && INDEX.test(token)) {
      current = current.item;
      path.push(Number(token));
    } else if (current.kind === "any" && isObject(value)) {
      path.push(token);
    } else {
      break;
    }
    const parent = value;
    value =
      typeof parent === "object" && parent !== null && Object.hasOwn(parent, token)
        ? (parent as Record<string, unknown>)[token]
        : undefined;
  }
  return path;
}
