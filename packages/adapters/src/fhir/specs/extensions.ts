// The extension table, derived from the field tables: which Open TRM extension sits on which FHIR element and
// which sub-extensions (with which FHIR value types) it has. The docs print it; the tests check the writer uses
// exactly these.
import type { DocumentTypeName } from "@open-trm/schema/data";
import { valueKey } from "../read/decode.js";
import { documentExtensionUrl, EMPTY_FIELD_EXTENSION } from "../urls.js";
import { ROOT_RESOURCE } from "../write/context.js";
import { type GroupNode, hasNativeLeaf } from "./dsl.js";
import { fieldNodes } from "./index.js";

/** One sub-extension of an Open TRM extension. */
export interface SubExtensionRow {
  /** Its path of sub-extension URLs, such as `ageAssessment/method`. */
  readonly path: string;
  /** `valueCode`, `valueReference (Organization)`, ... or `extension` for a complex one. */
  readonly value: string;
  /** Whether it repeats (a list). */
  readonly repeats: boolean;
}

/** One Open TRM extension. */
export interface ExtensionRow {
  readonly url: string;
  /** The FHIR element it extends. */
  readonly context: string;
  /** The Open TRM JSON Pointer template whose fields it carries. */
  readonly carries: string;
  readonly subExtensions: readonly SubExtensionRow[];
}

function subRows(group: GroupNode, prefix: string): SubExtensionRow[] {
  return group.fields.flatMap(([name, node]): SubExtensionRow[] => {
    const path = prefix === "" ? name : `${prefix}/${name}`;
    if (node.type === "leaf") {
      if (node.native !== undefined) return [];
      const ref = node.kind.startsWith("ref:")
        ? ` (${ROOT_RESOURCE[node.kind.slice(4) as DocumentTypeName]})`
        : "";
      return [{ path, value: `${valueKey(node.kind)}${ref}`, repeats: node.many }];
    }
    if (node.type === "list" && hasNativeLeaf(node)) return [];
    const item = node.type === "list" ? node.item : node;
    const inner = subRows(item, path);
    return inner.length === 0 ? [] : [{ path, value: "extension", repeats: node.type === "list" }, ...inner];
  });
}

function nativeLists(type: DocumentTypeName, group: GroupNode, prefix: string): ExtensionRow[] {
  return group.fields.flatMap(([name, node]): ExtensionRow[] => {
    const path = `${prefix}/${name}`;
    if (node.type === "group") return nativeLists(type, node, path);
    if (node.type !== "list" || !hasNativeLeaf(node)) return [];
    const sub = subRows(node.item, "");
    if (sub.length === 0) return [];
    const first = node.item.fields.find(([, f]) => f.type === "leaf" && f.native !== undefined)?.[1];
    const native = first?.type === "leaf" ? (first.native ?? "") : "";
    const context = native.replace(/\s*\([^)]*\)/g, "").replace(/\.[^.]+$/, "");
    return [{ url: documentExtensionUrl(type, path), context, carries: `${path}/*`, subExtensions: sub }];
  });
}

/**
 * Every Open TRM extension the writer can emit, in document order, then `empty-field`.
 * @example
 * extensionRows().map((r) => r.url);
 */
export function extensionRows(): ExtensionRow[] {
  const perType = (Object.keys(fieldNodes) as DocumentTypeName[]).flatMap((type) => [
    {
      url: documentExtensionUrl(type),
      context: ROOT_RESOURCE[type],
      carries: "/",
      subExtensions: subRows(fieldNodes[type], ""),
    },
    ...nativeLists(type, fieldNodes[type], ""),
  ]);
  const empty = { path: "", value: "valueString (a JSON Pointer)", repeats: true };
  return [
    ...perType,
    {
      url: EMPTY_FIELD_EXTENSION,
      context: "each root resource",
      carries: "empty lists and groups",
      subExtensions: [empty],
    },
  ];
}
