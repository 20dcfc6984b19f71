// JSON Pointer (RFC 6901) helpers for walking, reading and writing plain JSON documents.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Escapes one reference token (RFC 6901 section 3). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The reference tokens of a pointer. */
export function tokensOf(pointer: string): string[] {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The value at a pointer, or undefined. */
export function getAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const t of tokensOf(pointer)) {
    if (Array.isArray(node)) node = /^\d+$/.test(t) ? node[Number(t)] : undefined;
    else if (isObject(node)) node = Object.hasOwn(node, t) ? node[t] : undefined;
    else return undefined;
  }
  return node;
}

/** Whether `pointer` is `ancestor` or lies below it. */
export function isUnder(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/**
 * Writes a value, creating objects and arrays on the way (a numeric token makes an array). An index past the end
 * of an array lands on the next free slot instead, so that arrays never get holes; the pointer actually written
 * is returned.
 */
export function setAt(doc: Json, pointer: string, value: unknown): string {
  const tokens = tokensOf(pointer);
  let node: unknown = doc;
  let written = "";
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    const next = tokens[i + 1];
    const fresh = next !== undefined && /^\d+$/.test(next) ? [] : {};
    if (Array.isArray(node)) {
      const index = Math.min(Number(token), node.length);
      written += `/${index}`;
      if (last) node[index] = value;
      else {
        node[index] ??= fresh;
        node = node[index];
      }
    } else if (isObject(node)) {
      written += `/${escapeToken(token)}`;
      if (last) node[token] = value;
      else {
        node[token] ??= fresh;
        node = node[token];
      }
    }
  });
  return written;
}

/** Removes the value at a pointer (an array element is spliced out); removes nothing when absent. */
export function deleteAt(doc: unknown, pointer: string): void {
  const tokens = tokensOf(pointer);
  const last = tokens.pop();
  const parent = getAt(doc, tokens.map((t) => `/${escapeToken(t)}`).join(""));
  if (last === undefined) return;
  if (Array.isArray(parent) && /^\d+$/.test(last)) parent.splice(Number(last), 1);
  else if (isObject(parent)) delete parent[last];
}

/** Pointers of every leaf below `base`: primitives, and arrays or objects that are empty. */
export function leafPointers(value: unknown, base: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [base];
    return value.flatMap((v, i) => leafPointers(v, `${base}/${i}`));
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return [base];
    return keys.flatMap((k) => leafPointers(value[k], `${base}/${escapeToken(k)}`));
  }
  return [base];
}
