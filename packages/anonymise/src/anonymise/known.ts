import type { FieldNode, LeafNode } from "./fields.js";
import type { KnownValue, RedactKind } from "./redact.js";

function kindOf(leaf: LeafNode): RedactKind {
  if (leaf.value === "phone") return "phone";
  if (leaf.value === "email") return "email";
  if (leaf.template.endsWith("/number")) return "id";
  if (leaf.template.endsWith("/place")) return "place";
  return "name";
}

/**
 * The `direct` values of a record (names, document numbers, places, phones, e-mails): what `redact` scrubs from the
 * same record's free text wherever it occurs.
 * @example
 * knownValues(doc, fieldTree("victimProfile")); // [{ value: "Arta", kind: "name" }, ...]
 */
export function knownValues(doc: unknown, node: FieldNode, out: KnownValue[] = []): KnownValue[] {
  if (node.kind === "leaf") {
    if (node.sensitivity !== "direct") return out;
    const kind = kindOf(node);
    for (const v of Array.isArray(doc) ? doc : [doc]) if (typeof v === "string") out.push({ value: v, kind });
  } else if (node.kind === "list") {
    if (Array.isArray(doc)) for (const item of doc) knownValues(item, node.item, out);
  } else if (typeof doc === "object" && doc !== null) {
    for (const [key, member] of node.members) {
      const v = (doc as Record<string, unknown>)[key];
      if (v !== undefined) knownValues(v, member.node, out);
    }
  }
  return out;
}
