// The OpenAPI document and the published JSON Schemas, read offline from @open-trm/schema, compiled with Ajv 2020.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** A parsed JSON object. */
export type Json = { readonly [key: string]: unknown };

/** Where the OpenAPI document is published; its relative `$ref`s (`./referral.schema.json`) resolve against it. */
export const OPENAPI_ID = "https://open-trm.org/schemas/v1/openapi.json";

/** One operation of the document. */
export interface Operation {
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  /** JSON Pointer of the operation object in the document. */
  readonly pointer: string;
  readonly op: Json;
  readonly pattern: RegExp;
}

/** The loaded document: its operations and an Ajv instance that knows every schema it references. */
export interface LoadedOpenApi {
  readonly document: Json;
  readonly operations: readonly Operation[];
  readonly ajv: InstanceType<typeof Ajv2020.default>;
}

const escapeToken = (t: string): string => t.replace(/~/g, "~0").replace(/\//g, "~1");

// `{id}` matches one path segment; literal parts are escaped, so `/openapi.json` matches only itself.
function patternOf(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options"]);

function operationsOf(document: Json): Operation[] {
  const out: Operation[] = [];
  for (const [template, item] of Object.entries((document.paths ?? {}) as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      const operationId = (op as Json).operationId;
      if (!METHODS.has(method) || typeof operationId !== "string") continue;
      const pointer = `/paths/${escapeToken(template)}/${method}`;
      out.push({ operationId, method, template, pointer, op: op as Json, pattern: patternOf(template) });
    }
  }
  // Literal segments first, so a concrete path picks the most specific template.
  return out.sort(
    (x, y) => y.template.replace(/\{[^}]+\}/g, "").length - x.template.replace(/\{[^}]+\}/g, "").length,
  );
}

/** Follows a local `$ref` (`#/components/...`) of the document; returns the target and its pointer. */
export function resolveLocal(
  document: Json,
  value: unknown,
  pointer: string,
): { value: Json; pointer: string } {
  let current = value as Json;
  let at = pointer;
  for (
    let hops = 0;
    typeof current?.$ref === "string" && current.$ref.startsWith("#/") && hops < 20;
    hops++
  ) {
    at = current.$ref.slice(1);
    let node: unknown = document;
    for (const token of at.slice(1).split("/")) {
      node = (node as Json | undefined)?.[token.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    current = node as Json;
  }
  return { value: current, pointer: at };
}

/** Reads a file that @open-trm/schema ships under `schemas/v1/`. */
function published(require: NodeJS.Require, file: string): Json {
  return JSON.parse(readFileSync(require.resolve(`@open-trm/schema/schemas/v1/${file}`), "utf8")) as Json;
}

/**
 * Loads the OpenAPI document and the document schemas it references from the installed @open-trm/schema (no
 * network), into an Ajv 2020 instance that asserts formats (ajv-formats).
 * @example
 * const { operations } = loadOpenApi();
 * operations.map((o) => o.operationId); // ["getNode", "getOpenApi", ...]
 */
export function loadOpenApi(): LoadedOpenApi {
  const require = createRequire(import.meta.url);
  const document = published(require, "openapi.json");
  // `strict: false`: the document's schemas carry annotations (x-trm-*, examples) that are not keywords.
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  const index = published(require, "index.json") as { documents?: { file?: unknown }[] };
  for (const entry of index.documents ?? []) {
    if (typeof entry.file === "string") ajv.addSchema(published(require, entry.file));
  }
  // The whole document under its published id: `$ref`s to `#/components/...` and into `paths` resolve in it.
  ajv.addSchema({ ...document, $id: OPENAPI_ID }, undefined, undefined, false);
  return { document, operations: operationsOf(document), ajv };
}
