// The shape of each document type as the anonymiser needs it: which members are required, which are leaves, and
// what kind of value each leaf holds. Derived once per type from the Zod schemas (the single source of truth), and
// from the JSON Schema generated from them, which gives every node the check the validator applies to it.
import { documentTypes } from "@open-trm/schema";
import { type DocumentTypeName, leafSensitivities, type Sensitivity } from "@open-trm/schema/data";
import { defaultLimits } from "@open-trm/validator";
import { z } from "zod";
import { type Check, compileCheck, type JsonSchema } from "../internal/json-check.js";

/** What a leaf value is, as far as the operations care. */
export type ValueKind =
  | "uuid"
  | "date"
  | "dateTime"
  | "partialDate"
  | "subdivision"
  | "language"
  | "email"
  | "phone"
  | "code"
  | "string"
  | "boolean"
  | "integer"
  | "literal"
  | "record";

/** A leaf field: one value, or one array of scalar values (`citizenships`, `riskFactors`). */
export interface LeafNode {
  readonly kind: "leaf";
  /** The node's number in its document type's tree (0, 1, ... in walk order), for plans kept in arrays. */
  readonly slot: number;
  /** Pointer template, `*` for array indexes. */
  readonly template: string;
  readonly sensitivity: Sensitivity;
  /** Kind of the value, or of each item for a leaf array. */
  readonly value: ValueKind;
  readonly array: boolean;
  /** The codes of a coded field (codelist order). */
  readonly codes?: readonly string[];
  /** Whether a candidate replacement is valid for this field. */
  readonly accepts: (v: unknown) => boolean;
  /** The validator's verdict on an input value of this field (limits included). */
  readonly check: Check;
}

/** A member of an object node. */
export interface Member {
  readonly node: FieldNode;
  readonly required: boolean;
}

/** An object of the standard (closed). */
export interface ObjectNode {
  readonly kind: "object";
  readonly slot: number;
  readonly template: string;
  readonly members: ReadonlyMap<string, Member>;
  /** The members in the order of the last object walked: documents of a data set list members in one order, and
   * comparing a key with the one at the same place is cheaper than looking it up (see walk.ts). */
  readonly lastOrder: { keys: string[]; members: Member[] };
  /** How many members are required. */
  readonly requiredCount: number;
  /** The validator's verdict on a whole input object at this place (used where the walker does not go in). */
  readonly check: Check;
}

/** An array of objects. */
export interface ListNode {
  readonly kind: "list";
  readonly slot: number;
  readonly template: string;
  readonly item: FieldNode;
  /** Whether the array may be empty. */
  readonly acceptsEmpty: boolean;
  /** The least and most items an input array may have. */
  readonly minItems: number;
  readonly maxItems: number;
  /** The validator's verdict on a whole input array at this place (used where the walker does not go in). */
  readonly check: Check;
}

/** A node of a document type's field tree. */
export type FieldNode = LeafNode | ObjectNode | ListNode;

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  format?: string;
  in?: z.ZodType;
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const accepts = (s: z.ZodType) => (v: unknown) => s.safeParse(v).success;

function valueKind(s: z.ZodType): ValueKind {
  const d = defOf(s);
  switch (d.type) {
    case "enum":
      return "code";
    case "boolean":
      return "boolean";
    case "number":
      return "integer";
    case "literal":
      return "literal";
    case "pipe":
    case "record":
      return "record";
    case "string":
      break;
    default:
      throw new Error(`unsupported schema type ${d.type}`);
  }
  if (d.format === "uuid") return "uuid";
  if (d.format === "date") return "date";
  if (d.format === "datetime") return "dateTime";
  if (d.format === "email") return "email";
  const ok = accepts(s);
  // Regex-typed strings are told apart by what they accept: the Zod schema is the only definition.
  if (ok("any text, 1")) return "string";
  if (ok("2020") && ok("2020-01") && ok("2020-01-31")) return "partialDate";
  if (ok("+38269123456")) return "phone";
  if (ok("AL-11")) return "subdivision";
  if (ok("ro-MD") && ok("sq")) return "language";
  return "string";
}

function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean } {
  const d = defOf(s);
  if (d.type === "optional" && d.innerType) return { schema: unwrap(d.innerType).schema, optional: true };
  return { schema: s, optional: false };
}

