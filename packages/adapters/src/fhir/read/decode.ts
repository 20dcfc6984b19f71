// Reads the Open TRM extensions back into fields, driven by the same field tables as the writer: a sub-extension
// per field, repeated for lists, with the FHIR value type that the leaf's kind fixes.

import { isRecord, type JsonObject } from "../json.js";
import type { FieldNode, GroupNode, LeafKind } from "../specs/dsl.js";
import {
  type Cursor,
  get,
  type ReadContext,
  readBoolean,
  readInteger,
  readObject,
  readString,
  report,
} from "./context.js";
import { type ExtensionCursor, extensionsOf, useExtension } from "./extensions.js";
import { readReference } from "./reference.js";

/**
 * The FHIR value element of a leaf kind in an extension.
 * @example
 * valueKey("ref:focalPoint"); // "valueReference"
 */
export function valueKey(kind: LeafKind): string {
  if (kind.startsWith("ref:")) return "valueReference";
  const keys: Record<string, string> = {
    code: "valueCode",
    string: "valueString",
    boolean: "valueBoolean",
    integer: "valueInteger",
    date: "valueDate",
    dateTime: "valueDateTime",
    json: "valueAttachment",
  };
  return keys[kind] ?? "value";
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function readJsonAttachment(ctx: ReadContext, c: Cursor): JsonObject | undefined {
  if (readObject(ctx, c) === undefined) return undefined;
  const type = get(c, "contentType");
  if (readString(ctx, type) !== "application/json") {
    report(ctx, "ADAPTER_INVALID_VALUE", type.path, "expected the content type application/json");
    return undefined;
  }
  const data = get(c, "data");
  const text = readString(ctx, data);
  if (text === undefined || !BASE64.test(text)) {
    report(ctx, "ADAPTER_INVALID_VALUE", data.path, "expected base64 data");
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed))
    report(ctx, "ADAPTER_INVALID_VALUE", data.path, "expected a JSON object in the data");
  return isRecord(parsed) ? parsed : undefined;
}

function decodeLeaf(ctx: ReadContext, e: ExtensionCursor, kind: LeafKind): unknown {
  useExtension(ctx, e);
  const key = valueKey(kind);
  const v = get(e.at, key);
  if (v.value === undefined) {
    const other = isRecord(e.at.value)
      ? Object.keys(e.at.value).find((k) => k.startsWith("value"))
      : undefined;
    const where = other === undefined ? e.at.path : get(e.at, other).path;
    report(ctx, other === undefined ? "ADAPTER_MISSING" : "ADAPTER_WRONG_TYPE", where, `expected ${key}`);
    return undefined;
  }
  if (kind.startsWith("ref:")) return readReference(ctx, v, kind.slice(4) as "focalPoint");
  if (kind === "boolean") return readBoolean(ctx, v);
  if (kind === "integer") return readInteger(ctx, v);
  if (kind === "json") return readJsonAttachment(ctx, v);
  return readString(ctx, v);
}

/**
 * Reads a complex extension's sub-extensions as a group.
 * @example
 * decodeComplex(ctx, ext, compileGroup({ status: "code" })); // { status: "active" }
 */
export function decodeComplex(ctx: ReadContext, e: ExtensionCursor, node: GroupNode): JsonObject {
  useExtension(ctx, e);
  const subs = extensionsOf(ctx, e.at);
  if (subs.length === 0) report(ctx, "ADAPTER_MISSING", e.at.path, "expected sub-extensions");
  return decodeGroup(ctx, subs, node);
}

function decodeField(ctx: ReadContext, found: ExtensionCursor[], node: FieldNode): unknown {
  if (node.type === "list") return found.map((e) => decodeComplex(ctx, e, node.item));
  if (node.type === "leaf" && node.many) {
    return found.map((e) => decodeLeaf(ctx, e, node.kind)).filter((v) => v !== undefined);
  }
  for (const extra of found.slice(1)) {
    report(ctx, "ADAPTER_INVALID_VALUE", extra.at.path, "this sub-extension may occur only once");
  }
  const first = found[0] as ExtensionCursor;
  return node.type === "group" ? decodeComplex(ctx, first, node) : decodeLeaf(ctx, first, node.kind);
}

/**
 * The fields of a group that its sub-extensions carry (native fields are read by the resource mappings).
 * @example
 * decodeGroup(ctx, extensionsOf(ctx, cursor), compileGroup({ status: "code" }));
 */
export function decodeGroup(ctx: ReadContext, subs: readonly ExtensionCursor[], node: GroupNode): JsonObject {
  const out: JsonObject = {};
  for (const [name, field] of node.fields) {
    if (field.type === "leaf" && field.native !== undefined) continue;
    if (field.type === "list" && field.item.hasNative) continue;
    const found = subs.filter((e) => e.url === name);
    if (found.length === 0) continue;
    const v = decodeField(ctx, found, field);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/**
 * The non-native fields of a natively written list item, from the item extension at `url` on its element.
 * @example
 * readItemFields(ctx, communication, documentExtensionUrl("victimProfile", "/person/languages"), languageItem);
 */
export function readItemFields(ctx: ReadContext, element: Cursor, url: string, group: GroupNode): JsonObject {
  const exts = extensionsOf(ctx, element).filter((e) => e.url === url);
  for (const extra of exts.slice(1)) {
    report(ctx, "ADAPTER_INVALID_VALUE", extra.at.path, "this extension may occur only once here");
  }
  const first = exts[0];
  return first === undefined ? {} : decodeComplex(ctx, first, group);
}
