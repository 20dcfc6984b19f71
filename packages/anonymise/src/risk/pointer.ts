import { AnonymiseError } from "../errors.js";

/** Reads the value at one JSON Pointer; `undefined` means the value is missing. */
export type PointerGetter = (doc: unknown) => unknown;

const hasOwn = Object.prototype.hasOwnProperty;
const INDEX = /^(0|[1-9][0-9]*)$/;

/** Splits an RFC 6901 JSON Pointer into unescaped reference tokens; throws on a malformed pointer. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/") || /~[^01]|~$/.test(pointer))
    throw new AnonymiseError("POINTER_INVALID", `${JSON.stringify(pointer)} is not a JSON Pointer`);
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function step(value: unknown, token: string): unknown {
  if (Array.isArray(value)) return INDEX.test(token) ? value[Number(token)] : undefined;
  if (value !== null && typeof value === "object" && hasOwn.call(value, token))
    return (value as Record<string, unknown>)[token];
  return undefined;
}

/** Compiles a JSON Pointer into a getter; the common one- and two-token pointers get unrolled getters. */
export function compilePointer(pointer: string): PointerGetter {
  const tokens = pointerTokens(pointer);
  const [a, b, c] = tokens;
  switch (tokens.length) {
    case 0:
      return (doc) => doc;
    case 1:
      return (doc) => step(doc, a as string);
    case 2:
      return (doc) => step(step(doc, a as string), b as string);
    case 3:
      return (doc) => step(step(step(doc, a as string), b as string), c as string);
    default:
      return (doc) => {
        let v = doc;
        for (const t of tokens) {
          v = step(v, t);
          if (v === undefined) return undefined;
        }
        return v;
      };
  }
}

/**
 * Returns a copy of `doc` with `value` at the pointer's `tokens` (the member removed when `value` is undefined),
 * copying only the containers on the path and creating missing objects; a path through a scalar is left alone.
 */
export function withValueAt(doc: unknown, tokens: readonly string[], value: unknown): unknown {
  if (tokens.length === 0) return value;
  const [head, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(doc)) {
    if (!INDEX.test(head) || Number(head) >= doc.length) return doc;
    const copy = doc.slice();
    copy[Number(head)] = withValueAt(doc[Number(head)], rest, value);
    return copy;
  }
  if (doc === undefined && value === undefined) return undefined;
  if (doc !== undefined && (doc === null || typeof doc !== "object")) return doc;
  const copy: Record<string, unknown> = { ...(doc as Record<string, unknown> | undefined) };
  const next = withValueAt(hasOwn.call(copy, head) ? copy[head] : undefined, rest, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}
