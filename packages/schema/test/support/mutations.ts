import fc from "fast-check";
import { arbitraryFromSchema, type JsonSchema } from "./arbitrary.js";
import { BAD_MAP_KEYS, NEAR_MISSES, UNKNOWN_KEYS, WRONG_TYPED } from "./near-misses.js";
import { toPointer } from "./validators.js";

/** The single-field mutations applied to a valid document. */
export const MUTATION_KINDS = [
  "wrongType",
  "outOfEnum",
  "stringLength",
  "nearMiss",
  "deleteRequired",
  "unknownProperty",
  "badMapKey",
  "itemCount",
  "outOfRange",
] as const;

/** One kind of single-field mutation. */
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A valid document with one field changed. */
export interface Mutated {
  readonly mutation: MutationKind;
  /** JSON Pointer of the changed, added or deleted property (for a renamed map key, its new name). */
  readonly pointer: string;
  readonly doc: unknown;
}

type Segment = string | number;
type Op =
  | { readonly type: "set"; readonly value: unknown }
  | { readonly type: "delete" }
  | { readonly type: "renameKey"; readonly to: string };
interface Change {
  readonly mutation: MutationKind;
  readonly path: readonly Segment[];
  readonly op: Op;
}
interface Site {
  readonly path: readonly Segment[];
  readonly schema: JsonSchema;
  readonly value: unknown;
  /** Set for a key of an open map: the schema its name must match. */
  readonly keyOf?: JsonSchema;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function jsonTypeMatches(schema: JsonSchema, v: unknown): boolean {
  switch (schema.type) {
    case undefined:
      return true;
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
    case "number":
      return typeof v === "number";
    case "array":
      return Array.isArray(v);
    case "object":
      return isRecord(v);
    case "null":
      return v === null;
    default:
      return typeof v === schema.type;
  }
}

/** Every field of `doc` with the schema that governs it (the root included). */
function collectSites(value: unknown, schema: JsonSchema, path: Segment[] = [], out: Site[] = []): Site[] {
  out.push({ path, schema, value });
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    value.forEach((item, i) => {
      collectSites(item, items, [...path, i], out);
    });
  } else if (isRecord(value)) {
    const extra = schema.additionalProperties;
    for (const [k, v] of Object.entries(value)) {
      const sub = schema.properties && Object.hasOwn(schema.properties, k) ? schema.properties[k] : undefined;
      if (sub) collectSites(v, sub, [...path, k], out);
      else if (typeof extra === "object") {
        if (schema.propertyNames)
          out.push({ path: [...path, k], schema: extra, value: v, keyOf: schema.propertyNames });
        collectSites(v, extra, [...path, k], out);
      }
    }
  }
  return out;
}

// Near misses made from the valid value itself: one character off, or whitespace around it.
function derivedNearMiss(s: string): fc.Arbitrary<string> {
  const chars = [...s];
  if (chars.length === 0) return fc.constantFrom(" ", "\n");
  return fc.oneof(
    fc.constantFrom(`${s}\n`, ` ${s}`, `${s} `, s.toUpperCase(), s.toLowerCase(), `${s}${s}`),
    fc
      .tuple(fc.nat(chars.length - 1), fc.constantFrom("x", "X", "0", "9", "-", ".", ":", "/", "é", "😀", ""))
      .map(([i, c]) => [...chars.slice(0, i), c, ...chars.slice(i + 1)].join("")),
    fc.nat(chars.length - 1).map((i) => [...chars.slice(0, i + 1), ...chars.slice(i)].join("")),
  );
}

