import { isRecord } from "../json.js";
import { type Cursor, get, items, type ReadContext, report, take } from "./context.js";

/** An extension of the input with its URL. */
export interface ExtensionCursor {
  readonly url: string;
  readonly at: Cursor;
}

/**
 * The extensions of an element; an extension that is not an object with a string `url` is reported.
 * @example
 * extensionsOf(newContext(), { value: { extension: [{ url: "u", valueCode: "c" }] }, path: "" })[0]?.url; // "u"
 */
export function extensionsOf(ctx: ReadContext, element: Cursor): ExtensionCursor[] {
  return items(ctx, get(element, "extension")).flatMap((at) => {
    if (!isRecord(at.value)) {
      report(ctx, "ADAPTER_WRONG_TYPE", at.path, "expected an extension object");
      return [];
    }
    const url = get(at, "url");
    if (typeof url.value !== "string") {
      report(ctx, "ADAPTER_MISSING", url.path, "expected the extension url as a string");
      return [];
    }
    return [{ url: url.value, at }];
  });
}

/** Marks an extension's URL as read (its value or sub-extensions are marked as they are read). */
export function useExtension(ctx: ReadContext, e: ExtensionCursor): void {
  take(ctx, get(e.at, "url"));
}

/**
 * The one extension with a URL among several, or undefined; a repeated one is reported.
 * @example
 * singleExtension(newContext(), [], "u"); // undefined
 */
export function singleExtension(
  ctx: ReadContext,
  exts: readonly ExtensionCursor[],
  url: string,
): ExtensionCursor | undefined {
  const found = exts.filter((e) => e.url === url);
  for (const extra of found.slice(1)) {
    report(ctx, "ADAPTER_INVALID_VALUE", extra.at.path, "this extension may occur only once here");
  }
  return found[0];
}
