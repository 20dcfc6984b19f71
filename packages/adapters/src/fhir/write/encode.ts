// Writes the Open TRM fields that no FHIR element carries natively into complex extensions, driven by the field
// tables: a group becomes an extension with one sub-extension per field, a list repeats its sub-extension, and a
// leaf takes the FHIR type of its kind. Empty lists and groups are left out (an extension needs a value or
// sub-extensions) and listed in the `empty-field` extension instead.

import { escapeToken, isRecord } from "../json.js";
import type { FieldNode, GroupNode, LeafKind, LeafNode } from "../specs/dsl.js";
import { hasNativeLeaf } from "../specs/dsl.js";
import type { FhirExtension } from "../types.js";
import { documentExtensionUrl, EMPTY_FIELD_EXTENSION } from "../urls.js";
import { reference, type WriteContext } from "./context.js";

type Value = Omit<FhirExtension, "url" | "extension">;

function leafValue(kind: LeafKind, v: unknown, ctx: WriteContext): Value {
  if (kind.startsWith("ref:")) {
    return { valueReference: reference(ctx, kind.slice(4) as Parameters<typeof reference>[1], String(v)) };
  }
  switch (kind) {
    case "code":
      return { valueCode: String(v) };
    case "string":
      return { valueString: String(v) };
    case "boolean":
      return { valueBoolean: v === true };
    case "integer":
      return { valueInteger: Number(v) };
    case "date":
      return { valueDate: String(v) };
    case "dateTime":
      return { valueDateTime: String(v) };
    case "json":
      // Namespaced extension content is free-form JSON: carried whole, as an attachment.
      return {
        valueAttachment: {
          contentType: "application/json",
          data: Buffer.from(JSON.stringify(v), "utf8").toString("base64"),
        },
      };
    default:
      // Sub-documents (`doc:`) are always native rows; the tables test proves no extension row has one.
      return {};
  }
}

function encodeLeaf(name: string, node: LeafNode, v: unknown, ctx: WriteContext): FhirExtension[] {
  const values = node.many ? (Array.isArray(v) ? v : []) : [v];
  return values.map((item) => ({ url: name, ...leafValue(node.kind, item, ctx) }));
}

function encodeField(name: string, node: FieldNode, v: unknown, ctx: WriteContext): FhirExtension[] {
  if (v === undefined) return [];
  if (node.type === "leaf") return node.native === undefined ? encodeLeaf(name, node, v, ctx) : [];
  if (node.type === "group") {
    const sub = isRecord(v) ? encodeGroup(v, node, ctx) : [];
    return sub.length > 0 ? [{ url: name, extension: sub }] : [];
  }
  // Lists with native leaves are written item by item by the resource mappings.
  if (hasNativeLeaf(node) || !Array.isArray(v)) return [];
  return v.flatMap((item) => {
    const sub = isRecord(item) ? encodeGroup(item, node.item, ctx) : [];
    return sub.length > 0 ? [{ url: name, extension: sub }] : [];
  });
}

/**
 * The sub-extensions for the non-native fields of a group, in table order.
 * @example
 * encodeGroup({ status: "active" }, compileGroup({ status: "code" }), { present: new Map() }); // [{ url: "status", valueCode: "active" }]
 */
export function encodeGroup(
  value: Record<string, unknown>,
  node: GroupNode,
  ctx: WriteContext,
): FhirExtension[] {
  return node.fields.flatMap(([name, field]) => encodeField(name, field, value[name], ctx));
}

/**
 * A complex extension at `url` with the non-native fields of a group, or none when nothing is left to carry.
 * @example
 * encodeExtension("https://open-trm.org/fhir/StructureDefinition/x", {}, compileGroup({ a: "code" }), { present: new Map() }); // []
 */
export function encodeExtension(
  url: string,
  value: Record<string, unknown>,
  node: GroupNode,
  ctx: WriteContext,
): FhirExtension[] {
  const sub = encodeGroup(value, node, ctx);
  return sub.length > 0 ? [{ url, extension: sub }] : [];
}

function emptiesOf(v: unknown, node: FieldNode, path: string, out: string[]): void {
  if (node.type === "leaf") {
    if (node.many && Array.isArray(v) && v.length === 0) out.push(path);
  } else if (node.type === "list") {
    if (!Array.isArray(v)) return;
    if (v.length === 0) out.push(path);
    for (const [i, item] of v.entries()) emptiesOf(item, node.item, `${path}/${i}`, out);
  } else if (isRecord(v)) {
    if (Object.keys(v).length === 0) out.push(path);
    for (const [name, field] of node.fields) {
      if (v[name] !== undefined) emptiesOf(v[name], field, `${path}/${escapeToken(name)}`, out);
    }
  }
}

/**
 * One `empty-field` extension per list or group of the document that is present but empty; sub-documents
 * (`doc:` rows) list their own, and `json` content keeps its empties inside the JSON.
 * @example
 * emptyFieldExtensions({ a: [] }, compileGroup({ a: "code[]" })); // [{ url: EMPTY_FIELD_EXTENSION, valueString: "/a" }]
 */
export function emptyFieldExtensions(doc: Record<string, unknown>, node: GroupNode): FhirExtension[] {
  const out: string[] = [];
  emptiesOf(doc, node, "", out);
  return out.filter((p) => p !== "").map((p) => ({ url: EMPTY_FIELD_EXTENSION, valueString: p }));
}

/**
 * The extensions of a document's main resource: its fields extension, any the resource adds (`between`), then
 * the empty-field markers, in that order.
 * @example
 * documentExtensions("consent", {}, compileGroup({ a: "code" }), { present: new Map() }); // []
 */
export function documentExtensions(
  documentType: string,
  doc: Record<string, unknown>,
  node: GroupNode,
  ctx: WriteContext,
  between: readonly FhirExtension[] = [],
): FhirExtension[] {
  return [
    ...encodeExtension(documentExtensionUrl(documentType), doc, node, ctx),
    ...between,
    ...emptyFieldExtensions(doc, node),
  ];
}
