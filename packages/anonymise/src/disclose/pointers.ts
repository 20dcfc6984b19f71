// JSON Pointer helpers of the disclosure filter, with the leaf semantics of the validator's TRM-R013: a leaf
// array is one field, arrays of objects count per item with real indexes.
import type { Sensitivity } from "@open-trm/schema";

/** A leaf present in a document: its concrete pointer, pointer template and value. */
export interface Leaf {
  readonly pointer: string;
  readonly template: string;
  readonly value: unknown;
}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Escapes one reference token of a JSON Pointer (RFC 6901). */
export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Every leaf present in `value` according to a table of leaf templates; `base` prefixes pointers and templates. */
export function presentLeaves(value: unknown, table: Readonly<Record<string, unknown>>, base = ""): Leaf[] {
  const out: Leaf[] = [];
  const walk = (v: unknown, pointer: string, template: string): void => {
    if (v === undefined) return;
    if (template !== "" && Object.hasOwn(table, template)) out.push({ pointer, template, value: v });
    else if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) walk(item, `${pointer}/${i}`, `${template}/*`);
    } else if (isRecord(v)) {
      for (const [key, item] of Object.entries(v)) {
        walk(item, `${pointer}/${escapeToken(key)}`, `${template}/${key}`);
      }
    }
  };
  walk(value, base, base);
  return out;
}

const DISCLOSABLE: ReadonlySet<Sensitivity> = new Set<Sensitivity>([
  "quasi",
  "direct",
  "special",
  "freeText",
]);

/** Whether a sensitivity class is one that a disclosure must list (quasi, direct, special, free text). */
export function isDisclosable(sensitivity: Sensitivity | undefined): boolean {
  return sensitivity !== undefined && DISCLOSABLE.has(sensitivity);
}

/** Whether a value is an array without items (it discloses nothing). */
export function isEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

/** The ancestors of a pointer, outermost first, ending with the pointer itself (the root `""` excluded). */
function ancestors(pointer: string): string[] {
  const tokens = pointer.split("/").slice(1);
  return tokens.map((_, i) => `/${tokens.slice(0, i + 1).join("/")}`);
}

/**
 * The smallest set of pointers covering `withheld`: a container replaces its leaves when every leaf of `all`
 * below it is withheld. Order follows `all`.
 */
export function collapse(all: readonly string[], withheld: ReadonlySet<string>): string[] {
  const total = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const pointer of all) {
    for (const a of ancestors(pointer)) {
      total.set(a, (total.get(a) ?? 0) + 1);
      if (withheld.has(pointer)) hidden.set(a, (hidden.get(a) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const pointer of all) {
    if (!withheld.has(pointer)) continue;
    const top = ancestors(pointer).find((a) => total.get(a) === hidden.get(a));
    out.add(top ?? pointer);
  }
  return [...out];
}
