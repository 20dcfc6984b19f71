// Differential tests: Zod (source of truth), Ajv 2020 on the committed JSON Schema, and an independent
// validator (@cfworker/json-schema) must give the same verdict on every document. All three assert the formats
// our schemas use (date, date-time, uuid, email, duration). Run with FC_SEED=<n> to replay a failure.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type DocumentTypeName, documentTypeNames, documentTypes, isDocumentTypeName } from "../src/index.js";
import { arbitraryFromSchema, type JsonSchema } from "./support/arbitrary.js";
import { readJsonFiles } from "./support/fixtures.js";
import { type MutationKind, mutationArbitrary } from "./support/mutations.js";
import {
  agree,
  createDifferential,
  type Differential,
  describeVerdicts,
  ROOT,
  show,
  valueAt,
} from "./support/validators.js";

const RUNS_PER_TYPE = 5_000;
const SEED = process.env.FC_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FC_SEED);
const INPUT_DIRS = ["packages/conformance/fixtures", "examples"] as const;

const differentials = new Map<DocumentTypeName, Differential>();
const differential = (name: DocumentTypeName): Differential => {
  let d = differentials.get(name);
  if (d === undefined) {
    d = createDifferential(documentTypes[name]);
    differentials.set(name, d);
  }
  return d;
};

type SampleKind = "valid" | `mutation:${MutationKind}` | "jsonValue" | "randomFields";
interface Sample {
  readonly kind: SampleKind;
  /** JSON Pointer of the mutated field; "" for the whole document. */
  readonly pointer: string;
  readonly doc: unknown;
}

/** Valid documents, single-field mutations of them, arbitrary JSON and objects of the right type with random fields. */
function sampleArbitrary(name: DocumentTypeName, schema: JsonSchema): fc.Arbitrary<Sample> {
  const valid = arbitraryFromSchema(schema);
  const known = Object.keys(schema.properties ?? {});
  const whole =
    (kind: SampleKind) =>
    (doc: unknown): Sample => ({ kind, pointer: "", doc });
  return fc.oneof(
    { weight: 35, arbitrary: valid.map(whole("valid")) },
    {
      weight: 45,
      arbitrary: mutationArbitrary(valid, schema).map(
        (m): Sample => ({ kind: `mutation:${m.mutation}`, pointer: m.pointer, doc: m.doc }),
      ),
    },
    { weight: 10, arbitrary: fc.jsonValue().map(whole("jsonValue")) },
    {
      weight: 10,
      arbitrary: fc
        .tuple(
          fc.dictionary(
            fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 10 })),
            fc.jsonValue({ maxDepth: 2 }),
            {
              maxKeys: 8,
            },
          ),
          fc.boolean(),
        )
        .map(([fields, versioned]) =>
          whole("randomFields")({
            ...fields,
            documentType: name,
            ...(versioned ? { standardVersion: "1.0" } : {}),
          }),
        ),
    },
  );
}

describe.each(documentTypeNames)("%s: Zod, Ajv and @cfworker/json-schema agree", (name) => {
  test(`on ${RUNS_PER_TYPE} generated documents`, () => {
    const started = performance.now();
    const diff = differential(name);
    const samples = sampleArbitrary(name, diff.jsonSchema);
    const log = (line: string) => console.log(`[${name}] ${line}`);
    // Same seed and run count as fc.assert below, so this is the mix of exactly the documents checked.
    log(`seed ${SEED}; mix of the ${RUNS_PER_TYPE} documents:`);
    fc.statistics(samples, (s) => s.kind, { numRuns: RUNS_PER_TYPE, seed: SEED, logger: log });

    const tally = { valid: 0, validAcceptedByAll: 0, acceptedByAll: 0, rejectedByAll: 0 };
    fc.assert(
      fc.property(samples, (s) => {
        const v = diff.verdicts(s.doc);
        if (!agree(v)) {
          const field = s.pointer === "" ? "none" : `${s.pointer} = ${show(valueAt(s.doc, s.pointer))}`;
          throw new Error(
            `${name}: validators disagree on a ${s.kind} document (mutated field: ${field}): ${describeVerdicts(v, s.doc)}`,
          );
        }
        if (v.zod.valid) tally.acceptedByAll++;
        else tally.rejectedByAll++;
        if (s.kind === "valid") {
          tally.valid++;
          if (v.zod.valid) tally.validAcceptedByAll++;
        }
      }),
      { numRuns: RUNS_PER_TYPE, seed: SEED },
    );
    const share = tally.validAcceptedByAll / tally.valid;
    log(
      `accepted by all ${tally.acceptedByAll}, rejected by all ${tally.rejectedByAll}; generated-valid accepted by all ` +
        `${tally.validAcceptedByAll}/${tally.valid} (${(share * 100).toFixed(1)}%); ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // Guards the generator: were it to drift into producing only invalid documents, the test would prove little.
    expect(share).toBeGreaterThan(0.3);
  });
});

describe("conformance fixtures and examples", () => {
  test("Zod, Ajv and @cfworker/json-schema agree on every JSON file that exists now", () => {
    const files = readJsonFiles(ROOT, INPUT_DIRS);
    const disagreements: string[] = [];
    let checks = 0;
    for (const file of files) {
      if (!file.ok) {
        console.log(`skipped ${file.path}: not JSON (${file.error})`);
        continue;
      }
      const doc = file.value as { documentType?: unknown } | null;
      // A file that names no known type (a manifest, a broken fixture) is checked against every type.
      const declared = typeof doc === "object" && doc !== null ? doc.documentType : undefined;
      const types = isDocumentTypeName(declared) ? [declared] : documentTypeNames;
      for (const name of types) {
        checks++;
        const v = differential(name).verdicts(file.value);
        if (!agree(v)) disagreements.push(`${file.path} as ${name}: ${describeVerdicts(v, file.value)}`);
      }
    }
    console.log(`${files.length} JSON files under ${INPUT_DIRS.join(", ")}; ${checks} (file, type) checks`);
    expect(disagreements).toEqual([]);
  });
});
