// JSON Pointers (RFC 6901) over plain JSON documents, for the mapping tables' field paths.

type Json = Record<string, unknown>;

const tokens = (pointer: string) =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at a pointer, or undefined. */
export function getAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const t of tokens(pointer)) {
    if (Array.isArray(node)) node = node[Number(t)];
    else if (isObject(node) && Object.hasOwn(node, t)) node = node[t];
    else return undefined;
  }
  return node;
}

/** Sets a value at a pointer into objects, creating the objects on the way. */
export function setAt(doc: Json, pointer: string, value: unknown): void {
  const path = tokens(pointer);
  const last = path.pop();
  if (last === undefined) return;
  let node = doc;
  for (const t of path) {
    const next = node[t];
    if (isObject(next)) node = next;
    else {
      const created: Json = {};
      node[t] = created;
      node = created;
    }
  }
  node[last] = value;
}

/** Escapes one pointer token. */
export const pointerToken = (t: string) => t.replace(/~/g, "~0").replace(/\//g, "~1");

/** The pointer with every array index replaced by `*`, as the mapping tables write them. */
export const pointerPattern = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, "/*");
