import type { DocumentTypeName } from "./document-type-names.js";
import { leafSensitivity } from "./generated/sensitivity.js";
import type { Sensitivity } from "./meta.js";

/**
 * The sensitivity class of the leaf field at a JSON Pointer of a document, or `undefined` when the pointer is
 * not a leaf of the standard. Array indexes are matched by any index; content below `/extensions` is `freeText`.
 * @example
 * sensitivityOf("victimProfile", "/person/givenNames"); // "direct"
 * sensitivityOf("victimProfile", "/trafficking/events/2/place"); // "direct"
 */
export function sensitivityOf(documentType: DocumentTypeName, pointer: string): Sensitivity | undefined {
  const table = leafSensitivity[documentType];
  if (!table) return undefined;
  if (pointer === "/extensions" || pointer.startsWith("/extensions/")) return "freeText";
  return table[pointer.replace(/\/\d+(?=\/|$)/g, "/*")];
}

/** Every leaf pointer template of a document type with its sensitivity class. */
export function leafSensitivities(documentType: DocumentTypeName): Readonly<Record<string, Sensitivity>> {
  return leafSensitivity[documentType] ?? {};
}
