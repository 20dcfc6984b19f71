// Two independent JSON Schema validators compiled from the restricted FHIR R4 schema: Ajv 8 with the draft-06
// meta-schema, and @hyperjump/json-schema's draft-06 dialect. Compile once per test file (Ajv takes seconds).
import { createRequire } from "node:module";
import type { OutputUnit } from "@hyperjump/json-schema/draft-06";
import { registerSchema, validate } from "@hyperjump/json-schema/draft-06";
import Ajv from "ajv";
import { FHIR_SCHEMA_ID, restrictedFhirSchema } from "./fhir-schema.js";

const require = createRequire(import.meta.url);

/** A compiled validator: whether an instance is valid, with a short reason when it is not. */
export type FhirValidator = (instance: unknown) => { valid: boolean; errors: string };

/** Ajv (draft-06 meta-schema; `discriminator` is an annotation here, `strictTypes` off for FHIR's style). */
export function ajvValidator(schema: Record<string, unknown> = restrictedFhirSchema()): FhirValidator {
  const ajv = new Ajv.default({ strict: true, strictTypes: false, allErrors: false, inlineRefs: false });
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
  ajv.addVocabulary(["discriminator"]);
  const v = ajv.compile(schema);
  return (instance) => {
    const valid = v(instance) === true;
    return { valid, errors: valid ? "" : ajv.errorsText(v.errors) };
  };
}

/** @hyperjump/json-schema with the draft-06 dialect, as a second, independent implementation. */
export async function hyperjumpValidator(
  schema: Record<string, unknown> = restrictedFhirSchema(),
): Promise<FhirValidator> {
  registerSchema(schema as Parameters<typeof registerSchema>[0], FHIR_SCHEMA_ID);
  const v = await validate(FHIR_SCHEMA_ID);
  return (instance) => {
    const json = instance as Parameters<typeof v>[0];
    // The FLAG output is fast; the BASIC output (with error locations) is only built for a failure.
    if (v(json).valid) return { valid: true, errors: "" };
    const out = v(json, "BASIC");
    const units: OutputUnit[] = out.valid ? [] : (out.errors ?? []);
    const errors = units
      .slice(0, 5)
      .map((e) => `${e.instanceLocation} ${e.keyword}`)
      .join("; ");
    return { valid: out.valid, errors };
  };
}
