// The shape of each document type as the anonymiser needs it: which members are required, which are leaves, and
// what kind of value each leaf holds. Derived once per type from the Zod schemas (the single source of truth).
import { documentTypes } from "@open-trm/schema";
import { type DocumentTypeName, leafSensitivities, type Sensitivity } from "@open-trm/schema/data";
import type { z } from "zod";

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
}

/** A member of an object node. */
export interface Member {
  readonly node: FieldNode;
  readonly required: boolean;
}

/** An object of the standard (closed). */
export interface ObjectNode {
  readonly kind: "object";
  readonly template: string;
  readonly members: ReadonlyMap<string, Member>;
}

/** An array of objects. */
export interface ListNode {
  readonly kind: "list";
  readonly template: string;
  readonly item: FieldNode;
  /** Whether the array may be empty. */
  readonly acceptsEmpty: boolean;
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

function build(s: z.ZodType, template: string, table: Readonly<Record<string, Sensitivity>>): FieldNode {
  const d = defOf(s);
  const sensitivity = table[template];
  if (sensitivity !== undefined) {
    const array = d.type === "array" && d.element !== undefined;
    const item = array ? (d.element as z.ZodType) : s;
    const entries = defOf(item).entries;
    return {
      kind: "leaf",
      template,
      sensitivity,
      value: valueKind(item),
      array,
      ...(entries ? { codes: Object.values(entries) } : {}),
      accepts: accepts(s),
    };
  }
  if (d.type === "object" && d.shape) {
    const members = new Map<string, Member>();
    for (const [key, child] of Object.entries(d.shape)) {
      const { schema, optional } = unwrap(child);
      members.set(key, { node: build(schema, `${template}/${key}`, table), required: !optional });
    }
    return { kind: "object", template, members };
  }
  if (d.type === "array" && d.element) {
    return {
      kind: "list",
      template,
      item: build(unwrap(d.element).schema, `${template}/*`, table),
      acceptsEmpty: s.safeParse([]).success,
    };
  }
  throw new Error(`no sensitivity class for ${template}`);
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
    tree = build(documentTypes[documentType].schema, "", leafSensitivities(documentType)) as ObjectNode;
    trees.set(documentType, tree);
  }
  return tree;
}
