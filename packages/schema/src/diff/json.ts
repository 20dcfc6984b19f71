// Small JSON helpers shared by the classifier: deep equality, pointers, shapes.

/** A JSON object as read from a schema or codelist file. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// Keys sorted, so that two objects that differ only in key order compare equal.
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isObject(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}

/** Deep equality of JSON values, ignoring the order of object keys. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** A JSON value as a key for sets of values (deep, key order ignored). */
export const jsonKey = canonical;

/** Appends reference tokens to a JSON Pointer (RFC 6901), escaping `~` and `/`. */
export function child(path: string, ...tokens: readonly (string | number)[]): string {
  return path + tokens.map((t) => `/${String(t).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** Resolves a JSON Pointer fragment (`#/$defs/a`) in a document; undefined when it does not resolve. */
export function resolvePointer(root: unknown, fragment: string): unknown {
  if (fragment === "#" || fragment === "") return root;
  if (!fragment.startsWith("#/")) return undefined;
  let node: unknown = root;
  for (const raw of fragment.slice(2).split("/")) {
    const token = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/** A short list of values for a message: at most `max` shown, then how many more. */
export function listValues(values: readonly unknown[], max = 8): string {
  const shown = values.slice(0, max).map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  return values.length > max ? `${shown.join(", ")} and ${values.length - max} more` : shown.join(", ");
}
