// Reads values at JSON Pointer templates (RFC 6901, with `*` for any array index) from example documents.

const unescapeToken = (t: string) => t.replace(/~1/g, "/").replace(/~0/g, "~");

/**
 * Every value at a pointer template in a document, in document order.
 * @example
 * valuesAt({ a: [{ b: 1 }, { b: 2 }] }, "/a/*\/b"); // [1, 2]
 */
export function valuesAt(doc: unknown, template: string): unknown[] {
  let current: unknown[] = [doc];
  const tokens = template === "" ? [] : template.slice(1).split("/").map(unescapeToken);
  for (const token of tokens) {
    const next: unknown[] = [];
    for (const value of current) {
      if (token === "*" && Array.isArray(value)) next.push(...value);
      else if (
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        Object.hasOwn(value, token)
      ) {
        next.push((value as Record<string, unknown>)[token]);
      }
    }
    current = next;
  }
  return current;
}

/**
 * The first value at a pointer template across documents, or `undefined` when none has one.
 * @example
 * firstValueAt([{}, { a: 1 }], "/a"); // 1
 */
export function firstValueAt(docs: readonly unknown[], template: string): unknown {
  for (const doc of docs) {
    const [value] = valuesAt(doc, template);
    if (value !== undefined) return value;
  }
  return undefined;
}
