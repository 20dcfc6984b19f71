// Table-driven tests of the field tables and the extension table: every leaf of the standard has exactly one
// row; every native row names a real R4 element; and, row by row, a changed value travels through FHIR to the
// declared place and back.
import type { DocumentTypeName } from "@open-trm/schema/data";
import { leafSensitivities } from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import { buildBundle } from "../../src/fhir/bundle.js";
import type { TrmDocument } from "../../src/fhir/documents.js";
import { readUnchecked } from "../../src/fhir/reader.js";
import { type LeafNode, leafRows } from "../../src/fhir/specs/dsl.js";
import { extensionRows } from "../../src/fhir/specs/extensions.js";
import { fieldNodes } from "../../src/fhir/specs/index.js";
import { codeMaps } from "../../src/fhir/tables/index.js";
import { OPEN_TRM_FHIR_BASE } from "../../src/fhir/urls.js";
import { emptyFieldExamples, enrichedExamples, examples } from "./support/examples.js";
import { getAt, setAt } from "./support/json.js";
import { r4ElementPaths } from "./support/r4-terminology.js";

const types = Object.keys(fieldNodes) as DocumentTypeName[];
const pool = [...enrichedExamples(), ...examples()];
const paths = r4ElementPaths();

describe("the field tables", () => {
  it.each(types)("%s has one row per leaf of the standard (sub-documents have their own table)", (type) => {
    const rows = leafRows(fieldNodes[type]).map(([p]) => p);
    const subDocs = leafRows(fieldNodes[type])
      .filter(([, n]) => n.kind.startsWith("doc:"))
      .map(([p]) => p);
    const standard = Object.keys(leafSensitivities(type)).filter(
      (p) => !subDocs.some((s) => p.startsWith(`${s}/`)),
    );
    expect(rows.filter((p) => !subDocs.includes(p)).sort()).toEqual(
      standard.filter((p) => !subDocs.includes(p)).sort(),
    );
    expect(new Set(rows).size).toBe(rows.length);
  });

  const natives = types.flatMap((type) =>
    leafRows(fieldNodes[type])
      .filter(([, n]) => n.native !== undefined)
      .map(([pointer, n]) => ({ type, pointer, native: n.native ?? "" })),
  );
  it.each(natives)("$type $pointer is carried by an R4 element ($native)", ({ native }) => {
    const [resource, element] = native.replace(/\s*\([^)]*\)/g, "").split(".");
    if (element === undefined) expect(resource).toMatch(/^[A-Z][A-Za-z]+$/);
    else expect(paths.has(`${resource}.${element}`), `${resource}.${element}`).toBe(true);
  });
});

// The code map a native code row is written through, when FHIR codes it with a one-to-one map.
function mapOf(node: LeafNode, current: unknown) {
  if (node.native === undefined || node.kind !== "code") return undefined;
  return Object.values(codeMaps).find((m) => m.read && m.rows.some(([c]) => c === current));
}

// A changed value of the right kind for a row, unlike anything in the examples.
function sentinel(type: DocumentTypeName, pointer: string, node: LeafNode, current: unknown): unknown {
  const map = mapOf(node, current);
  if (map !== undefined) return map.rows.map(([c]) => c).find((c) => c !== current);
  if (/\/(opens|closes)$/.test(pointer)) return "07:13";
  if (pointer === "/id" || pointer === "/correlationId" || node.kind.startsWith("ref:")) {
    return "99999999-9999-4999-8999-99999999999a";
  }
  const byKind: Record<string, unknown> = {
    code: `sentinelCode${type.length}`,
    string: "SENTINEL-TEXT-1",
    boolean: current !== true,
    integer: Number(current) + 1,
    date: "1999-12-31",
    dateTime: "1999-12-31T23:59:58Z",
    json: { "org.example.sentinel": { x: "SENTINEL" } },
  };
  return byKind[node.kind];
}

// The first concrete pointer of a template in a document, with its value.
function instance(doc: unknown, template: string): { tokens: string[]; value: unknown } | undefined {
  const walk = (
    v: unknown,
    rest: string[],
    done: string[],
  ): { tokens: string[]; value: unknown } | undefined => {
    if (rest.length === 0) return v === undefined ? undefined : { tokens: done, value: v };
    const [head, ...tail] = rest as [string, ...string[]];
    if (head === "*") {
      if (!Array.isArray(v)) return undefined;
      for (const [i, item] of v.entries()) {
        const found = walk(item, tail, [...done, String(i)]);
        if (found) return found;
      }
      return undefined;
    }
    return typeof v === "object" && v !== null
      ? walk((v as Record<string, unknown>)[head], tail, [...done, head])
      : undefined;
  };
  return walk(doc, template.split("/").slice(1), []);
}

