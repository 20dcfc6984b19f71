// The field reference of a document type, read from its published JSON Schema: one row per property, objects
// before their children, array items as `*` in the pointer (the convention of `leafSensitivities`).
import { type Sensitivity, sensitivityClasses } from "@open-trm/schema/data";
import type { SchemaNode } from "./inputs.js";

/** One field of a document type. */
export interface FieldRow {
  /** JSON Pointer template of the field; `*` stands for any array index. */
  readonly pointer: string;
  /** Nesting depth: 0 for top-level properties. */
  readonly depth: number;
  /** Short title from the schema. */
  readonly title: string;
  /** Description from the schema (inline markdown). */
  readonly description: string;
  /** The type as shown to readers, e.g. `string (date)`, `array of code`, `object`. */
  readonly type: string;
  /** Whether the parent object requires the field. */
  readonly required: boolean;
  /** Sensitivity class from `x-trm-sensitivity`, or derived from the most sensitive leaf below an object. */
  readonly sensitivity?: Sensitivity;
  /** True when `sensitivity` was derived rather than annotated. */
  readonly derived: boolean;
  /** Codelist named by `x-trm-codelist` on the field or its items. */
  readonly codelist?: string;
  /** Constraints worth knowing: lengths, bounds, item counts, short patterns. */
  readonly constraints: readonly string[];
  /** Example values from the schema's `examples` keyword. */
  readonly examples: readonly unknown[];
  /** True when the field has no child fields. */
  readonly leaf: boolean;
  /** When the field is a whole embedded document (e.g. a referral's victim profile), its document type. */
  readonly embeds?: string;
  /** Pointer of the embedded document this field belongs to, if any. */
  readonly within?: string;
}

const node = (v: unknown): SchemaNode => (typeof v === "object" && v !== null ? (v as SchemaNode) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
const escapeToken = (t: string) => t.replace(/~/g, "~0").replace(/\//g, "~1");
const rank = (s: Sensitivity | undefined) => (s ? sensitivityClasses.indexOf(s) : -1);

function isSensitivity(v: unknown): v is Sensitivity {
  return typeof v === "string" && (sensitivityClasses as readonly string[]).includes(v);
}

function scalarType(s: SchemaNode): string {
  if (s.const !== undefined) return `const ${JSON.stringify(s.const)}`;
  if (Array.isArray(s.enum))
    return s["x-trm-codelist"] ? "code" : `one of ${s.enum.map((e) => JSON.stringify(e)).join(", ")}`;
  const type = Array.isArray(s.type) ? s.type.join(" or ") : (str(s.type) ?? "any");
  const format = str(s.format);
  return format ? `${type} (${format})` : type;
}

function constraintsOf(s: SchemaNode, items: SchemaNode | undefined): string[] {
  const out: string[] = [];
  const range = (lo: number | undefined, hi: number | undefined, unit: string) => {
    if (lo !== undefined && hi !== undefined) out.push(`${lo} to ${hi} ${unit}`);
    else if (lo !== undefined) out.push(`at least ${lo} ${unit}`);
    else if (hi !== undefined) out.push(`at most ${hi} ${unit}`);
  };
  range(num(s.minItems), num(s.maxItems), "items");
  for (const t of items ? [s, items] : [s]) {
    range(num(t.minLength), num(t.maxLength), "characters");
    range(num(t.minimum), num(t.maximum), "(value)");
    const pattern = str(t.pattern);
    // Formatted strings also carry a long pattern (decision 0005); the format name says it better.
    if (pattern && !t.format && !Array.isArray(t.enum))
      out.push(pattern.length <= 80 ? `pattern ${pattern}` : "pattern (see the JSON Schema)");
  }
  return out;
}

/** The document type a schema node embeds whole, recognised by its `documentType` constant. */
function embeddedType(s: SchemaNode): string | undefined {
  const dt = node(node(s.properties).documentType).const;
  return typeof dt === "string" ? dt : undefined;
}

interface Walk {
  readonly rows: FieldRow[];
  readonly within?: string;
}

/** Adds the rows of an object's properties; returns the most sensitive class found below it. */
function walkObject(obj: SchemaNode, prefix: string, depth: number, w: Walk): Sensitivity | undefined {
  const required = new Set(Array.isArray(obj.required) ? (obj.required as string[]) : []);
  let max: Sensitivity | undefined;
  for (const [name, raw] of Object.entries(node(obj.properties))) {
    const s = node(raw);
    const pointer = `${prefix}/${escapeToken(name)}`;
    const isArray = s.type === "array";
    const items = isArray ? node(s.items) : undefined;
    const target = items ?? s;
    const hasChildren = target.type === "object" && target.properties !== undefined;
    const embeds = hasChildren ? embeddedType(target) : undefined;
    const index = w.rows.length;
    const childPrefix = isArray ? `${pointer}/*` : pointer;
    const childWalk: Walk = embeds ? { rows: w.rows, within: pointer } : w;
    const below = hasChildren ? walkObject(target, childPrefix, depth + 1, childWalk) : undefined;
    const annotated = s["x-trm-sensitivity"];
    const sensitivity = isSensitivity(annotated) ? annotated : below;
    if (rank(sensitivity) > rank(max)) max = sensitivity;
    const codelist = str(s["x-trm-codelist"]) ?? str(items?.["x-trm-codelist"]);
    const kind = hasChildren
      ? embeds
        ? `${embeds} document`
        : "object"
      : target.type === "object"
        ? "object (map)"
        : scalarType(target);
    const row: FieldRow = {
      pointer,
      depth,
      title: str(s.title) ?? name,
      description: str(s.description) ?? "",
      type: isArray ? `array of ${kind}` : kind,
      required: required.has(name),
      derived: !isSensitivity(annotated) && sensitivity !== undefined,
      constraints: constraintsOf(s, hasChildren ? undefined : items),
      examples: Array.isArray(s.examples) ? s.examples : [],
      leaf: !hasChildren,
      ...(sensitivity ? { sensitivity } : {}),
      ...(codelist ? { codelist } : {}),
      ...(embeds ? { embeds } : {}),
      ...(w.within ? { within: w.within } : {}),
    };
    w.rows.splice(index, 0, row);
  }
  return max;
}

/**
 * Lists every field of a document type's JSON Schema, parents before children.
 * @example
 * fieldRows(referralSchema).find((r) => r.pointer === "/from/country")?.codelist; // "country"
 */
export function fieldRows(schema: SchemaNode): FieldRow[] {
  const rows: FieldRow[] = [];
  walkObject(schema, "", 0, { rows });
  return rows;
}
