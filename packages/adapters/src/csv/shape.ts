import { type DocumentTypeName, documentTypes } from "@open-trm/schema";

/**
 * The structure of a document type as the CSV codec needs it: which paths are objects (fields in schema
 * order), arrays, typed scalars, or free JSON (`any`: extension content, whose shape the standard leaves open).
 */
export type Shape =
  | { readonly kind: "string" }
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  | { readonly kind: "any" }
  | { readonly kind: "array"; readonly item: Shape }
  | { readonly kind: "object"; readonly fields: ReadonlyMap<string, Shape> };

/** The kinds of a leaf cell: a typed scalar or free JSON. */
export type LeafKind = "string" | "number" | "boolean" | "any";

const STRING: Shape = { kind: "string" };
const NUMBER: Shape = { kind: "number" };
const BOOLEAN: Shape = { kind: "boolean" };
const ANY: Shape = { kind: "any" };

// The part of a Zod 4 schema this walker reads (`_zod.def`, the documented core definition), typed loosely
// so that the adapter needs no direct dependency on zod.
interface ZodLike {
  readonly _zod: { readonly def: ZodDef };
}
interface ZodDef {
  readonly type: string;
  readonly shape?: Record<string, ZodLike>;
  readonly element?: ZodLike;
  readonly innerType?: ZodLike;
  readonly out?: ZodLike;
  readonly values?: readonly unknown[];
  readonly entries?: Record<string, unknown>;
}

function scalarOf(values: readonly unknown[]): Shape {
  const types = new Set(values.map((v) => typeof v));
  if (types.size !== 1) return ANY;
  if (types.has("string")) return STRING;
  if (types.has("number")) return NUMBER;
  if (types.has("boolean")) return BOOLEAN;
  return ANY;
}

/**
 * Derives a {@link Shape} from a Zod schema. Anything the CSV codec cannot type (records, unions, unknown,
 * arrays of arrays) becomes `any`, which is carried losslessly as free JSON.
 */
export function shapeFromZod(schema: ZodLike): Shape {
  const def = schema._zod.def;
  switch (def.type) {
    case "object": {
      const fields = new Map<string, Shape>();
      for (const [key, value] of Object.entries(def.shape ?? {})) fields.set(key, shapeFromZod(value));
      return { kind: "object", fields };
    }
    case "array": {
      if (!def.element) return ANY;
      const item = shapeFromZod(def.element);
      return item.kind === "array" ? ANY : { kind: "array", item };
    }
    case "optional":
    case "nonoptional":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return def.innerType ? shapeFromZod(def.innerType) : ANY;
    case "pipe":
      return def.out ? shapeFromZod(def.out) : ANY;
    case "string":
      return STRING;
    case "number":
      return NUMBER;
    case "boolean":
      return BOOLEAN;
    case "literal":
      return scalarOf(def.values ?? []);
    case "enum":
      return scalarOf(Object.values(def.entries ?? {}));
    default:
      return ANY;
  }
}

const cache = new Map<DocumentTypeName, Shape>();

/**
 * The shape of a document type, derived once from the Zod source of `@open-trm/schema`.
 * @example
 * shapeOf("focalPoint").kind; // "object"
 */
export function shapeOf(documentType: DocumentTypeName): Shape {
  let shape = cache.get(documentType);
  if (!shape) {
    shape = shapeFromZod(documentTypes[documentType].schema as unknown as ZodLike);
    cache.set(documentType, shape);
  }
  return shape;
}

/** The child shape under one key or index, or undefined when the path leaves the shape. */
export function childShape(shape: Shape, segment: string | number): Shape | undefined {
  switch (shape.kind) {
    case "object":
      return typeof segment === "string" ? shape.fields.get(segment) : undefined;
    case "array":
      return typeof segment === "number" ? shape.item : undefined;
    case "any":
      return ANY;
    default:
      return undefined;
  }
}
