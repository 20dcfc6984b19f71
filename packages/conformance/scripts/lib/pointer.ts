// JSON Pointer (RFC 6901) helpers for the mutation table; throw on a pointer that does not fit the document.

/** A JSON value as parsed from a file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isContainer = (v: Json | undefined): v is Json[] | { [key: string]: Json } =>
  typeof v === "object" && v !== null;

/** Escapes one reference token (`~` -> `~0`, `/` -> `~1`). */
export function escapeToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Builds a pointer from path segments, such as Zod issue paths. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${escapeToken(typeof p === "symbol" ? String(p) : p)}`).join("");
}

/** Splits a pointer into unescaped reference tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function parentOf(doc: Json, pointer: string): { parent: Json[] | { [key: string]: Json }; key: string } {
  const tokens = parsePointer(pointer);
  const key = tokens.pop();
  if (key === undefined) throw new Error("cannot mutate the document root");
  let node: Json | undefined = doc;
  for (const t of tokens) {
    node = isContainer(node) ? (node as Record<string, Json>)[t] : undefined;
    if (!isContainer(node)) throw new Error(`${pointer}: no object or array at ${t}`);
  }
  if (!isContainer(node)) throw new Error(`${pointer}: parent is not an object or array`);
  return { parent: node, key };
}

/** Reads the value at a pointer, or undefined when there is none. */
export function getAt(doc: Json, pointer: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const t of parsePointer(pointer)) {
    if (!isContainer(node) || !Object.hasOwn(node, t)) return undefined;
    node = (node as Record<string, Json>)[t];
  }
  return node;
}

/** Sets the value at a pointer in place; the parent must exist, an array index must be in range. */
export function setAt(doc: Json, pointer: string, value: Json): void {
  const { parent, key } = parentOf(doc, pointer);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!/^\d+$/.test(key) || i > parent.length) throw new Error(`${pointer}: bad array index`);
    parent[i] = value;
  } else {
    parent[key] = value;
  }
}

/** Deletes the member at a pointer in place; it must exist and must not be an array element. */
export function deleteAt(doc: Json, pointer: string): void {
  const { parent, key } = parentOf(doc, pointer);
  if (Array.isArray(parent) || !Object.hasOwn(parent, key)) {
    throw new Error(`${pointer}: nothing to delete`);
  }
  delete parent[key];
}