// Strings at and just past maxLength, counted in code points (astral characters are two UTF-16 units).
function lengthVariants(schema: JsonSchema, s: string): fc.Arbitrary<string> {
  const variants: string[] = [];
  const max = schema.maxLength;
  const min = schema.minLength ?? 0;
  if (max !== undefined) {
    const chars = [...s];
    const last = chars.at(-1) ?? "a";
    const first = chars[0] ?? "a";
    for (const n of [max, max + 1]) {
      variants.push("a".repeat(n), "😀".repeat(n));
      if (n > chars.length)
        variants.push(s + last.repeat(n - chars.length), first.repeat(n - chars.length) + s);
    }
  }
  if (min > 0) variants.push("", "😀".repeat(min - 1), "a".repeat(min - 1), "a".repeat(min));
  return fc.constantFrom(...variants);
}

/** The mutation kinds that apply to a field (cheap: no arbitrary is built here). */
function kindsAt(site: Site): MutationKind[] {
  const { schema, value } = site;
  const kinds: MutationKind[] = [];
  if (schema.type !== undefined) kinds.push("wrongType");
  if (site.keyOf) kinds.push("badMapKey");
  if (typeof value === "string") {
    if (schema.enum !== undefined || schema.const !== undefined) kinds.push("outOfEnum");
    if (schema.maxLength !== undefined || (schema.minLength ?? 0) > 0) kinds.push("stringLength");
    kinds.push("nearMiss");
  }
  if (typeof value === "number") kinds.push("outOfRange");
  if (Array.isArray(value) && schema.items) kinds.push("itemCount");
  if (isRecord(value)) {
    if ((schema.required ?? []).some((k) => Object.hasOwn(value, k))) kinds.push("deleteRequired");
    if (schema.additionalProperties === false) kinds.push("unknownProperty");
  }
  return kinds;
}

const WRONG_TYPED_ARB = fc.oneof(fc.constantFrom(...WRONG_TYPED), fc.jsonValue({ maxDepth: 1 }));
const NEAR_MISS_ARB = fc.constantFrom(...NEAR_MISSES);
const ENUM_MISS_ARB = fc.oneof(
  fc.constantFrom("other", "referral", "consent", "1.1", "1"),
  fc.string({ maxLength: 8 }),
);

/** The new value (or deletion) for one field and one mutation kind. */
function changeAt(
  kind: MutationKind,
  site: Site,
  opts: { readonly maxArrayItems: number },
): fc.Arbitrary<Change> {
  const { path, schema, value } = site;
  const set = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<Change> =>
    arb.map((v) => ({ mutation: kind, path, op: { type: "set", value: v } }));
  switch (kind) {
    case "wrongType":
      return set(WRONG_TYPED_ARB.filter((v) => !jsonTypeMatches(schema, v)));
    case "badMapKey":
      return fc
        .constantFrom(...BAD_MAP_KEYS)
        .map((to) => ({ mutation: kind, path, op: { type: "renameKey", to } }));
    case "outOfEnum": {
      const allowed = schema.enum ?? [schema.const];
      return set(fc.oneof(derivedNearMiss(String(value)), ENUM_MISS_ARB).filter((v) => !allowed.includes(v)));
    }
    case "stringLength":
      return set(lengthVariants(schema, String(value)));
    case "nearMiss":
      return set(fc.oneof({ weight: 2, arbitrary: NEAR_MISS_ARB }, derivedNearMiss(String(value))));
    case "outOfRange": {
      const lo = schema.minimum ?? 0;
      const hi = schema.maximum ?? 100;
      return set(fc.constantFrom(lo - 1, hi + 1, lo, hi, lo + 0.5, -0, 2 ** 53, -1e308, 1e308));
    }
    case "itemCount": {
      const items = schema.items as JsonSchema;
      const array = value as unknown[];
      const min = schema.minItems ?? 0;
      const max = schema.maxItems ?? opts.maxArrayItems;
      // An array of 5,000 objects costs the three validators about a second: keep such boundaries rare
      // (a few per run); arrays of at most 100 items exercise the same maxItems check many times a run.
      const big = max > 100;
      const lengths = fc.oneof(
        { weight: big ? 1 : 10, arbitrary: fc.constantFrom(max, max + 1) },
        {
          weight: big ? 39 : 5,
          arbitrary: fc.integer({ min: Math.max(0, min - 1), max: Math.min(max + 1, min + 4) }),
        },
      );
      // Items are shared, not copied: the validators only read them.
      const base =
        array.length > 0
          ? fc.constant(array)
          : fc.array(arbitraryFromSchema(items), { minLength: 1, maxLength: 1 });
      return set(
        fc.tuple(base, lengths).map(([src, n]) => Array.from({ length: n }, (_, i) => src[i % src.length])),
      );
    }
    case "deleteRequired": {
      const present = (schema.required ?? []).filter((k) => Object.hasOwn(value as object, k));
      return fc
        .constantFrom(...present)
        .map((k) => ({ mutation: kind, path: [...path, k], op: { type: "delete" } }));
    }
    case "unknownProperty": {
      const known = Object.keys(schema.properties ?? {});
      const keys = [...UNKNOWN_KEYS, ...known.map((k) => k.toUpperCase())].filter(
        (k) => !Object.hasOwn(value as object, k) && !known.includes(k),
      );
      return fc
        .tuple(fc.constantFrom(...keys), WRONG_TYPED_ARB)
        .map(([k, v]) => ({ mutation: kind, path: [...path, k], op: { type: "set", value: v } }));
    }
    default: {
      const unknownKind: never = kind;
      throw new Error(`unknown mutation kind ${String(unknownKind)}`);
    }
  }
}

