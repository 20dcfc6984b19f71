import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** The repository root. */
export const ROOT = join(import.meta.dirname, "../../../..");
const OPENAPI_ID = "https://open-trm.org/schemas/v1/openapi.json";
const KINDS = [
  "victim-profile",
  "referral",
  "consent",
  "best-interests-assessment",
  "focal-point",
  "focal-point-directory",
];

type Json = { [key: string]: unknown };

/** The committed OpenAPI document. */
export const openapi = JSON.parse(readFileSync(join(ROOT, "schemas/v1/openapi.json"), "utf8")) as Json;
const components = openapi.components as { schemas: Json; examples: Record<string, { value: unknown }> };

/** The value of a named example of `components.examples`. */
export function example<T = Json>(name: string): T {
  const found = components.examples[name];
  if (!found) throw new Error(`no example ${name}`);
  return structuredClone(found.value) as T;
}

/** A synthetic document of `examples/`. */
export function readExample<T = Json>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, "examples", path), "utf8")) as T;
}

const ajv = new Ajv2020.default({
  strict: true,
  allErrors: true,
  keywords: [
    "x-trm-sensitivity",
    "x-trm-codelist",
    "x-trm-documentType",
    "x-trm-standardVersion",
    "components",
  ],
});
addFormats.default(ajv);
for (const kind of KINDS)
  ajv.addSchema(JSON.parse(readFileSync(join(ROOT, `schemas/v1/${kind}.schema.json`), "utf8")));
ajv.addSchema({ $id: OPENAPI_ID, components: { schemas: components.schemas } });

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** The operation with this `operationId`. */
function operation(id: string): Json {
  for (const item of Object.values(openapi.paths as Json)) {
    for (const op of Object.values(item as Json)) if ((op as Json).operationId === id) return op as Json;
  }
  throw new Error(`no operation ${id}`);
}

/**
 * Checks a body against the schema of one response of one operation in the OpenAPI document (Ajv 2020,
 * formats asserted, the published document schemas resolved offline); returns Ajv's errors or null.
 */
export function checkResponse(operationId: string, status: number, body: unknown): unknown[] | null {
  const responses = operation(operationId).responses as Json;
  const response = responses[String(status)] as Json | undefined;
  if (!response) throw new Error(`${operationId} has no ${status} response`);
  const content = response.content as Json;
  const media = (content["application/json"] ?? content["application/problem+json"]) as Json;
  const schema = media.schema as Json;
  const key = typeof schema.$ref === "string" ? `${OPENAPI_ID}${schema.$ref}` : JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(typeof schema.$ref === "string" ? { $ref: key } : schema);
    compiled.set(key, validate);
  }
  return validate(body) ? null : (validate.errors ?? []);
}
