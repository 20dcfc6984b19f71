// The reading side's bookkeeping: a cursor (value + JSON Pointer) over untrusted input, the issues found, and the
// pointers consumed, so that whatever was not read can be reported as a loss instead of vanishing silently.
import { issue } from "../../internal/result.js";
import type { AdapterIssue, AdapterIssueCode, Loss } from "../../result.js";
import { escapeToken, isRecord, type JsonObject } from "../json.js";

/** A value of the input and where it is. */
export interface Cursor {
  readonly value: unknown;
  readonly path: string;
}

/** Issues found and pointers consumed while reading one input. */
export interface ReadContext {
  readonly issues: AdapterIssue[];
  readonly consumed: Set<string>;
}

/** A fresh reading context. */
export function newContext(): ReadContext {
  return { issues: [], consumed: new Set() };
}

/** Records an issue. */
export function report(ctx: ReadContext, code: AdapterIssueCode, path: string, message: string): void {
  ctx.issues.push(issue(code, path, message));
}

/** Marks a node (and so everything below it) as read. */
export function take(ctx: ReadContext, c: Cursor): void {
  if (c.value !== undefined) ctx.consumed.add(c.path);
}

/** The member `key` of an object or item `key` of an array (undefined when there is none). */
export function get(c: Cursor, key: string | number): Cursor {
  let v: unknown;
  if (Array.isArray(c.value)) v = typeof key === "number" ? c.value[key] : undefined;
  else if (isRecord(c.value) && Object.hasOwn(c.value, key)) v = c.value[key];
  return { value: v, path: `${c.path}/${escapeToken(key)}` };
}

/** The items of an array member; a non-array is reported and read as no items. */
export function items(ctx: ReadContext, c: Cursor): Cursor[] {
  if (c.value === undefined) return [];
  if (!Array.isArray(c.value)) {
    report(ctx, "ADAPTER_WRONG_TYPE", c.path, "expected an array");
    return [];
  }
  return c.value.map((value, i) => ({ value, path: `${c.path}/${i}` }));
}

function typed<T>(ctx: ReadContext, c: Cursor, ok: (v: unknown) => v is T, expected: string): T | undefined {
  if (c.value === undefined) return undefined;
  if (!ok(c.value)) {
    report(ctx, "ADAPTER_WRONG_TYPE", c.path, `expected ${expected}`);
    return undefined;
  }
  take(ctx, c);
  return c.value;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
const isInteger = (v: unknown): v is number => Number.isSafeInteger(v);

/** Reads a string (marking it consumed). */
export const readString = (ctx: ReadContext, c: Cursor) => typed(ctx, c, isString, "a string");
/** Reads a boolean (marking it consumed). */
export const readBoolean = (ctx: ReadContext, c: Cursor) => typed(ctx, c, isBoolean, "a boolean");
/** Reads an integer (marking it consumed). */
export const readInteger = (ctx: ReadContext, c: Cursor) => typed(ctx, c, isInteger, "an integer");

/** Checks that a node is an object, reporting it otherwise; does not consume it. */
export function readObject(ctx: ReadContext, c: Cursor): JsonObject | undefined {
  if (c.value === undefined) return undefined;
  if (!isRecord(c.value)) {
    report(ctx, "ADAPTER_WRONG_TYPE", c.path, "expected an object");
    return undefined;
  }
  return c.value;
}

/** Reports a missing element that the mapping needs. */
export function missing(ctx: ReadContext, c: Cursor, what: string): undefined {
  report(ctx, "ADAPTER_MISSING", c.path, `missing ${what}`);
  return undefined;
}

// Input nested deeper than this is reported as one loss instead of being walked (stack safety).
const MAX_DEPTH = 64;

/**
 * The smallest subtrees of `root` that were neither consumed nor hold anything consumed, as losses.
 * @example
 * unread(newContext(), { value: { a: 1 }, path: "" }, "not read"); // [{ pointer: "/a", reason: "not read" }]
 */
export function unread(ctx: ReadContext, root: Cursor, reason: string): Loss[] {
  const touched = new Set<string>();
  for (const p of ctx.consumed) {
    for (let i = p.lastIndexOf("/"); i > 0; i = p.lastIndexOf("/", i - 1)) touched.add(p.slice(0, i));
    touched.add("");
  }
  const out: Loss[] = [];
  const walk = (c: Cursor, depth: number) => {
    if (c.value === undefined || ctx.consumed.has(c.path)) return;
    if (!touched.has(c.path) || depth > MAX_DEPTH || typeof c.value !== "object" || c.value === null) {
      out.push({ pointer: c.path, reason });
      return;
    }
    const keys = Array.isArray(c.value) ? c.value.map((_, i) => i) : Object.keys(c.value);
    for (const k of keys) walk(get(c, k), depth + 1);
  };
  walk(root, 0);
  return out;
}
