import { readFileSync } from "node:fs";
import { type DocumentTypeName, documentTypeNames, documentTypes } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { type DateKind, dateFields, focalPointRefs, periods } from "../../src/rules/shared/fields.js";

// The rule tables are data; these tests prove they match the committed JSON Schemas, so a date or focal point
// reference added to the standard fails here until the table (and so the rules) know about it.

type JsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  "x-trm-sensitivity"?: string;
};

const schemaOf = (type: DocumentTypeName): JsonSchema =>
  JSON.parse(
    readFileSync(
      new URL(`../../../../schemas/v1/${documentTypes[type].kebab}.schema.json`, import.meta.url),
      "utf8",
    ),
  ) as JsonSchema;

/** Visits every subschema with its pointer template; `visit` returning true stops the descent. */
function walk(schema: JsonSchema, visit: (s: JsonSchema, template: string) => boolean, template = ""): void {
  if (visit(schema, template)) return;
  for (const [key, sub] of Object.entries(schema.properties ?? {})) walk(sub, visit, `${template}/${key}`);
  if (schema.items) walk(schema.items, visit, `${template}/*`);
}

const PARTIAL_DATE_PATTERN = "^(?:\\d{4}|\\d{4}-(?:0[1-9]|1[0-2])|";

function schemaDateFields(type: DocumentTypeName): Record<string, DateKind> {
  const out: Record<string, DateKind> = {};
  walk(schemaOf(type), (s, t) => {
    if (s.format === "date-time") out[t] = "dateTime";
    else if (s.format === "date") out[t] = "date";
    else if (s.pattern?.startsWith(PARTIAL_DATE_PATTERN)) out[t] = "partialDate";
    return false;
  });
  return out;
}

function schemaFocalPointRefs(type: DocumentTypeName): string[] {
  const out: string[] = [];
  const isRef = (s: JsonSchema | undefined) => s?.format === "uuid" && s["x-trm-sensitivity"] === "public";
  walk(schemaOf(type), (s, t) => {
    if (isRef(s) || (s.type === "array" && s["x-trm-sensitivity"] !== undefined && isRef(s.items))) {
      out.push(t);
      return true;
    }
    return false;
  });
  return out;
}

describe("rule field tables match the JSON Schemas", () => {
  it.each(documentTypeNames)("date fields of %s", (type) => {
    const table = Object.fromEntries(Object.entries(dateFields(type)).map(([t, f]) => [t, f.kind]));
    expect(table).toEqual(schemaDateFields(type));
  });

  it.each(documentTypeNames)("focal point references of %s", (type) => {
    expect([...focalPointRefs(type)].sort()).toEqual(schemaFocalPointRefs(type).sort());
  });

  it.each(documentTypeNames)("periods of %s join two date fields", (type) => {
    const dates = dateFields(type);
    for (const [parent, [start, end]] of Object.entries(periods(type))) {
      expect(dates[`${parent}/${start}`]).toBeDefined();
      expect(dates[`${parent}/${end}`]).toBeDefined();
    }
  });

  it("finds the embedded documents' fields", () => {
    expect(focalPointRefs("referral")).toContain("/subject/victimProfile/caseOwner");
    expect(focalPointRefs("focalPointDirectory")).toContain("/focalPoints/*/verification/verifiedBy");
    expect(dateFields("referral")["/subject/victimProfile/person/birthDate"]?.kind).toBe("partialDate");
  });
});
