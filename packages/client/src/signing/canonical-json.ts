// RFC 8785 JSON Canonicalization Scheme (JCS): the exact bytes that Open TRM signatures cover.
import { ClientError } from "../errors.js";

// RFC 8785 section 3.2.2.2: lone surrogates must make a JCS implementation fail.
const LONE_SURROGATE = /\p{Cs}/u;

const token = (key: string | number) => String(key).replace(/~/g, "~0").replace(/\//g, "~1");

function fail(path: string, rule: string): never {
  throw new ClientError("NOT_JSON", `canonicalJson: ${path === "" ? "the value" : path} ${rule}`);
}

function serialiseString(s: string, path: string): string {
  if (LONE_SURROGATE.test(s)) fail(path, "contains a lone surrogate (RFC 8785 section 3.2.2.2)");
  // ECMAScript JSON.stringify escapes exactly as RFC 8785 section 3.2.2.2 requires.
  return JSON.stringify(s);
}

function serialise(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case "string":
      return serialiseString(value, path);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) fail(path, "is not a finite number (RFC 8785 section 3.2.2.3)");
      // Number-to-string of ECMAScript (RFC 8785 section 3.2.2.3); -0 becomes "0".
      return JSON.stringify(value);
    case "object":
      return value === null ? "null" : serialiseStructure(value, path, ancestors);
    default:
      return fail(path, `has type ${typeof value}, which is not JSON data`);
  }
}

function serialiseStructure(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) fail(path, "is a cycle");
  ancestors.add(value);
  let out: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) fail(`${path}/${i}`, "is a hole in an array");
      items.push(serialise(value[i], `${path}/${i}`, ancestors));
    }
    out = `[${items.join(",")}]`;
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) fail(path, "is not a plain object");
    // RFC 8785 section 3.2.3: members sorted by the UTF-16 code units of their names, which is what the
    // default comparison of Array.prototype.sort does.
    const keys = Object.keys(value).sort();
    const members = keys.map((k) => {
      const at = `${path}/${token(k)}`;
      return `${serialiseString(k, at)}:${serialise((value as Record<string, unknown>)[k], at, ancestors)}`;
    });
    out = `{${members.join(",")}}`;
  }
  ancestors.delete(value);
  return out;
}

/**
 * The RFC 8785 (JCS) canonical JSON text of a JSON value; throws `ClientError` (`NOT_JSON`) on anything that is
 * not JSON data (non-finite numbers, `undefined`, functions, class instances, cycles, lone surrogates).
 * @example
 * canonicalJson({ b: 1, a: [true, null, 1e21] }); // '{"a":[true,null,1e+21],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, "", new Set());
}

/**
 * The UTF-8 bytes of the RFC 8785 canonical JSON of a value: the payload a document signature covers.
 * @example
 * const bytes = canonicalJsonBytes({ a: 1 }); // Uint8Array of '{"a":1}'
 */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}
