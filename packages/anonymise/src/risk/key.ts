// Compact, unambiguous string keys for equivalence classes: one part per quasi-identifier, joined by US (\u001f).
// A plain string is its own part (the common case costs nothing); everything else starts with NUL and a tag:
// "\0m" missing, "\0j<json>" a non-string scalar, an object, or a string that would be ambiguous,
// "\0e" an empty array, "\0a<part RS part ...>" an array, its element parts sorted so that order never matters.

/** Separates the parts of a class key. */
export const SEP = "\u001f";
const ITEM_SEP = "\u001e";
const MISSING = "\u0000m";
const EMPTY_ARRAY = "\u0000e";

// A string can stand for itself unless it starts with NUL (a tag) or holds a separator (an array item: either).
const plain = (s: string, item: boolean): boolean =>
  s.charCodeAt(0) !== 0 && !s.includes(SEP) && !(item && s.includes(ITEM_SEP));

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    const members = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function encodeItem(value: unknown): string {
  if (typeof value === "string") return plain(value, true) ? value : `\u0000j${JSON.stringify(value)}`;
  return `\u0000j${canonical(value)}`;
}

/** Encodes the value found at a pointer as one key part. */
export function encodeValue(value: unknown): string {
  if (typeof value === "string") return plain(value, false) ? value : `\u0000j${JSON.stringify(value)}`;
  if (value === undefined) return MISSING;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_ARRAY;
    if (value.length === 1) return `\u0000a${encodeItem(value[0])}`;
    return `\u0000a${value.map(encodeItem).sort().join(ITEM_SEP)}`;
  }
  return encodeItem(value);
}

function decodeItem(part: string): unknown {
  return part.startsWith("\u0000j") ? JSON.parse(part.slice(2)) : part;
}

/** Decodes one key part back to a JSON value: `undefined` for missing, a sorted array for an array. */
export function decodeValue(part: string): unknown {
  if (part === MISSING) return undefined;
  if (part === EMPTY_ARRAY) return [];
  if (part.startsWith("\u0000a")) return part.slice(2).split(ITEM_SEP).map(decodeItem);
  return decodeItem(part);
}

/** Decodes a class key into an object keyed by pointer; a missing value's pointer is absent. */
export function decodeKey(key: string, pointers: readonly string[]): Record<string, unknown> {
  const parts = key.split(SEP);
  const out: Record<string, unknown> = {};
  pointers.forEach((p, i) => {
    const v = decodeValue(parts[i] ?? MISSING);
    if (v !== undefined) out[p] = v;
  });
  return out;
}