// The depth of a value at a pointer template: the root document is at depth 0.
const depthOf = (template: string) => template.split("/").length - 1;
const propertiesOf = (js: JsonSchema) => (js.properties ?? {}) as Readonly<Record<string, JsonSchema>>;

function mismatch(template: string): never {
  throw new Error(`the JSON Schema and the Zod schema differ at ${template || "/"}`);
}

type Table = Readonly<Record<string, Sensitivity>>;

function build(
  s: z.ZodType,
  js: JsonSchema,
  template: string,
  table: Table,
  slots: { n: number },
): FieldNode {
  const d = defOf(s);
  const slot = slots.n++;
  const depth = depthOf(template);
  const sensitivity = table[template];
  if (sensitivity !== undefined) {
    const array = d.type === "array" && d.element !== undefined;
    const item = array ? (d.element as z.ZodType) : s;
    const entries = defOf(item).entries;
    return {
      kind: "leaf",
      slot,
      template,
      sensitivity,
      value: valueKind(item),
      array,
      ...(entries ? { codes: Object.values(entries) } : {}),
      accepts: accepts(s),
      check: compileCheck(js, depth),
    };
  }
  // Objects and arrays the walker enters: it checks their keys and lengths itself, and each leaf with its check.
  if (depth >= defaultLimits.maxDepth) mismatch(template);
  if (d.type === "object" && d.shape) {
    if (js.type !== "object" || js.additionalProperties !== false || js.propertyNames !== undefined)
      mismatch(template);
    const properties = propertiesOf(js);
    const required = new Set((js.required ?? []) as string[]);
    const members = new Map<string, Member>();
    for (const [key, child] of Object.entries(d.shape)) {
      const { schema, optional } = unwrap(child);
      const property = properties[key];
      if (property === undefined || required.has(key) === optional) mismatch(`${template}/${key}`);
      const node = build(schema, property, `${template}/${key}`, table, slots);
      members.set(key, { node, required: !optional });
    }
    if (Object.keys(properties).length !== members.size) mismatch(template);
    const check = compileCheck(js, depth);
    const lastOrder = { keys: [], members: [] };
    return { kind: "object", slot, template, members, lastOrder, requiredCount: required.size, check };
  }
  if (d.type === "array" && d.element) {
    if (js.type !== "array" || typeof js.items !== "object") mismatch(template);
    return {
      kind: "list",
      slot,
      template,
      item: build(unwrap(d.element).schema, js.items as JsonSchema, `${template}/*`, table, slots),
      acceptsEmpty: s.safeParse([]).success,
      minItems: (js.minItems as number | undefined) ?? 0,
      maxItems: Math.min(
        (js.maxItems as number | undefined) ?? Number.POSITIVE_INFINITY,
        defaultLimits.maxArrayLength,
      ),
      check: compileCheck(js, depth),
    };
  }
  throw new Error(`no sensitivity class for ${template}`);
}

/**
 * The JSON Schema of a document type as the validator's Ajv code was generated from it: the options are those of
 * `@open-trm/schema`'s generator (scripts/lib/json-schema.ts), which adds annotations only.
 * @example
 * documentJsonSchema("consent").required; // ["documentType", ...]
 */
export function documentJsonSchema(documentType: DocumentTypeName): JsonSchema {
  return z.toJSONSchema(documentTypes[documentType].schema, {
    target: "draft-2020-12",
    unrepresentable: "throw",
    cycles: "throw",
    reused: "inline",
  }) as JsonSchema;
}

const trees = new Map<DocumentTypeName, ObjectNode>();

/**
 * The field tree of a document type, derived from its Zod schema and sensitivity table (cached).
 * @example
 * const tree = fieldTree("victimProfile");
 * tree.members.get("person")?.required; // true
 */
export function fieldTree(documentType: DocumentTypeName): ObjectNode {
  let tree = trees.get(documentType);
  if (!tree) {
    const { schema } = documentTypes[documentType];
    const js = documentJsonSchema(documentType);
    tree = build(schema, js, "", leafSensitivities(documentType), { n: 0 }) as ObjectNode;
    trees.set(documentType, tree);
  }
  return tree;
}
