// Turns the Zod API bodies into `components.schemas`: documents become `$ref`s to the published JSON Schemas.
import { z } from "zod";
import { documentTypes } from "../../document-types.js";
import { apiSchemas } from "../schemas.js";

/** A JSON Schema or OpenAPI object. */
export type JsonObject = { [key: string]: unknown };

/** The component name of each document type that the API carries (the others never travel alone). */
export const documentComponents = {
  Referral: documentTypes.referral,
  Consent: documentTypes.consent,
  FocalPoint: documentTypes.focalPoint,
  FocalPointDirectory: documentTypes.focalPointDirectory,
} as const;

/** The OpenAPI reference of a component schema. */
export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * `components.schemas`: every API body from its Zod schema (JSON Schema 2020-12, the OpenAPI 3.1 dialect), and
 * each document as a `$ref` to the published schema beside the OpenAPI document (`./<kebab>.schema.json`).
 */
export function componentSchemas(): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  const byId = new Map<string, string>();
  for (const [name, info] of Object.entries(documentComponents)) {
    registry.add(info.schema, { id: name });
    byId.set(name, `./${info.kebab}.schema.json`);
  }
  for (const [name, schema] of Object.entries(apiSchemas)) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    unrepresentable: "throw",
    cycles: "throw",
    reused: "inline",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonObject> };
  const out: Record<string, JsonObject> = {};
  for (const name of Object.keys(apiSchemas)) {
    const { $id, $schema, ...schema } = schemas[name] ?? {};
    out[name] = schema;
  }
  for (const [name, ref] of byId) out[name] = { $ref: ref };
  if (schemas.__shared) throw new Error("components: unexpected shared definitions");
  return out;
}
