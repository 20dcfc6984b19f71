// The directory the node serves, parsed once per version.
import type { FocalPointDirectory } from "@open-trm/schema";
import type { NodeContext } from "./context.js";

let cache: { text: string; doc: FocalPointDirectory } | undefined;

/** The stored focalPointDirectory document, or undefined before one is loaded. */
export function loadDirectory(ctx: NodeContext): FocalPointDirectory | undefined {
  const row = ctx.store.directory.get();
  if (row === undefined) return undefined;
  if (cache?.text !== row.document) cache = { text: row.document, doc: JSON.parse(row.document) };
  return cache.doc;
}

/** Whether the directory lists the focal point (ids compared ignoring letter case). */
export function inDirectory(directory: FocalPointDirectory | undefined, focalPoint: string): boolean {
  const id = focalPoint.toLowerCase();
  return directory?.focalPoints.some((p) => p.id.toLowerCase() === id) ?? false;
}
