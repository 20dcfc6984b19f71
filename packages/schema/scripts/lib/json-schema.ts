// Turns the Zod source of truth into the published JSON Schemas, and checks the annotations.
import { z } from "zod";
import type { DocumentTypeInfo } from "../../src/document-types.js";
import { SENSITIVITY_KEYWORD, type Sensitivity, sensitivityRank } from "../../src/meta.js";

export type JsonSchema = { [key: string]: unknown };

const isObj = (v: unknown): v is JsonSchema => typeof v === "object" && v !== null && !Array.isArray(v);

/** Whether a schema node describes an object (or an array of objects): a structure rather than a leaf. */
function structured(node: JsonSchema): boolean {
  if (node.type === "object" && isObj(node.properties)) return true;
  if (node.type === "array" && isObj(node.items)) return structured(node.items);
  return false;
}

/**
 * Walks every property, checks title and description, checks the leaf sensitivity class and derives the
 * class of structures from their most sensitive leaf. Returns the most sensitive class below `node`.
 */
function annotate(node: JsonSchema, path: string, problems: string[]): Sensitivity | undefined {
  const target = node.type === "array" && isObj(node.items) ? node.items : node;
  if (!isObj(target.properties)) return node[SENSITIVITY_KEYWORD] as Sensitivity | undefined;
  let max: Sensitivity | undefined;
  for (const [name, prop] of Object.entries(target.properties)) {
    if (!isObj(prop)) continue;
    const at = `${path}/${name}`;
    if (typeof prop.title !== "string" || prop.title === "") problems.push(`${at}: no title`);
    if (typeof prop.description !== "string" || prop.description === "")
      problems.push(`${at}: no description`);
    let s: Sensitivity | undefined;
    if (structured(prop)) {
      s = annotate(prop, at, problems);
      if (s) prop[SENSITIVITY_KEYWORD] = s;
    } else {
      s = prop[SENSITIVITY_KEYWORD] as Sensitivity | undefined;
      if (!s) problems.push(`${at}: no ${SENSITIVITY_KEYWORD}`);
    }
    if (s && (!max || sensitivityRank(s) > sensitivityRank(max))) max = s;
  }
  return max;
}

/** The JSON Schema (2020-12) of one document type, with `$id`, annotations and checks. */
export function documentJsonSchema(info: DocumentTypeInfo): JsonSchema {
  const generated = z.toJSONSchema(info.schema, {
    target: "draft-2020-12",
    unrepresentable: "throw",
    cycles: "throw",
    reused: "inline",
  }) as JsonSchema;
  const { $schema, title, description, ...rest } = generated;
  const problems: string[] = [];
  annotate(rest, "", problems);
  if (problems.length > 0)
    throw new Error(`${info.name}: ${problems.length} annotation problems:\n  ${problems.join("\n  ")}`);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: info.schemaId,
    title,
    description,
    "x-trm-documentType": info.name,
    "x-trm-standardVersion": info.standardVersion,
    ...rest,
  };
}

/** Pointer templates (`*` for array items) of every leaf property, with its sensitivity class. */
export function leafSensitivities(schema: JsonSchema): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: JsonSchema, path: string) => {
    const target = node.type === "array" && isObj(node.items) ? node.items : node;
    const base = node.type === "array" && isObj(node.items) ? `${path}/*` : path;
    if (!isObj(target.properties)) return;
    for (const [name, prop] of Object.entries(target.properties)) {
      if (!isObj(prop)) continue;
      const at = `${base}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (structured(prop)) walk(prop, at);
      else out[at] = String(prop[SENSITIVITY_KEYWORD]);
    }
  };
  walk(schema, "");
  return out;
}
