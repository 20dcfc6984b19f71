// The field tables of the mapping, written as data: every field of every Open TRM document has one row that says
// how its value is typed and where FHIR carries it. A leaf is `kind`, `kind[]` (a list) and, when a FHIR element
// carries it natively, `kind=FhirPath`; every other leaf travels in the document's Open TRM extension. Groups are
// nested objects and lists of groups are one-element arrays.

import type { DocumentTypeName } from "@open-trm/schema/data";

/** Documents a field can reference, by `documentType`. */
export type RefTarget = "focalPoint" | "victimProfile" | "consent" | "bestInterestsAssessment";

/** How a leaf value is typed, which fixes its FHIR type in an extension (see `leafValueKey`). */
export type LeafKind =
  | "code"
  | "string"
  | "boolean"
  | "integer"
  | "date"
  | "dateTime"
  | "json"
  | `ref:${RefTarget}`
  | `doc:${DocumentTypeName}`;

/** A field row in its written form. */
export type FieldSpec = string | GroupSpec | readonly [GroupSpec];
/** A group of field rows. */
export interface GroupSpec {
  readonly [field: string]: FieldSpec;
}

/** A compiled leaf row. */
export interface LeafNode {
  readonly type: "leaf";
  readonly kind: LeafKind;
  readonly many: boolean;
  /** The FHIR element that carries the leaf natively; absent when the Open TRM extension carries it. */
  readonly native?: string;
}
/** A compiled group. */
export interface GroupNode {
  readonly type: "group";
  readonly fields: readonly (readonly [string, FieldNode])[];
  /** True when some leaf below is carried natively. */
  readonly hasNative: boolean;
}
/** A compiled list of groups. */
export interface ListNode {
  readonly type: "list";
  readonly item: GroupNode;
}
/** A compiled field row. */
export type FieldNode = LeafNode | GroupNode | ListNode;

const KINDS = new Set(["code", "string", "boolean", "integer", "date", "dateTime", "json"]);
const ROW = /^([A-Za-z:]+?)(\[\])?(?:=(.+))?$/;

function isKind(k: string): k is LeafKind {
  return KINDS.has(k) || /^ref:[A-Za-z]+$/.test(k) || /^doc:[A-Za-z]+$/.test(k);
}

function compileLeaf(row: string): LeafNode {
  const m = ROW.exec(row);
  const kind = m?.[1] ?? "";
  // Rows are constants of this module; a malformed one is a programming error caught by the table tests.
  if (!m || !isKind(kind)) throw new Error(`malformed field row: ${row}`);
  const base = { type: "leaf" as const, kind, many: m[2] !== undefined };
  return m[3] === undefined ? base : { ...base, native: m[3] };
}

/**
 * Compiles a written group of field rows into nodes (done once per document type when the module loads).
 * @example
 * compileGroup({ status: "code", notes: "string" }).fields.length; // 2
 */
export function compileGroup(spec: GroupSpec): GroupNode {
  const fields = Object.entries(spec).map(([name, row]) => [name, compileField(row)] as const);
  const hasNative = fields.some(([, n]) => hasNativeLeaf(n));
  return { type: "group", fields, hasNative };
}

function compileField(row: FieldSpec): FieldNode {
  if (typeof row === "string") return compileLeaf(row);
  if (Array.isArray(row)) return { type: "list", item: compileGroup(row[0] as GroupSpec) };
  return compileGroup(row as GroupSpec);
}

/** Whether a node carries any leaf natively (a list of such groups is written by hand, item by item). */
export function hasNativeLeaf(node: FieldNode): boolean {
  if (node.type === "leaf") return node.native !== undefined;
  return node.type === "group" ? node.hasNative : node.item.hasNative;
}

/**
 * The node at a JSON Pointer template of a document (`*` or a number for list items), or undefined.
 * @example
 * nodeAt(compileGroup({ a: [{ b: "code" }] }), ["a", "0", "b"]); // { type: "leaf", kind: "code", many: false }
 */
export function nodeAt(root: GroupNode, tokens: readonly string[]): FieldNode | undefined {
  let node: FieldNode = root;
  for (const token of tokens) {
    if (node.type === "list") {
      if (!/^(?:0|[1-9]\d*|\*)$/.test(token)) return undefined;
      node = node.item;
    } else if (node.type === "group") {
      const next: FieldNode | undefined = node.fields.find(([name]) => name === token)?.[1];
      if (next === undefined) return undefined;
      node = next;
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * Every leaf of a group as JSON Pointer templates (`*` for list items) with its node, in table order.
 * @example
 * leafRows(compileGroup({ a: { b: "code" } })).map(([p]) => p); // ["/a/b"]
 */
export function leafRows(group: GroupNode, prefix = ""): (readonly [string, LeafNode])[] {
  return group.fields.flatMap(([name, node]) => {
    const path = `${prefix}/${name}`;
    if (node.type === "leaf") return [[path, node] as const];
    if (node.type === "group") return leafRows(node, path);
    return leafRows(node.item, `${path}/*`);
  });
}

/**
 * The item table of the list at a pointer template of a field table (a constant path of the mappings).
 * @example
 * listItemAt(compileGroup({ a: [{ b: "code" }] }), "/a").fields.length; // 1
 */
export function listItemAt(root: GroupNode, path: string): GroupNode {
  const found = nodeAt(root, path.split("/").slice(1));
  // The paths are constants of the mappings, so a wrong one fails as soon as the module loads.
  if (found?.type !== "list") throw new Error(`not a list row: ${path}`);
  return found.item;
}
