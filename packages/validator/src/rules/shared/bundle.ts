import type { DocumentTypeName } from "@open-trm/schema";
import type { BundleEntry, DocumentsByType } from "../types.js";

/** A document of one type in a bundle, with its index. */
export interface Typed<T extends DocumentTypeName> {
  readonly index: number;
  readonly doc: DocumentsByType[T];
}

/** The documents of one type in a bundle, in bundle order. */
export function ofType<T extends DocumentTypeName>(entries: readonly BundleEntry[], type: T): Typed<T>[] {
  return entries
    .filter((e) => e.doc.documentType === type)
    .map((e) => ({ index: e.index, doc: e.doc as DocumentsByType[T] }));
}

/** Whether two UUIDs are the same; UUIDs compare case-insensitively (RFC 9562). */
export function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
