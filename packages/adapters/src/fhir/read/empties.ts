import { isRecord, type JsonObject, parsePointer } from "../json.js";
import { type GroupNode, nodeAt } from "../specs/dsl.js";
import { EMPTY_FIELD_EXTENSION } from "../urls.js";
import { get, missing, type ReadContext, readString, report } from "./context.js";
import { type ExtensionCursor, useExtension } from "./extensions.js";

function emptyValue(root: GroupNode, tokens: readonly string[]): [] | Record<string, never> | undefined {
  const node = nodeAt(root, tokens);
  if (node?.type === "group") return {};
  if (node?.type === "list" || (node?.type === "leaf" && node.many)) return [];
  return undefined;
}

// Sets an empty list or group at a path whose tokens the field table has already accepted.
function place(doc: JsonObject, root: GroupNode, tokens: readonly string[], empty: unknown): boolean {
  let cur: unknown = doc;
  for (const [i, token] of tokens.entries()) {
    const last = i === tokens.length - 1;
    if (Array.isArray(cur)) {
      if (last || !/^\d+$/.test(token)) return false;
      cur = cur[Number(token)];
      if (!isRecord(cur)) return false;
    } else if (isRecord(cur)) {
      if (last) {
        if (cur[token] !== undefined) return false;
        cur[token] = empty;
        return true;
      }
      // A missing group on the way is created (its other fields were all empty too); a missing list item is not.
      if (cur[token] === undefined && nodeAt(root, tokens.slice(0, i + 1))?.type === "group") cur[token] = {};
      cur = cur[token];
    } else {
      return false;
    }
  }
  return false;
}

/**
 * Restores the lists and groups that the `empty-field` extensions name, in place.
 * @example
 * applyEmptyFields(ctx, extensionsOf(ctx, resource), doc, fieldNodes.victimProfile);
 */
export function applyEmptyFields(
  ctx: ReadContext,
  exts: readonly ExtensionCursor[],
  doc: JsonObject,
  root: GroupNode,
): void {
  for (const e of exts.filter((x) => x.url === EMPTY_FIELD_EXTENSION)) {
    useExtension(ctx, e);
    const v = get(e.at, "valueString");
    const pointer = readString(ctx, v);
    if (pointer === undefined) {
      missing(ctx, v, "the valueString JSON Pointer");
      continue;
    }
    const tokens = parsePointer(pointer);
    const empty = tokens === undefined || tokens.length === 0 ? undefined : emptyValue(root, tokens);
    if (tokens === undefined || empty === undefined || !place(doc, root, tokens, empty)) {
      report(
        ctx,
        "ADAPTER_INVALID_VALUE",
        v.path,
        "expected a pointer to a list or group that is not otherwise present",
      );
    }
  }
}
