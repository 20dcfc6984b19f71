// Shared test data: the examples, keys, values by sensitivity class, and valid documents with planted values.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentTypeName, Sensitivity } from "@open-trm/schema/data";
import fc from "fast-check";
import { type FieldNode, fieldTree, type LeafNode } from "../../src/anonymise/fields.js";

export type Json = Record<string, unknown>;
export const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
export const KEY = new Uint8Array(32).fill(7);
export const OTHER_KEY = "ab".repeat(32);

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : [],
    );
}

/** Every example and conformance fixture that is valid, with its name. */
export const EXAMPLES: readonly { name: string; doc: Json }[] = [
  ...jsonFiles(join(REPO_DIR, "examples")),
  ...readdirSync(join(REPO_DIR, "packages", "conformance", "fixtures"))
    .filter((t) => existsSync(join(REPO_DIR, "packages", "conformance", "fixtures", t, "valid")))
    .flatMap((t) => jsonFiles(join(REPO_DIR, "packages", "conformance", "fixtures", t, "valid"))),
].map((f) => ({ name: relative(REPO_DIR, f), doc: JSON.parse(readFileSync(f, "utf8")) as Json }));

export const byName = (suffix: string): Json => {
  const found = EXAMPLES.find((e) => e.name.endsWith(suffix));
  if (!found) throw new Error(`no example ${suffix}`);
  return structuredClone(found.doc);
};

/** Every string found at a leaf of the given classes (extension content counts as freeText, at any depth). */
export function valuesOf(doc: unknown, classes: readonly Sensitivity[]): string[] {
  const out: string[] = [];
  const strings = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(strings);
    else if (typeof v === "object" && v !== null) Object.values(v).forEach(strings);
  };
  const walk = (v: unknown, node: FieldNode): void => {
    if (node.kind === "leaf") {
      if (classes.includes(node.sensitivity)) strings(v);
    } else if (node.kind === "list") for (const item of v as unknown[]) walk(item, node.item);
    else for (const [k, m] of node.members) if ((v as Json)[k] !== undefined) walk((v as Json)[k], m.node);
  };
  walk(doc, fieldTree((doc as Json).documentType as DocumentTypeName));
  return out;
}

/** Every string anywhere in a JSON value (keys excluded). */
export function allStrings(v: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof v === "string") out.add(v);
  else if (Array.isArray(v)) for (const x of v) allStrings(x, out);
  else if (typeof v === "object" && v !== null) for (const x of Object.values(v)) allStrings(x, out);
  return out;
}

/** The values of `values` that appear in `output`: as a whole string value, or inside the serialised output. */
export function leaked(values: readonly string[], output: unknown): string[] {
  const text = JSON.stringify(output);
  const strings = allStrings(output);
  return values.filter((v) => {
    if (strings.has(v)) return true;
    const inJson = JSON.stringify(v).slice(1, -1);
    // Short values (a name such as "Ion") are searched as whole words, long ones anywhere.
    if (v.length < 6) return new RegExp(`\\b${inJson.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text);
    return text.includes(inJson);
  });
}

// Values for fields whose pattern a planted text cannot match, taken from the examples.
const seen = new Map<string, unknown[]>();
for (const { doc } of EXAMPLES) {
  const type = doc.documentType as string;
  const walk = (v: unknown, node: FieldNode): void => {
    const at = `${type}${node.template}`;
    if (node.kind === "leaf") seen.set(at, [...(seen.get(at) ?? []), v]);
    else if (node.kind === "list") for (const item of v as unknown[]) walk(item, node.item);
    else for (const [k, m] of node.members) if ((v as Json)[k] !== undefined) walk((v as Json)[k], m.node);
  };
  walk(doc, fieldTree(type as DocumentTypeName));
}

const hex = (n: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: n, maxLength: n });
const two = (n: number) => String(n).padStart(2, "0");
const day = fc
  .date({ min: new Date("1995-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function scalar(type: string, leaf: LeafNode, mark: string): fc.Arbitrary<unknown> {
  const planted = hex(10).map((h) => `${mark}${h}`);
  switch (leaf.value) {
    case "uuid":
      return fc.uuid({ version: 4 });
    case "date":
      return day;
    case "dateTime":
      return fc
        .tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom("Z", "+01:00", "+02:00", "-05:00"))
        .map(([d, h, z]) => `${d}T${two(h)}:15:00${z}`);
    case "partialDate":
      return fc.tuple(day, fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));
    case "code":
      return fc.constantFrom(...(leaf.codes ?? []));
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: 0, max: 30 }).filter((n) => leaf.accepts(n));
    case "phone":
      return fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `+3897${n}`);
    case "email":
      return planted.map((p) => `${p}@example.org`);
    case "record":
      return planted.map((p) => ({ "org.example.ngo": { note: p, nested: [p, { deeper: `${p}x` }] } }));
    case "string":
      if (leaf.accepts("planted text") || leaf.accepts(["planted text"])) return planted;
  }
  // Patterned fields (subdivision, language, time zone, literal...): values from the examples.
  // Embedded documents (a referral's victim profile, a directory's focal points) share their type's values.
  const embedded = leaf.template.startsWith("/subject/victimProfile/")
    ? `victimProfile${leaf.template.slice(22)}`
    : `focalPoint${leaf.template.slice(14)}`;
  const known = (seen.get(`${type}${leaf.template}`) ?? seen.get(embedded) ?? []).flatMap((v) =>
    leaf.array && Array.isArray(v) ? v : [v],
  );
  if (known.length === 0) throw new Error(`no example value for ${leaf.template}`);
  return fc.constantFrom(...known);
}

function arbitrary(type: string, node: FieldNode, mark: string): fc.Arbitrary<unknown> {
  if (node.kind === "leaf") {
    if (!node.array) return scalar(type, node, mark);
    return fc
      .uniqueArray(scalar(type, node, mark), { minLength: node.accepts([]) ? 0 : 1, maxLength: 3 })
      .filter((a) => node.accepts(a));
  }
  if (node.kind === "list")
    return fc.array(arbitrary(type, node.item, mark), { minLength: node.acceptsEmpty ? 0 : 1, maxLength: 2 });
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [k, m] of node.members) {
    shape[k] = arbitrary(type, m.node, mark);
    if (m.required) required.push(k);
  }
  return fc.record(shape, { requiredKeys: required });
}

/**
 * Structurally valid documents of a type whose direct, free-text and other text values carry `mark` and random
 * hex, so that any of them found in an output is a leak and not a coincidence.
 */
export function documents(type: DocumentTypeName, mark = "PLANTED"): fc.Arbitrary<Json> {
  return arbitrary(type, fieldTree(type), mark) as fc.Arbitrary<Json>;
}
