import type { Sensitivity } from "@open-trm/schema";
import { escapePointerToken } from "../../issue.js";

/** A value found in a document, with its JSON Pointer (RFC 6901). */
export interface Located {
  readonly pointer: string;
  readonly value: unknown;
}

/** A leaf field present in a document, with its pointer template and sensitivity class. */
export interface Leaf extends Located {
  readonly template: string;
  readonly sensitivity: Sensitivity;
}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a value is an array without items. */
export function isEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

/**
 * The values at a pointer template (`*` matches every array index), each with its concrete pointer.
 * Members that are absent are skipped; `base` is prefixed to the pointers returned.
 */
export function expand(root: unknown, template: string, base = ""): Located[] {
  let level: Located[] = [{ pointer: base, value: root }];
  for (const token of template.split("/").slice(1)) {
    const next: Located[] = [];
    for (const { pointer, value } of level) {
      if (token === "*") {
        const items: readonly unknown[] = Array.isArray(value) ? value : [];
        for (const [i, item] of items.entries()) next.push({ pointer: `${pointer}/${i}`, value: item });
      } else if (isRecord(value) && Object.hasOwn(value, token) && value[token] !== undefined) {
        next.push({ pointer: `${pointer}/${escapePointerToken(token)}`, value: value[token] });
      }
    }
    level = next;
  }
  return level;
}

/** Like {@link expand}, but a leaf array found at the template yields one entry per item. */
export function expandItems(root: unknown, template: string): Located[] {
  return expand(root, template).flatMap((found) =>
    Array.isArray(found.value)
      ? found.value.map((value, i) => ({ pointer: `${found.pointer}/${i}`, value }))
      : [found],
  );
}

/**
 * Every leaf present in `value`, classified by a sensitivity table (pointer template -> class). `pointer` and
 * `template` say where `value` sits in the document the table describes. A leaf array is one leaf.
 */
export function presentLeaves(
  value: unknown,
  table: Readonly<Record<string, Sensitivity>>,
  pointer = "",
  template = "",
): Leaf[] {
  const out: Leaf[] = [];
  const walk = (v: unknown, p: string, t: string): void => {
    if (v === undefined) return;
    const sensitivity = t !== "" && Object.hasOwn(table, t) ? table[t] : undefined;
    if (sensitivity !== undefined) {
      out.push({ pointer: p, value: v, template: t, sensitivity });
    } else if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) walk(item, `${p}/${i}`, `${t}/*`);
    } else if (isRecord(v)) {
      for (const [key, item] of Object.entries(v)) {
        walk(item, `${p}/${escapePointerToken(key)}`, `${t}/${key}`);
      }
    }
  };
  walk(value, pointer, template);
  return out;
}