// Writes a property as an own data property, so that a key such as "__proto__" stays a key.
function define(target: Record<string, unknown> | unknown[], key: Segment, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

// Copies only the containers on the path (the rest is shared), so the generated document is never changed.
function apply(doc: unknown, change: Change): unknown {
  if (change.path.length === 0) return change.op.type === "set" ? change.op.value : doc;
  const shallow = (node: unknown): Record<string, unknown> =>
    (Array.isArray(node) ? [...node] : { ...(node as Record<string, unknown>) }) as Record<string, unknown>;
  const root = shallow(doc);
  let parent = root;
  for (const seg of change.path.slice(0, -1)) {
    const child = shallow(parent[seg]);
    define(parent, seg, child);
    parent = child;
  }
  const key = change.path.at(-1) as Segment;
  switch (change.op.type) {
    case "set":
      define(parent, key, change.op.value);
      break;
    case "delete":
      delete parent[key];
      break;
    case "renameKey": {
      const v = parent[key];
      delete parent[key];
      define(parent, change.op.to, v);
      break;
    }
    default: {
      const unknownOp: never = change.op;
      throw new Error(`unknown op ${JSON.stringify(unknownOp)}`);
    }
  }
  return root;
}

/**
 * Builds single-field mutations of the documents of `valid`: the kind is drawn first (among those the
 * document offers), then the field, then the new value.
 */
export function mutationArbitrary(
  valid: fc.Arbitrary<unknown>,
  schema: JsonSchema,
  opts: { readonly maxArrayItems: number } = { maxArrayItems: 3 },
): fc.Arbitrary<Mutated> {
  return valid.chain((doc) => {
    const byKind = new Map<MutationKind, Site[]>();
    for (const site of collectSites(doc, schema)) {
      for (const kind of kindsAt(site)) {
        const list = byKind.get(kind);
        if (list) list.push(site);
        else byKind.set(kind, [site]);
      }
    }
    const kinds = MUTATION_KINDS.filter((k) => byKind.has(k));
    return fc
      .constantFrom(...kinds)
      .chain((kind) =>
        fc.constantFrom(...(byKind.get(kind) ?? [])).chain((site) => changeAt(kind, site, opts)),
      )
      .map((change) => ({
        mutation: change.mutation,
        pointer: toPointer(
          change.op.type === "renameKey" ? [...change.path.slice(0, -1), change.op.to] : change.path,
        ),
        doc: apply(doc, change),
      }));
  });
}
