// What each operation does to one leaf value, by the kind of value the field holds (docs/privacy.md, table
// "Operations"). A result of DROP removes the value; the walker decides what a required field gets instead.
import { ageBandOf, type DateGranularity, type DateKind, generaliseDate, shiftDate } from "./dates.js";
import type { LeafNode } from "./fields.js";
import type { Operation } from "./policy.js";
import { type KnownValue, redact } from "./redact.js";

/** Marks a value that does not appear in the output. */
export const DROP: unique symbol = Symbol("drop");
/** A leaf result: the new value or DROP. */
export type Outcome = unknown | typeof DROP;

/** What an operation needs besides the value: the key, the policy's settings and per-document facts. */
export interface LeafContext {
  /** The keyed pseudonym of a value. */
  pseudonym(value: string): string;
  readonly dates: DateGranularity;
  readonly birthDate: "year" | "ageBand";
  /** The subject's date offset in days (computed on first use). */
  shiftDays(): number;
  /** The instant ages are computed at: the document's `createdAt`. */
  readonly at: string;
  /** Values of the record that `redact` scrubs (collected on first use). */
  known(): readonly KnownValue[];
  /** Records the age band derived from the birth date that `generalise` is removing. */
  ageBand(band: string): void;
}

// Integer fields coarsened to the lower bound of a band: CTDC `traffickMonths` bands; dependants top-coded at 3.
const INTEGER_BANDS: Readonly<Record<string, readonly number[]>> = {
  durationMonths: [0, 13, 25],
  count: [0, 1, 2, 3],
};
const isDate = (k: LeafNode["value"]): k is DateKind =>
  k === "date" || k === "dateTime" || k === "partialDate";
const lastToken = (template: string) => template.slice(template.lastIndexOf("/") + 1);

function generaliseScalar(v: unknown, leaf: LeafNode, ctx: LeafContext): Outcome {
  const kind = leaf.value;
  if (isDate(kind) && typeof v === "string") {
    if (leaf.template.endsWith("/person/birthDate")) {
      if (ctx.birthDate === "year") return generaliseDate(v, kind, "year");
      ctx.ageBand(ageBandOf(v, ctx.at));
      return DROP;
    }
    return generaliseDate(v, kind, ctx.dates);
  }
  switch (kind) {
    case "code":
    case "boolean":
    case "literal":
      return v;
    case "language": {
      // `ro-MD` -> `ro`, `sr-Latn-RS` -> `sr`: the primary language subtag, when the field's list has it.
      const primary = typeof v === "string" ? v.split("-")[0] : undefined;
      return primary !== undefined && leaf.accepts(leaf.array ? [primary] : primary) ? primary : DROP;
    }
    case "integer": {
      const bands = INTEGER_BANDS[lastToken(leaf.template)];
      if (!bands || typeof v !== "number") return v;
      return bands.reduce((low, b) => (v >= b ? b : low), bands[0] as number);
    }
    default:
      // Identifiers, subdivisions (the sibling `country` stays), names, contacts, texts: nothing coarser exists.
      return DROP;
  }
}

function generalise(v: unknown, leaf: LeafNode, ctx: LeafContext): Outcome {
  if (!leaf.array || !Array.isArray(v)) return generaliseScalar(v, leaf, ctx);
  // Coarser items may coincide (two dates, one year): each is kept once, in order.
  const items: unknown[] = [];
  for (const x of v) {
    const item = generaliseScalar(x, leaf, ctx);
    if (item === DROP) return DROP;
    if (v.length > 32 || !items.includes(item)) items.push(item);
  }
  return v.length > 32 ? [...new Set(items)] : items;
}

function mapStrings(v: unknown, f: (s: string) => string): Outcome {
  if (typeof v === "string") return f(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.map(f);
  return DROP;
}

/**
 * Applies one operation to the value of a leaf field. Results that are not valid by
 * construction (pseudonyms of non-UUID values, redacted text) are checked against the field's schema, and a value
 * the field cannot hold is dropped.
 */
export function applyOperation(op: Operation, v: unknown, leaf: LeafNode, ctx: LeafContext): Outcome {
  let out: Outcome;
  switch (op) {
    case "keep":
      return Array.isArray(v) ? [...v] : typeof v === "object" && v !== null ? structuredClone(v) : v;
    case "drop":
      return DROP;
    case "pseudonymise":
      out = mapStrings(v, ctx.pseudonym);
      // A UUID's pseudonym is a UUID; other formats (a phone, an e-mail) may not hold 32 hex digits.
      if (out === DROP || leaf.value === "uuid") return out;
      break;
    case "generalise":
      return generalise(v, leaf, ctx);
    case "dateShift":
      if (!isDate(leaf.value) || typeof v !== "string") return generalise(v, leaf, ctx);
      return shiftDate(v, leaf.value, ctx.shiftDays());
    case "redact":
      out = leaf.value === "record" ? DROP : mapStrings(v, (s) => redact(s, ctx.known()));
      break;
  }
  return out === DROP || leaf.accepts(out) ? out : DROP;
}

/** An operation bound to one leaf: `(value, context) => outcome`. */
export type LeafOperation = (v: unknown, ctx: LeafContext) => Outcome;

// Kinds that `generalise` (and `dateShift`, for what is not a date) leave as they are.
const UNCHANGED = new Set<LeafNode["value"]>(["code", "boolean", "literal"]);

/** `generalise` of a kind it leaves as it is: the value itself, or a copy of the array with each item once. */
function unchanged(leaf: LeafNode, general: LeafOperation): LeafOperation {
  if (!leaf.array) return (v, ctx) => (typeof v !== "object" || v === null ? v : general(v, ctx));
  return (v, ctx) => {
    if (!Array.isArray(v) || v.length > 32) return general(v, ctx);
    const items: unknown[] = [];
    for (const x of v) if (!items.includes(x)) items.push(x);
    return items;
  };
}

/**
 * `applyOperation` for one operation and one leaf, with the dispatch on them done once: the common cases (a scalar
 * kept or left as it is, a date shifted, a UUID pseudonymised) get a direct function, the rest call `applyOperation`.
 * Every function gives what `applyOperation` gives, for any value.
 * @example
 * const shift = compileOperation("dateShift", leaf);
 * shift("2026-03-14", ctx); // as applyOperation("dateShift", "2026-03-14", leaf, ctx)
 */
export function compileOperation(op: Operation, leaf: LeafNode): LeafOperation {
  const general: LeafOperation = (v, ctx) => applyOperation(op, v, leaf, ctx);
  const kind = leaf.value;
  const plain = (v: unknown) => typeof v !== "object" || v === null;
  switch (op) {
    case "keep":
      return (v, ctx) => (plain(v) ? v : general(v, ctx));
    case "drop":
      return () => DROP;
    case "pseudonymise":
      return kind === "uuid" ? (v, ctx) => mapStrings(v, ctx.pseudonym) : general;
    case "generalise":
      return UNCHANGED.has(kind) ? unchanged(leaf, general) : general;
    case "dateShift":
      if (UNCHANGED.has(kind)) return unchanged(leaf, general);
      if (isDate(kind))
        return (v, ctx) => (typeof v === "string" ? shiftDate(v, kind, ctx.shiftDays()) : general(v, ctx));
      return general;
    case "redact":
      return general;
  }
}
