// JSON Pointer access to parsed JSON in tests, so that tests can edit Bundles without typing every element.
import { parsePointer } from "../../../src/fhir/json.js";

type Container = Record<string, unknown> | unknown[];

function tokensOf(pointer: string): string[] {
  const tokens = parsePointer(pointer);
  if (tokens === undefined) throw new Error(`not a JSON Pointer: ${pointer}`);
  return tokens;
}

function step(v: unknown, token: string): unknown {
  if (Array.isArray(v)) return v[Number(token)];
  return typeof v === "object" && v !== null ? (v as Record<string, unknown>)[token] : undefined;
}

/** The value at a JSON Pointer, or undefined. */
export function getAt(v: unknown, pointer: string): unknown {
  return tokensOf(pointer).reduce(step, v);
}

/** The array at a JSON Pointer (an error when there is none). */
export function arrayAt(v: unknown, pointer: string): unknown[] {
  const found = getAt(v, pointer);
  if (!Array.isArray(found)) throw new Error(`no array at ${pointer}`);
  return found;
}

/** Sets (or, with undefined, deletes) the value at a JSON Pointer; returns the edited root. */
export function setAt<T>(root: T, pointer: string, value: unknown): T {
  const tokens = tokensOf(pointer);
  const parent = tokens.slice(0, -1).reduce(step, root as unknown) as Container;
  const key = tokens[tokens.length - 1] as string;
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(Number(key), 1);
    else parent[Number(key)] = value;
  } else if (value === undefined) delete parent[key];
  else parent[key] = value;
  return root;
}

/** Every JSON Pointer of a value, the root (`""`) first. */
export function pointersOf(v: unknown, path = ""): string[] {
  if (typeof v !== "object" || v === null) return [path];
  const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
  return [
    path,
    ...keys.flatMap((k) => pointersOf(step(v, k), `${path}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`)),
  ];
}
