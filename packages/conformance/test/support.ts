// Shared by the tests: the validators (Ajv on the generated JSON Schemas, Zod), fault pointers, file listings.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { type DocumentTypeName, documentTypes, isDocumentTypeName } from "@open-trm/schema";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { escapeToken, toPointer } from "../scripts/lib/pointer.js";
import type { ExpectedError, ExpectedSchemaError, Manifest, SchemaKeyword } from "../src/manifest.js";

export const PACKAGE_ROOT = resolve(import.meta.dirname, "..");
export const REPO_ROOT = resolve(PACKAGE_ROOT, "../..");

/** Annotation keywords of the generated schemas, registered with Ajv as non-validating. */
export const ANNOTATION_KEYWORDS = [
  "x-trm-sensitivity",
  "x-trm-codelist",
  "x-trm-documentType",
  "x-trm-standardVersion",
];

/** Lists files under a directory, recursively, as paths relative to `base`, sorted. */
export function listFiles(dir: string, base: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), base) : [join(dir, e.name)]))
    .map((p) => (p.startsWith(base) ? relative(base, p).split("\\").join("/") : p))
    .sort();
}

export const readJson = (absolute: string): unknown => JSON.parse(readFileSync(absolute, "utf8"));

/** The committed manifest. */
export const manifest = readJson(join(PACKAGE_ROOT, "manifest.json")) as Manifest;

/** Every JSON file of the repository's examples/, relative to the repository root. */
export const exampleFiles = listFiles(join(REPO_ROOT, "examples"), REPO_ROOT).filter((p) =>
  p.endsWith(".json"),
);

/** Compiles the six generated JSON Schemas with Ajv 2020 in strict mode, all errors, formats asserted or not. */
export function compileSchemas(validateFormats = true): Record<DocumentTypeName, ValidateFunction> {
  const ajv = new Ajv2020.default({
    strict: true,
    allErrors: true,
    validateFormats,
    keywords: ANNOTATION_KEYWORDS,
  });
  addFormats.default(ajv);
  const entries = Object.values(documentTypes).map((info) => {
    const schema = readJson(join(REPO_ROOT, "schemas/v1", `${info.kebab}.schema.json`)) as object;
    return [info.name, ajv.compile(schema)] as const;
  });
  return Object.fromEntries(entries) as Record<DocumentTypeName, ValidateFunction>;
}

/** An Ajv error as a fault: the pointer of the missing, unknown or badly named property, else of the value. */
export function ajvFault(e: ErrorObject): { pointer: string; keyword: string } {
  const params = e.params as Record<string, unknown>;
  const name =
    e.keyword === "required"
      ? params.missingProperty
      : e.keyword === "additionalProperties"
        ? params.additionalProperty
        : e.keyword === "propertyNames"
          ? params.propertyName
          : e.propertyName;
  const pointer = typeof name === "string" ? `${e.instancePath}/${escapeToken(name)}` : e.instancePath;
  return { pointer, keyword: e.keyword };
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[];
}

/** The pointers of Zod issues: the issue path, and path + key for each unrecognised key. */
export function zodPointers(issues: readonly ZodIssueLike[]): string[] {
  return issues.flatMap((i) =>
    i.code === "unrecognized_keys" && i.keys
      ? i.keys.map((k) => toPointer([...i.path, k]))
      : [toPointer(i.path)],
  );
}

/** Keywords that count as the expected one: a `format` fault may be reported by the equivalent `pattern`. */
export function acceptedKeywords(expected: SchemaKeyword): string[] {
  return expected === "format" ? ["format", "pattern"] : [expected];
}

/** Whether an expected error is a JSON Schema fault (it names a keyword, not a rule). */
export const isSchemaError = (e: ExpectedError): e is ExpectedSchemaError => "keyword" in e;

/** Whether a fixture's fault can only be seen by a validator that asserts `format`. */
export const isFormatOnly = (errors: readonly ExpectedError[]): boolean =>
  errors.length > 0 && errors.every((e) => isSchemaError(e) && e.keyword === "format");

/** Every document file of the manifest: the fixtures, then the documents of every bundle. */
export const manifestFiles = (m: Manifest): string[] => [
  ...m.fixtures.map((f) => f.path),
  ...m.bundles.flatMap((b) => b.files),
];

/** The document type named by a document, when it is one of the six. */
export function documentTypeOf(doc: unknown): DocumentTypeName | undefined {
  const t =
    typeof doc === "object" && doc !== null ? (doc as { documentType?: unknown }).documentType : undefined;
  return isDocumentTypeName(t) ? t : undefined;
}
