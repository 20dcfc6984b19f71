import { type DocumentTypeName, documentTypeNames, leafSensitivities } from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import { parseColumnName } from "../../src/csv/column-name.js";
import { toCsv } from "../../src/csv/index.js";
import { type Shape, shapeOf } from "../../src/csv/shape.js";
import { parseCsv } from "../../src/internal/csv-text.js";
import { examples, jsonSchemaOf, type SchemaNode } from "./support.js";

type Plain = string | { object: [string, Plain][] } | { array: Plain };

function fromJsonSchema(node: SchemaNode): Plain {
  if (node.type === "object") {
    if (!node.properties) return "any";
    return { object: Object.entries(node.properties).map(([k, v]) => [k, fromJsonSchema(v)]) };
  }
  if (node.type === "array") return { array: fromJsonSchema(node.items as SchemaNode) };
  if (node.type === "integer" || node.type === "number") return "number";
  if (node.type === "string" || node.type === "boolean") return node.type;
  return "any";
}

function fromShape(shape: Shape): Plain {
  if (shape.kind === "object") return { object: [...shape.fields].map(([k, v]) => [k, fromShape(v)]) };
  if (shape.kind === "array") return { array: fromShape(shape.item) };
  return shape.kind;
}

/** Sort key of a column from the committed JSON Schema: property positions and array indexes. */
function schemaKey(schema: SchemaNode, tokens: readonly string[]): number[] {
  const key: number[] = [];
  let node: SchemaNode | undefined = schema;
  for (const token of tokens) {
    if (node?.type === "object" && node.properties) {
      key.push(Object.keys(node.properties).indexOf(token));
      node = node.properties[token];
    } else if (node?.type === "array") {
      key.push(Number(token));
      node = node.items;
    } else break; // free JSON: any order
  }
  return key;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

describe("document shapes", () => {
  it.each(documentTypeNames)("the shape of %s derived from Zod matches the committed JSON Schema", (type) => {
    expect(fromShape(shapeOf(type))).toEqual(fromJsonSchema(jsonSchemaOf(type)));
  });

  it.each(documentTypeNames)(
    "every leaf of %s in the sensitivity table is a scalar or list of scalars",
    (type) => {
      for (const template of Object.keys(leafSensitivities(type as DocumentTypeName))) {
        let shape: Shape | undefined = shapeOf(type);
        for (const token of template.slice(1).split("/")) {
          if (shape?.kind === "array") shape = shape.item;
          if (token !== "*" && shape?.kind === "object") shape = shape.fields.get(token);
        }
        if (shape?.kind === "array") shape = shape.item;
        expect(["string", "number", "boolean", "any"], template).toContain(shape?.kind);
      }
    },
  );
});

describe("column order", () => {
  it.each(examples)("columns of $name follow the JSON Schema's property order, items by index", ({ doc }) => {
    const r = toCsv(doc);
    if (!r.ok) throw new Error("invalid example");
    const header = (parseCsv(r.value) as { rows: string[][] }).rows[0] as string[];
    const schema = jsonSchemaOf(doc.documentType);
    const keys = header.map((c) => schemaKey(schema, parseColumnName(c) ?? []));
    for (let i = 1; i < keys.length; i++) {
      expect(compare(keys[i - 1] as number[], keys[i] as number[]), header[i]).toBeLessThanOrEqual(0);
    }
  });

  it("is schema order, not alphabetical: the envelope comes first", () => {
    const doc = examples.find((e) => e.doc.documentType === "focalPoint")?.doc;
    const r = toCsv(doc);
    expect(r.ok && r.value.split("\r\n")[0]?.split(",").slice(0, 7)).toEqual([
      "documentType",
      "standardVersion",
      "id",
      "createdAt",
      "updatedAt",
      "recordedBy",
      "country",
    ]);
  });
});