const toPointer = (tokens: readonly string[]) => tokens.map((t) => `/${t}`).join("");

// Where a string occurs in a Bundle: the resource type, its top element, and whether an Open TRM extension holds it.
function places(
  bundle: unknown,
  needle: string,
): { resource: string; element: string; inTrmExtension: boolean }[] {
  const out: { resource: string; element: string; inTrmExtension: boolean }[] = [];
  const walk = (v: unknown, resource: string, element: string, inTrm: boolean) => {
    if (typeof v === "string" && v.includes(needle)) out.push({ resource, element, inTrmExtension: inTrm });
    if (Array.isArray(v)) for (const x of v) walk(x, resource, element, inTrm);
    else if (typeof v === "object" && v !== null) {
      const o = v as Record<string, unknown>;
      const isResource = typeof o.resourceType === "string";
      const trm = inTrm || (typeof o.url === "string" && o.url.startsWith(`${OPEN_TRM_FHIR_BASE}/`));
      for (const [k, x] of Object.entries(o)) {
        walk(
          x,
          isResource ? String(o.resourceType) : resource,
          isResource ? k : element,
          isResource ? false : trm,
        );
      }
    }
  };
  walk(bundle, "", "", false);
  return out;
}

const rows = types.flatMap((type) =>
  leafRows(fieldNodes[type])
    .filter(([p, n]) => p !== "/documentType" && !n.kind.startsWith("doc:"))
    .map(([pointer, node]) => ({ type, pointer, node })),
);

describe("every row of the field tables, with a changed value", () => {
  it.each(rows)("$type $pointer travels to its place and back", ({ type, pointer, node }) => {
    const source = pool.find((e) => e.doc.documentType === type && instance(e.doc, pointer) !== undefined);
    if (source === undefined) throw new Error(`no example has ${pointer}`);
    const doc = structuredClone(source.doc) as TrmDocument;
    const at = instance(doc, pointer) as { tokens: string[]; value: unknown };
    const current = node.many ? (at.value as unknown[])[0] : at.value;
    const value = sentinel(type, pointer, node, current);
    setAt(doc, toPointer(node.many ? [...at.tokens, "0"] : at.tokens), value);
    const bundle = buildBundle([[doc, ""]]);
    if (!bundle.ok) throw new Error("refused");
    const back = readUnchecked(JSON.parse(JSON.stringify(bundle.value)));
    expect(back.issues).toEqual([]);
    const want = node.many ? [value, ...(at.value as unknown[]).slice(1)] : value;
    expect(getAt(back.doc, toPointer(at.tokens))).toEqual(want);
    // Where the value is: in an Open TRM extension, or in the native element the row names.
    if (typeof value !== "string" || mapOf(node, current) !== undefined) return;
    const found = places(bundle.value, value);
    if (node.native === undefined) {
      expect(found.some((p) => p.inTrmExtension)).toBe(true);
    } else {
      const [resource, element] = node.native.replace(/\s*\([^)]*\)/g, "").split(".");
      const native = found.filter((p) => !p.inTrmExtension && p.resource === resource);
      expect(native.some((p) => element === undefined || p.element === element)).toBe(true);
    }
  });
});

describe("the extension table", () => {
  const used = new Set<string>();
  const collect = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (typeof v === "object" && v !== null) {
      const o = v as Record<string, unknown>;
      if (typeof o.url === "string" && o.url.startsWith(OPEN_TRM_FHIR_BASE)) used.add(o.url);
      Object.values(o).forEach(collect);
    }
  };
  for (const e of [...pool, ...emptyFieldExamples()]) {
    const b = buildBundle([[e.doc, ""]]);
    if (b.ok) collect(b.value);
  }
  it.each(extensionRows())("$url (on $context) is written for the examples", ({ url }) => {
    expect(used.has(url)).toBe(true);
  });
  it("lists every Open TRM extension the writer emits", () => {
    const listed = new Set(extensionRows().map((r) => r.url));
    expect([...used].filter((u) => !listed.has(u))).toEqual([]);
  });
});
