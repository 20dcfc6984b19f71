import type { DocumentTypeName } from "@open-trm/schema/data";
import { validate } from "@open-trm/validator";
import fc from "fast-check";
import type { TrmDocument } from "../../src/csv/index.js";
import { clone, examples, jsonSchemaOf, type SchemaNode } from "./support.js";

/** Strings that trip up CSV readers and spreadsheets: formula starts, quotes, numbers, breaks, scripts. */
export const trickyConstants: readonly string[] = [
  "=1+1",
  "+44 7700 900123",
  "-5",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=cmd",
  "\r=cmd",
  "'",
  "'=already guarded",
  "''",
  '"',
  '""',
  '"quoted"',
  '"=1+1"',
  '=HYPERLINK("http://example.invalid","x")',
  "123",
  "007",
  "1.0",
  "1e5",
  "-0",
  "true",
  "FALSE",
  "null",
  "[]",
  "{}",
  '["a"]',
  "a,b,c",
  "line one\nline two",
  "cr\r\nlf",
  "trailing\r",
  " leading and trailing ",
  "Ωμέγα Ђорђе Ёлка",
  "Shqipëri Çajupi",
  "中文 العربية",
  "emoji 😀 flag 🇸🇮",
  "nul\u0000char",
  "~0 ~1 ~2 a.b a/b",
  "#",
];

const FORMULA_PREFIXES = ["=", "+", "-", "@", "\t", "\r", "'", '"', "''", "'=", " ", "\n"];
const awkwardUnit = fc.constantFrom(..."=+-@\t\r'\",\n.~/#0123456789 aéЖ😀");

/** A string of 1..max code points from the tricky mix. */
export function trickyString(max = 200): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...trickyConstants) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(...FORMULA_PREFIXES), fc.string({ unit: "grapheme", maxLength: 20 }))
          .map(([p, s]) => p + s),
      },
      { weight: 2, arbitrary: fc.string({ unit: awkwardUnit, minLength: 1, maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 20 }) },
    )
    .map((s) => [...s].slice(0, max).join("") || "x");
}

const extensionKey = fc.oneof(
  fc.constantFrom(
    "",
    "0",
    "1",
    "01",
    "a.b",
    "~",
    "~1",
    "a/b",
    "__proto__",
    "constructor",
    "=cmd",
    "-1",
    "#",
    "value",
  ),
  fc.string({ maxLength: 8 }),
);

/** Free JSON as extension content may hold it, tricky strings and empty containers included. */
export const freeJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    trickyString(40),
    fc.constant(""),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(extensionKey, tie("value"), { maxKeys: 3, noNullPrototype: true }),
  ),
})).value;

/** An `extensions` object: namespaces (data model section 4) mapped to objects of free JSON. */
export const extensionsArb = fc.dictionary(
  fc.constantFrom("si", "md", "org.example.ngo", "al.case-2026"),
  fc.dictionary(extensionKey, freeJson, { maxKeys: 4, noNullPrototype: true }),
  { maxKeys: 2, noNullPrototype: true },
);

type Path = (string | number)[];
type Mutation =
  | { kind: "set"; path: Path; value: unknown }
  | { kind: "delete" | "empty" | "grow"; path: Path };

interface Targets {
  free: { path: Path; max: number }[];
  enums: { path: Path; values: readonly unknown[] }[];
  ints: { path: Path; min: number; max: number }[];
  flags: Path[];
  optional: Path[];
  arrays: Path[];
  extensible: Path[];
}

function collect(value: unknown, node: SchemaNode, path: Path, t: Targets): void {
  if (node.type === "object" && node.properties && typeof value === "object" && value !== null) {
    if (node.properties.extensions) t.extensible.push(path);
    for (const [key, child] of Object.entries(node.properties)) {
      if (key === "extensions" || !Object.hasOwn(value, key)) continue;
      if (!node.required?.includes(key)) t.optional.push([...path, key]);
      collect((value as Record<string, unknown>)[key], child, [...path, key], t);
    }
  } else if (node.type === "array" && node.items && Array.isArray(value)) {
    t.arrays.push(path);
    for (const [i, v] of value.entries()) collect(v, node.items as SchemaNode, [...path, i], t);
  } else if (node.enum) t.enums.push({ path, values: node.enum });
  else if (node.type === "integer") t.ints.push({ path, min: node.minimum ?? 0, max: node.maximum ?? 100 });
  else if (node.type === "boolean") t.flags.push(path);
  else if (node.type === "string" && !node.const && !node.pattern && !node.format)
    t.free.push({ path, max: node.maxLength ?? 200 });
}

function apply(doc: unknown, m: Mutation): void {
  const parent = m.path
    .slice(0, -1)
    .reduce<unknown>((n, s) => (n as Record<string, unknown> | undefined)?.[s], doc);
  const key = m.path[m.path.length - 1] as string | number;
  if (typeof parent !== "object" || parent === null) return;
  const p = parent as Record<string | number, unknown>;
  if (m.kind === "set") p[key] = m.value;
  else if (m.kind === "delete") delete p[key];
  else if (m.kind === "empty" && Array.isArray(p[key])) p[key] = [];
  else if (m.kind === "grow" && Array.isArray(p[key]) && (p[key] as unknown[]).length > 0)
    (p[key] as unknown[]).push(clone((p[key] as unknown[])[0]));
}

function mutationsOf(doc: TrmDocument): fc.Arbitrary<Mutation> {
  const t: Targets = { free: [], enums: [], ints: [], flags: [], optional: [], arrays: [], extensible: [] };
  collect(doc, jsonSchemaOf(doc.documentType as DocumentTypeName), [], t);
  const pick = <T>(xs: T[], weight: number, f: (x: T) => fc.Arbitrary<Mutation>) =>
    xs.length > 0 ? [{ weight, arbitrary: fc.constantFrom(...xs).chain(f) }] : [];
  return fc.oneof(
    ...pick(t.free, 8, (x) =>
      trickyString(x.max).map((value) => ({ kind: "set" as const, path: x.path, value })),
    ),
    ...pick(t.extensible, 4, (path) =>
      extensionsArb.map((value) => ({ kind: "set" as const, path: [...path, "extensions"], value })),
    ),
    ...pick(t.enums, 2, (x) =>
      fc.constantFrom(...x.values).map((value) => ({ kind: "set" as const, path: x.path, value })),
    ),
    ...pick(t.ints, 1, (x) => fc.integer(x).map((value) => ({ kind: "set" as const, path: x.path, value }))),
    ...pick(t.flags, 1, (path) => fc.boolean().map((value) => ({ kind: "set" as const, path, value }))),
    ...pick(t.optional, 1, (path) => fc.constant({ kind: "delete" as const, path })),
    ...pick(t.arrays, 1, (path) =>
      fc.constantFrom<Mutation>({ kind: "empty", path }, { kind: "grow", path }),
    ),
  );
}

/** A valid Open TRM document: an example mutated within its types and codelists, kept only if it validates. */
export const validDocument: fc.Arbitrary<TrmDocument> = fc
  .constantFrom(...examples.map((e) => e.doc))
  .chain((doc) =>
    fc.array(mutationsOf(doc), { minLength: 1, maxLength: 6 }).map((ms) => {
      const copy = clone(doc);
      for (const m of ms) apply(copy, m);
      return copy;
    }),
  )
  .filter((doc) => validate(doc).ok);
