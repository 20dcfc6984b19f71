import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Schema as CfSchema, Validator } from "@cfworker/json-schema";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { DocumentTypeInfo } from "../../src/index.js";
import type { JsonSchema } from "./arbitrary.js";

/** The repository root. */
export const ROOT = join(import.meta.dirname, "../../../..");

/** Custom annotation keywords of the generated schemas, registered so that Ajv can stay strict. */
export const TRM_KEYWORDS = [
  "x-trm-sensitivity",
  "x-trm-codelist",
  "x-trm-documentType",
  "x-trm-standardVersion",
] as const;

/** The names of the three validators under comparison. */
export const VALIDATORS = ["zod", "ajv", "cfworker"] as const;

/** One validator's verdict, with its first reported issue when it rejects. */
export type Verdict =
  | { readonly valid: true }
  | {
      readonly valid: false;
      /** JSON Pointer of the first issue ("" for the whole document). */
      readonly at: string;
      /** The failed keyword (Ajv, cfworker) or issue code (Zod). */
      readonly rule: string;
    };

/** The verdicts of all three validators on one document. */
export type Verdicts = Readonly<Record<(typeof VALIDATORS)[number], Verdict>>;

/** The three validators of one document type, each compiled once. */
export interface Differential {
  /** The committed JSON Schema of the type. */
  readonly jsonSchema: JsonSchema;
  /** Runs all three validators on `doc`. */
  readonly verdicts: (doc: unknown) => Verdicts;
}

/** Reads the committed JSON Schema of a document type from `schemas/v1/<kebab>.schema.json`. */
export function readJsonSchema(kebab: string): JsonSchema {
  return JSON.parse(readFileSync(join(ROOT, "schemas/v1", `${kebab}.schema.json`), "utf8")) as JsonSchema;
}

/** Compiles Zod (source of truth), Ajv 2020 with asserted formats, and @cfworker/json-schema for one type. */
export function createDifferential(info: DocumentTypeInfo): Differential {
  const jsonSchema = readJsonSchema(info.kebab);
  const ajv = new Ajv2020.default({ strict: true, allErrors: false, keywords: [...TRM_KEYWORDS] });
  addFormats.default(ajv);
  const ajvValidate = ajv.compile(jsonSchema);
  // Draft 2020-12, all errors collected; @cfworker/json-schema asserts `format` without any option.
  const cfworker = new Validator(jsonSchema as CfSchema, "2020-12", false);
  return {
    jsonSchema,
    verdicts(doc) {
      const z = info.schema.safeParse(doc);
      const zIssue = z.success ? undefined : z.error.issues[0];
      const ajvValid = ajvValidate(doc);
      const aIssue = ajvValid ? undefined : ajvValidate.errors?.[0];
      const c = cfworker.validate(doc);
      // cfworker lists the wrapping errors ("properties", "items") first; the last one is the innermost.
      const cIssue = c.valid ? undefined : c.errors.at(-1);
      return {
        zod: zIssue ? { valid: false, at: toPointer(zIssue.path), rule: zIssue.code } : { valid: true },
        ajv: aIssue
          ? { valid: false, at: aIssue.instancePath, rule: aIssue.keyword }
          : ajvValid
            ? { valid: true }
            : { valid: false, at: "", rule: "?" },
        cfworker: cIssue
          ? { valid: false, at: cIssue.instanceLocation.replace(/^#/, ""), rule: cIssue.keyword }
          : c.valid
            ? { valid: true }
            : { valid: false, at: "", rule: "?" },
      };
    },
  };
}

/** Whether the three verdicts agree. */
export function agree(v: Verdicts): boolean {
  return v.zod.valid === v.ajv.valid && v.ajv.valid === v.cfworker.valid;
}

/** A one-line summary such as `zod=accept; ajv=accept; cfworker=reject /emails/0 (format): "…"`. */
export function describeVerdicts(v: Verdicts, doc: unknown): string {
  return VALIDATORS.map((name) => {
    const verdict = v[name];
    if (verdict.valid) return `${name}=accept`;
    return `${name}=reject ${verdict.at || "(root)"} (${verdict.rule}): ${show(valueAt(doc, verdict.at))}`;
  }).join("; ");
}

/** A value as JSON, cut to 120 characters (with its length when cut), or "(absent)". */
export function show(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return "(absent)";
  return json.length > 120 ? `${json.slice(0, 120)}… (${json.length} characters)` : json;
}

/** A JSON Pointer (RFC 6901) from path segments; "" is the whole document. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((s) => `/${String(s).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** The value at a JSON Pointer, or undefined when there is none. */
export function valueAt(doc: unknown, pointer: string): unknown {
  if (pointer === "") return doc;
  let node = doc;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
