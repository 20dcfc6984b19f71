// Steps every document reader shares: the root resource's bookkeeping elements, its `<type>-fields` extension,
// its `urn:uuid:` identifier, and the final assembly (empty fields restored, fields in the standard's order).
import type { DocumentTypeName } from "@open-trm/schema/data";
import { isRecord, type JsonObject } from "../json.js";
import { fieldNodes } from "../specs/index.js";
import { mergeFields, orderGroup } from "../specs/order.js";
import { documentExtensionUrl, URI_SYSTEM } from "../urls.js";
import { type Cursor, get, items, missing, type ReadContext, report, take } from "./context.js";
import { decodeComplex } from "./decode.js";
import { applyEmptyFields } from "./empties.js";
import { type ExtensionCursor, extensionsOf, singleExtension } from "./extensions.js";
import { readDocumentIdentifier } from "./reference.js";

/** A root resource being read: where it is and its extensions. */
export interface ResourceCursor {
  readonly at: Cursor;
  readonly extensions: readonly ExtensionCursor[];
}

/**
 * Marks a resource's bookkeeping as read: its type, id, and the profile and version data of `meta`; other
 * `meta` content (security labels, tags) is not Open TRM data and stays unread, so it is reported as a loss.
 * @example
 * takeBookkeeping(ctx, { value: task, path: "/entry/1/resource" });
 */
export function takeBookkeeping(ctx: ReadContext, at: Cursor): void {
  for (const key of ["resourceType", "id"]) take(ctx, get(at, key));
  for (const key of ["profile", "versionId", "lastUpdated", "source"]) take(ctx, get(get(at, "meta"), key));
}

/**
 * Starts reading a root resource: marks its bookkeeping as read and lists its extensions.
 * @example
 * openResource(ctx, { value: patient, path: "/entry/0/resource" }).extensions.length;
 */
export function openResource(ctx: ReadContext, at: Cursor): ResourceCursor {
  takeBookkeeping(ctx, at);
  return { at, extensions: extensionsOf(ctx, at) };
}

/**
 * The fields of a document that its `<type>-fields` extension carries.
 * @example
 * readFieldsExtension(ctx, resource, "victimProfile").identification;
 */
export function readFieldsExtension(ctx: ReadContext, r: ResourceCursor, type: DocumentTypeName): JsonObject {
  const url = documentExtensionUrl(type);
  const e = singleExtension(ctx, r.extensions, url);
  if (e === undefined) {
    missing(ctx, get(r.at, "extension"), `the extension ${url}`);
    return {};
  }
  return decodeComplex(ctx, e, fieldNodes[type]);
}

/**
 * The document id from the resource's `urn:ietf:rfc:3986` identifier, and the resource's other identifiers.
 * @example
 * readIdentifiers(ctx, resource).id;
 */
export function readIdentifiers(ctx: ReadContext, r: ResourceCursor): { id?: string; others: Cursor[] } {
  const all = items(ctx, get(r.at, "identifier"));
  const mine = all.filter((c) => isRecord(c.value) && c.value.system === URI_SYSTEM);
  for (const extra of mine.slice(1)) {
    report(ctx, "ADAPTER_INVALID_VALUE", extra.path, "expected one urn:ietf:rfc:3986 identifier");
  }
  const others = all.filter((c) => !mine.includes(c));
  const first = mine[0];
  if (first === undefined) {
    missing(ctx, get(r.at, "identifier"), "the urn:ietf:rfc:3986 identifier of the document");
    return { others };
  }
  const id = readDocumentIdentifier(ctx, first);
  return id === undefined ? { others } : { id, others };
}

/**
 * Assembles a document from its native fields and extension fields: restores empty lists and groups and puts
 * the fields in the order of the standard.
 * @example
 * completeDocument(ctx, resource, "consent", native, fields);
 */
export function completeDocument(
  ctx: ReadContext,
  r: ResourceCursor,
  type: DocumentTypeName,
  native: JsonObject,
  fields: JsonObject,
): JsonObject {
  const doc = mergeFields({ documentType: type, ...native }, fields);
  applyEmptyFields(ctx, r.extensions, doc, fieldNodes[type]);
  return orderGroup(doc, fieldNodes[type]) as JsonObject;
}

/** Copies the defined members of an object (for native fields that may be absent). */
export function defined(o: Record<string, unknown>): JsonObject {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
