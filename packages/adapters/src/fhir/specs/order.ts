import type { DocumentTypeName } from "@open-trm/schema/data";
import { isRecord, type JsonObject } from "../json.js";
import type { FieldNode, GroupNode } from "./dsl.js";
import { fieldNodes } from "./index.js";

/**
 * Merges two partial documents read from different places (native elements and extensions): groups merge
 * field by field; the field tables give every leaf one place, so leaves never collide.
 * @example
 * mergeFields({ a: { b: 1 } }, { a: { c: 2 } }); // { a: { b: 1, c: 2 } }
 */
export function mergeFields(target: JsonObject, source: JsonObject): JsonObject {
  const out: JsonObject = { ...target };
  for (const [k, v] of Object.entries(source)) {
    const t = out[k];
    out[k] = isRecord(t) && isRecord(v) ? mergeFields(t, v) : v;
  }
  return out;
}

function orderField(v: unknown, node: FieldNode): unknown {
  if (node.type === "leaf") {
    if (!node.kind.startsWith("doc:")) return v;
    const doc = fieldNodes[node.kind.slice(4) as DocumentTypeName];
    return Array.isArray(v) ? v.map((d) => orderGroup(d, doc)) : orderGroup(v, doc);
  }
  if (node.type === "list") return Array.isArray(v) ? v.map((item) => orderGroup(item, node.item)) : v;
  return orderGroup(v, node);
}

/**
 * A copy of a document with its fields in the order of the field tables (the order of the standard).
 * @example
 * Object.keys(orderGroup({ b: 1, a: 2 }, compileGroup({ a: "integer", b: "integer" }))); // ["a", "b"]
 */
export function orderGroup(v: unknown, node: GroupNode): unknown {
  if (!isRecord(v)) return v;
  const out: JsonObject = {};
  for (const [name, field] of node.fields) {
    if (v[name] !== undefined) out[name] = orderField(v[name], field);
  }
  return out;
}
