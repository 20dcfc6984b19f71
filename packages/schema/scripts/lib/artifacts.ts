// Every generated artefact of the schema package, as path (relative to the repository root) -> content.
import { compile } from "json-schema-to-typescript";
import type { Codelist } from "../../src/codelists/define.js";
import { country, language } from "../../src/codelists/geo.js";
import { codelists } from "../../src/codelists/index.js";
import { documentTypes } from "../../src/document-types.js";
import { countryTable, languageTable, renderTable } from "./code-tables.js";
import { documentJsonSchema, type JsonSchema } from "./json-schema.js";

export const SCHEMA_DIR = "schemas/v1";

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A codelist as published JSON. */
export function codelistJson(list: Codelist): unknown {
  return {
    name: list.name,
    title: list.title,
    description: list.description,
    open: list.open,
    source: list.source,
    codes: list.entries,
  };
}

/** A codelist as CSV (RFC 4180), one row per code. */
export function codelistCsv(list: Codelist): string {
  const rows = [["code", "label_en", "description", "source", "since", "deprecated"]];
  for (const e of list.entries) {
    rows.push([e.code, e.label.en, e.description, e.source, e.since, e.deprecated ? e.deprecated.since : ""]);
  }
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

// json-schema-to-typescript names a type after every titled node; keep titles on objects only.
// `isMap` marks a `properties` object, whose keys are field names (a field may be called "title").
function forTypes(node: unknown, root = true, isMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => forTypes(n, false));
  if (typeof node !== "object" || node === null) return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (!isMap) {
      if (k === "title" && !root && (node as JsonSchema).type !== "object") continue;
      if (k.startsWith("x-trm-") || k === "$id" || k === "$schema") continue;
    }
    out[k] = forTypes(v, false, !isMap && k === "properties");
  }
  return out;
}

/** TypeScript declarations of a JSON Schema, for consumers who have only the JSON Schemas. */
export async function declarations(schema: JsonSchema, file: string): Promise<string> {
  return compile(forTypes(schema) as Parameters<typeof compile>[0], String(schema.title), {
    bannerComment: `/* GENERATED from ${file} by json-schema-to-typescript. Do not edit. */`,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
    format: true,
    style: { printWidth: 110, singleQuote: false },
  });
}

/** Builds every artefact in memory; `pnpm generate` writes them, the drift test compares them. */
export async function buildArtifacts(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set("packages/schema/src/generated/countries.ts", renderTable("countryRows", countryTable()));
  files.set("packages/schema/src/generated/languages.ts", renderTable("languageRows", languageTable()));
  const index: { documentType: string; $id: string; file: string; types: string }[] = [];
  for (const info of Object.values(documentTypes)) {
    const schema = documentJsonSchema(info);
    const file = `${info.kebab}.schema.json`;
    files.set(`${SCHEMA_DIR}/${file}`, json(schema));
    files.set(`${SCHEMA_DIR}/types/${info.kebab}.d.ts`, await declarations(schema, file));
    index.push({ documentType: info.name, $id: info.schemaId, file, types: `types/${info.kebab}.d.ts` });
  }
  const lists: Codelist[] = [...Object.values(codelists), country, language];
  for (const list of lists) {
    files.set(`${SCHEMA_DIR}/codelists/${list.name}.json`, json(codelistJson(list)));
    files.set(`${SCHEMA_DIR}/codelists/${list.name}.csv`, codelistCsv(list));
  }
  files.set(
    `${SCHEMA_DIR}/index.json`,
    json({
      standardVersion: Object.values(documentTypes)[0]?.standardVersion,
      documents: index,
      codelists: lists.map((l) => ({
        name: l.name,
        open: l.open,
        json: `codelists/${l.name}.json`,
        csv: `codelists/${l.name}.csv`,
      })),
    }),
  );
  return files;
}
