import type { RefTarget } from "../specs/dsl.js";
import { URI_SYSTEM, UUID_URN_PREFIX } from "../urls.js";
import { ROOT_RESOURCE } from "../write/context.js";
import {
  type Cursor,
  get,
  missing,
  type ReadContext,
  readObject,
  readString,
  report,
  take,
} from "./context.js";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function uuidOf(ctx: ReadContext, c: Cursor, text: string): string | undefined {
  const id = text.slice(UUID_URN_PREFIX.length);
  if (text.startsWith(UUID_URN_PREFIX) && UUID.test(id)) return id;
  report(ctx, "ADAPTER_INVALID_VALUE", c.path, "expected a urn:uuid: URI holding a UUID");
  return undefined;
}

/**
 * The document id in an Identifier whose system is `urn:ietf:rfc:3986` and whose value is a `urn:uuid:` URI.
 * @example
 * readDocumentIdentifier(newContext(), { value: { system: "urn:ietf:rfc:3986", value: "urn:uuid:00000000-0000-4000-8000-000000001101" }, path: "" });
 */
export function readDocumentIdentifier(ctx: ReadContext, c: Cursor): string | undefined {
  if (readObject(ctx, c) === undefined) return undefined;
  const system = get(c, "system");
  if (readString(ctx, system) !== URI_SYSTEM) {
    report(ctx, "ADAPTER_INVALID_VALUE", system.path, `expected the identifier system ${URI_SYSTEM}`);
    return undefined;
  }
  const value = get(c, "value");
  const text = readString(ctx, value);
  return text === undefined ? missing(ctx, value, "the identifier value") : uuidOf(ctx, value, text);
}

/**
 * The id of the Open TRM document a Reference points at, from its logical identifier or its `urn:uuid:`
 * literal reference (both, when present, must agree); its `type`, when present, must be the target's resource.
 * @example
 * readReference(newContext(), { value: { reference: "urn:uuid:00000000-0000-4000-8000-000000005101" }, path: "" }, "focalPoint");
 */
export function readReference(ctx: ReadContext, c: Cursor, target: RefTarget): string | undefined {
  if (readObject(ctx, c) === undefined) return undefined;
  const type = get(c, "type");
  const typeName = readString(ctx, type);
  if (typeName !== undefined && typeName !== ROOT_RESOURCE[target]) {
    report(ctx, "ADAPTER_INVALID_VALUE", type.path, `expected a reference to ${ROOT_RESOURCE[target]}`);
  }
  // A display is a label for people, not data of its own.
  take(ctx, get(c, "display"));
  const identifier = get(c, "identifier");
  const fromIdentifier = identifier.value === undefined ? undefined : readDocumentIdentifier(ctx, identifier);
  const ref = get(c, "reference");
  const literal = readString(ctx, ref);
  const fromLiteral = literal === undefined ? undefined : uuidOf(ctx, ref, literal);
  if (fromIdentifier !== undefined && fromLiteral !== undefined && fromIdentifier !== fromLiteral) {
    report(ctx, "ADAPTER_INVALID_VALUE", c.path, "the reference and its identifier name different documents");
    return undefined;
  }
  const id = fromIdentifier ?? fromLiteral;
  if (id === undefined && identifier.value === undefined && literal === undefined) {
    return missing(ctx, c, "a urn:uuid: reference or identifier of an Open TRM document");
  }
  return id;
}
