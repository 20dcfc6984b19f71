import type { z } from "zod";

/** The sensitivity classes of the standard (data model section 3), least to most sensitive. */
export const sensitivityClasses = [
  "public",
  "internal",
  "identifier",
  "quasi",
  "freeText",
  "direct",
  "special",
] as const;

/** How sensitive a field is; drives anonymisation, disclosure, docs and error reporting. */
export type Sensitivity = (typeof sensitivityClasses)[number];

/** The JSON Schema annotation keyword that carries a field's sensitivity class. */
export const SENSITIVITY_KEYWORD = "x-trm-sensitivity";
/** The JSON Schema annotation keyword that names the codelist of a coded field. */
export const CODELIST_KEYWORD = "x-trm-codelist";

/** Metadata every leaf field of the standard carries. */
export interface FieldMeta {
  /** Short human title of the field. */
  readonly title: string;
  /** What the field holds, in one or two sentences. */
  readonly description: string;
  /** Sensitivity class of the field's values. */
  readonly sensitivity: Sensitivity;
  /** Name of the codelist the values come from, for coded fields (default: none). */
  readonly codelist?: string;
  /** Example values, shown in the documentation (default: none). */
  readonly examples?: readonly unknown[];
}

/**
 * Attaches title, description, sensitivity class and optional codelist to a leaf schema.
 * @example
 * const sex = leaf(z.enum(["female", "male"]), { title: "Sex", description: "Sex of the person.", sensitivity: "quasi" });
 */
export function leaf<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({
    title: meta.title,
    description: meta.description,
    [SENSITIVITY_KEYWORD]: meta.sensitivity,
    ...(meta.codelist ? { [CODELIST_KEYWORD]: meta.codelist } : {}),
    ...(meta.examples ? { examples: [...meta.examples] } : {}),
  }) as T;
}

/**
 * Attaches a title and description to a structured (object or array of objects) field.
 * Its sensitivity class is derived from its most sensitive leaf when schemas are generated.
 * @example
 * const dependants = group(z.strictObject({ count: z.int() }), "Dependants", "Children or others who depend on the person.");
 */
export function group<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description }) as T;
}

/** Rank of a sensitivity class: higher is more sensitive. */
export function sensitivityRank(s: Sensitivity): number {
  return sensitivityClasses.indexOf(s);
}
