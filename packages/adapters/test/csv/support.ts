import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DocumentTypeName, documentTypeKebab, documentTypeNames } from "@open-trm/schema/data";
import type { TrmDocument } from "../../src/csv/index.js";

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** One synthetic example of /work/main/examples. */
export interface Example {
  readonly name: string;
  readonly doc: TrmDocument;
}

/** Every example document, sorted by path. */
export const examples: readonly Example[] = documentTypeNames.flatMap((type) => {
  const dir = join(repoRoot, "examples", documentTypeKebab[type]);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      name: `${documentTypeKebab[type]}/${f}`,
      doc: JSON.parse(readFileSync(join(dir, f), "utf8")),
    }));
});

/** A JSON Schema node, as far as these tests read it. */
export interface SchemaNode {
  readonly type?: string;
  readonly properties?: Record<string, SchemaNode>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** The committed JSON Schema of a document type (schemas/v1). */
export function jsonSchemaOf(type: DocumentTypeName): SchemaNode {
  const file = join(repoRoot, "schemas", "v1", `${documentTypeKebab[type]}.schema.json`);
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * Every leaf value of a JSON value with its path; empty arrays and objects count as leaves, and so do arrays
 * inside `extensions` (free JSON, which the CSV form keeps as one JSON cell).
 */
export function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) {
    if (value.length === 0 || path.includes("extensions")) return [{ path, value }];
    return value.flatMap((v, i) => leaves(v, [...path, i]));
  }
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 0) return [{ path, value }];
    return keys.flatMap((k) => leaves((value as Record<string, unknown>)[k], [...path, k]));
  }
  return [{ path, value }];
}

/** The value at a path. */
export function at(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const s of path) node = (node as Record<string, unknown>)[s];
  return node;
}

/** A deep copy of a JSON value. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
