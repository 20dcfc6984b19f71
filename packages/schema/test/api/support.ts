import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { documentTypes } from "../../src/index.js";

/** The repository root. */
export const ROOT = join(import.meta.dirname, "../../../..");
/** Where the OpenAPI document is published; relative `$ref`s resolve against it. */
export const OPENAPI_ID = "https://open-trm.org/schemas/v1/openapi.json";

/** A parsed JSON object. */
export type Json = { [key: string]: unknown };

/** The committed OpenAPI document. */
export const openapi = JSON.parse(readFileSync(join(ROOT, "schemas/v1/openapi.json"), "utf8")) as Json;

/** Follows a local `$ref` (`#/components/...`) of the OpenAPI document; other values come back unchanged. */
export function deref<T = Json>(value: unknown): T {
  const ref = (value as { $ref?: unknown } | null)?.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return value as T;
  let node: unknown = openapi;
  for (const token of ref.slice(2).split("/"))
    node = (node as Json)[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  return deref<T>(node);
}

/** Every operation of the document with its path and method. */
export function operations(): { path: string; method: string; op: Json }[] {
  const out: { path: string; method: string; op: Json }[] = [];
  for (const [path, item] of Object.entries(openapi.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) out.push({ path, method, op: op as Json });
  }
  return out;
}

/**
 * Strict Ajv 2020 with asserted formats, the six published document schemas and the OpenAPI document added, so
 * that `$ref`s into `components.schemas` and to `./<kebab>.schema.json` resolve offline.
 */
export function openApiAjv(): Ajv2020.default {
  const ajv = new Ajv2020.default({
    strict: true,
    allErrors: true,
    // `components` only holds the schemas that `$ref`s point into; it is an annotation to Ajv.
    keywords: [
      "x-trm-sensitivity",
      "x-trm-codelist",
      "x-trm-documentType",
      "x-trm-standardVersion",
      "components",
    ],
  });
  addFormats.default(ajv);
  for (const info of Object.values(documentTypes)) {
    ajv.addSchema(JSON.parse(readFileSync(join(ROOT, "schemas/v1", `${info.kebab}.schema.json`), "utf8")));
  }
  const components = openapi.components as Json;
  ajv.addSchema({ $id: OPENAPI_ID, components: { schemas: components.schemas } });
  return ajv;
}
