// The structure check that anonymise runs while it walks a document (src/internal/json-check.ts, walk.ts) must give
// the validator's verdict: it is compiled from the schema the validator's code was generated from, and compared with
// the validator on every conformance fixture and on mutated documents. The validator is watched: a document the
// check accepts never reaches it, so a valid document it is asked about would be a check stricter than the schema.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentTypes } from "@open-trm/schema";
import { type DocumentTypeName, documentTypeNames, isDocumentTypeName } from "@open-trm/schema/data";
import type * as ValidatorModule from "@open-trm/validator";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { documentJsonSchema, type FieldNode, fieldTree } from "../../src/anonymise/fields.js";
import {
  anonymise,
  type BuiltInPolicyName,
  builtInPolicies,
  type Policy,
  parsePolicy,
} from "../../src/anonymise/index.js";
import { formats, impliedFormats } from "../../src/internal/formats.js";
import { compileCheck, type JsonSchema, UnsupportedSchema } from "../../src/internal/json-check.js";
import { EXAMPLES, type Json, KEY, REPO_DIR } from "./support.js";

const asked = vi.hoisted(() => ({ count: 0 }));
vi.mock("@open-trm/validator", async (importActual) => {
  const actual = await importActual<typeof ValidatorModule>();
  return {
    ...actual,
    createValidator: (options?: ValidatorModule.ValidatorOptions) => {
      const v = actual.createValidator(options);
      const validate = (doc: unknown) => {
        asked.count++;
        return v.validate(doc);
      };
      return { ...v, validate };
    },
  };
});
const { createValidator } = await vi.importActual<typeof ValidatorModule>("@open-trm/validator");
const validator = createValidator({ rules: false });

// A policy that drops every optional object and array whole, which the walk then checks without entering it.
function optionalContainers(node: FieldNode, out: string[] = []): string[] {
  if (node.kind === "list") optionalContainers(node.item, out);
  if (node.kind === "object")
    for (const { node: child, required } of node.members.values()) {
      if (child.kind !== "leaf" && !required) out.push(child.template);
      optionalContainers(child, out);
    }
  return out;
}
const DROPPING: Policy = {
  ...builtInPolicies.research,
  name: "dropping",
  pointers: Object.fromEntries(
    documentTypeNames.flatMap((t) => optionalContainers(fieldTree(t))).map((t) => [t, "drop" as const]),
  ),
};
const POLICIES: readonly (BuiltInPolicyName | Policy)[] = ["research", "share-minimum", DROPPING];

/** Anonymises `doc` and checks the outcome against the validator's structure verdict. */
function agreesWithValidator(doc: unknown, policy: BuiltInPolicyName | Policy = "research"): void {
  const want = validator.validate(doc);
  const before = asked.count;
  const r = anonymise(doc, { policy, key: KEY });
  expect(r.ok).toBe(want.ok);
  if (!r.ok) expect(r.issues).toEqual(want.issues);
  // A valid document passes the walk's own check: the validator is not asked; it is for the issues of others.
  if (want.ok) expect(asked.count).toBe(before);
  else expect(asked.count).toBeGreaterThan(before);
  const type = (doc as Json | null)?.documentType;
  if (typeof doc === "object" && doc !== null && !Array.isArray(doc) && isDocumentTypeName(type))
    expect(fieldTree(type).check(doc)).toBe(want.ok);
}

// Annotations are not constraints; `properties` maps member names, which are kept whatever they are.
function constraints(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(constraints);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    if (/^(?:title|description|\$schema|\$id|x-trm-.*)$/.test(k)) continue;
    out[k] =
      k === "properties"
        ? Object.fromEntries(Object.entries(v as Json).map(([name, s]) => [name, constraints(s)]))
        : k === "enum" || k === "const" || k === "required"
          ? v
          : constraints(v);
  }
  return out;
}

describe("the schema the check is compiled from", () => {
  it.each(documentTypeNames)("%s: is the published JSON Schema, annotations aside", (type) => {
    const file = join(REPO_DIR, "schemas", "v1", `${documentTypes[type].kebab}.schema.json`);
    const published = JSON.parse(readFileSync(file, "utf8"));
    expect(constraints(documentJsonSchema(type))).toEqual(constraints(published));
  });

  it("refuses keywords and formats it does not implement, rather than skipping them", () => {
    for (const schema of [
      { type: "string", format: "uri" },
      { type: "array", uniqueItems: true },
      { anyOf: [{ type: "string" }] },
      { type: ["string", "null"] },
      { type: "object", minProperties: 1 },
      { type: "string", enum: [{ a: 1 }] },
      { type: "string", const: null },
    ] as JsonSchema[])
      expect(() => compileCheck(schema, 1), JSON.stringify(schema)).toThrow(UnsupportedSchema);
  });
});

describe("compileCheck", () => {
  const chain = (n: number): unknown => (n === 0 ? 1 : { a: chain(n - 1) });
  const cases: [JsonSchema, unknown, boolean][] = [
    [{ type: "string", pattern: "^[a-z]*$" }, "x".repeat(100_000), true],
    [{ type: "string", pattern: "^[a-z]*$" }, "x".repeat(100_001), false], // the validator's string limit
    [{ type: "string", maxLength: 3 }, "\u{1F600}".repeat(3), true], // code points, not UTF-16 units
    [{ type: "string", maxLength: 3 }, "\u{1F600}".repeat(4), false],
    [{ type: "string", minLength: 2 }, "\u{1F600}", false],
    [{ type: "string", minLength: 2 }, "ab", true],
    [{ type: "string", format: "date" }, "2024-02-29", true],
    [{ type: "string", format: "date" }, "2026-02-29", false],
    [{ type: "string", format: "date-time" }, "2026-12-31T23:59:60Z", true], // a leap second, as Ajv allows
    [{ type: "string", format: "date-time" }, "2026-01-01t10:00:00z", true],
    [{ type: "string", format: "date-time" }, "2026-01-01T10:00:00", false],
    [{ type: "string", format: "uuid" }, "urn:uuid:6F1C2A34-0D7E-4B8A-9C1D-2E3F4A5B6C7D", true],
    [{ type: "string", format: "email" }, "a@example", false],
    [{ type: "string", format: "duration" }, "P1Y1D", true],
    [{ type: "string", format: "duration" }, "PT", false],
    [{ type: "string", enum: ["a", "b"] }, "b", true],
    [{ type: "string", enum: ["a", "b"] }, "c", false],
    [{ type: "string", const: "a" }, "a", true],
    [{ type: "integer", minimum: 0, maximum: 3 }, 3, true],
    [{ type: "integer", minimum: 0, maximum: 3 }, 4, false],
    [{ type: "integer" }, 1.5, false],
    [{ type: "integer" }, "1", false],
    [{ type: "number" }, 1.5, true],
    [{ type: "number" }, Number.POSITIVE_INFINITY, false],
    [{ type: "boolean" }, "true", false],
    [{ type: "array", items: { type: "string" }, minItems: 1, maxItems: 2 }, [], false],
    [{ type: "array", items: { type: "string" }, minItems: 1, maxItems: 2 }, ["a", "b"], true],
    [{ type: "array", items: { type: "string" }, minItems: 1, maxItems: 2 }, ["a", "b", "c"], false],
    [{ type: "array", items: { type: "string" } }, [1], false],
    [{ type: "array" }, Array.from({ length: 10_000 }, () => 0), true],
    [{ type: "array" }, Array.from({ length: 10_001 }, () => 0), false], // the validator's array limit
    [
      { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false },
      { a: "x" },
      true,
    ],
    [
      { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false },
      {},
      false,
    ],
    [{ type: "object", properties: { a: { type: "string" } }, additionalProperties: false }, { b: 1 }, false],
    [{ type: "object", properties: { a: { type: "string" } } }, { a: 1 }, false],
    [{ type: "object", propertyNames: { type: "string", pattern: "^[a-z]+$" } }, { abc: 1 }, true],
    [{ type: "object", propertyNames: { type: "string", pattern: "^[a-z]+$" } }, { Abc: 1 }, false],
    [{ type: "object" }, [], false],
    [{}, chain(64), true], // objects at depths 0 to 63
    [{}, chain(65), false], // the validator's depth limit
  ];
  for (const [schema, value, want] of cases)
    it(`${JSON.stringify(schema)} on ${JSON.stringify(value).slice(0, 40)}: ${want}`, () => {
      expect(compileCheck(schema, 0)(value)).toBe(want);
    });
});

describe("verdicts", () => {
  const manifest = JSON.parse(
    readFileSync(join(REPO_DIR, "packages", "conformance", "manifest.json"), "utf8"),
  );
  const fixtures = (manifest.fixtures as { path: string; schemaValid: boolean }[]).map((f) => ({
    ...f,
    doc: JSON.parse(readFileSync(join(REPO_DIR, "packages", "conformance", f.path), "utf8")) as unknown,
  }));

  it("the dropping policy is a valid policy", () => expect(parsePolicy(DROPPING).ok).toBe(true));

  it.each(POLICIES.map((p) => [typeof p === "string" ? p : p.name, p] as const))(
    "agree with the validator on every conformance fixture (%s)",
    (_, policy) => {
      expect(fixtures.filter((f) => !f.schemaValid).length).toBeGreaterThan(100);
      for (const f of fixtures) {
        expect(validator.validate(f.doc).ok, f.path).toBe(f.schemaValid);
        agreesWithValidator(f.doc, policy);
      }
    },
  );

  it("are the validator's when reading the input fails half-way", () => {
    const doc = structuredClone(EXAMPLES.find((e) => e.doc.documentType === "victimProfile")?.doc) as Json;
    expect(doc.case).toBeDefined(); // a member of the standard, read by the walk
    Object.defineProperty(doc, "case", {
      enumerable: true,
      get() {
        throw new Error("unreadable");
      },
    });
    const r = anonymise(doc, { policy: "research", key: KEY });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual(validator.validate(doc).issues);
  });

  it("agree with the validator on documents that are not objects or of no known type", () => {
    for (const doc of [
      null,
      1,
      "victimProfile",
      [],
      [{}],
      {},
      { documentType: "case" },
      { documentType: null },
    ])
      agreesWithValidator(doc);
  });

  // Values near the edges of what fields accept: formats, letter case, lengths in code points, types.
  const astral = (n: number) => "\u{1F600}".repeat(n);
  const tricky: unknown[] = [
    ...[
      "",
      "x",
      "unknown",
      "female",
      "AL",
      "al",
      "XK",
      "AL-03",
      "sq",
      "ro-MD",
      "en-GB",
      "+38269123456",
      "TEST000101",
    ],
    ...[
      "2026-02-29",
      "2024-02-29",
      "2100-02-29",
      "2000-02-29",
      "2026-13-01",
      "2026-1-01",
      "2026",
      "2026-00",
      "2026-12",
    ],
    ...["2026-01-01T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:59:60Z", "2026-01-01t00:00:00z"],
    ...[
      "2026-01-01T10:00:00.5+01:00",
      "2026-01-01T10:00:00+1:00",
      "2026-01-01 10:00:00Z",
      "P1Y2M",
      "PT",
      "P1W",
    ],
    ...[
      "6F1C2A34-0D7E-4B8A-9C1D-2E3F4A5B6C7D",
      "6f1c2a34-0d7e-0b8a-9c1d-2e3f4a5b6c7d",
      "6f1c2a340d7e4b8a9c1d2e3f4a5b6c7d",
    ],
    ...["urn:uuid:6f1c2a34-0d7e-4b8a-9c1d-2e3f4a5b6c7d", "00000000-0000-0000-0000-000000000000"],
    ...["a@example.org", "a@example", "a..b@example.org", "org.example.ngo", "https://example.org/x"],
    ...[100, 101, 200, 201, 1000, 1001, 8000, 8001].map((n) => "x".repeat(n)),
    ...[astral(100), astral(101), astral(200), astral(201), astral(1000), astral(1001), "x".repeat(100_001)],
    ...[0, -1, 1, 3, 1.5, 13, 25, 1e21, true, false, null, [], {}, [1], ["AL"], ["AL", "AL"], { a: 1 }],
  ];
  const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
    typeof v !== "object" || v === null
      ? [at]
      : [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k]))];
  const at = (v: unknown, path: (string | number)[]) => path.reduce<unknown>((o, t) => (o as Json)[t], v);
  const deep = (depth: number): unknown => (depth === 0 ? "deep" : { next: deep(depth - 1) });

  function mutate(doc: unknown, path: (string | number)[], kind: number, value: unknown): unknown {
    const copy = structuredClone(doc) as Json;
    if (path.length === 0) return kind === 0 ? value : copy;
    const parent = path.slice(0, -1).reduce<Json>((o, t) => o[t] as Json, copy);
    const last = path[path.length - 1] as string;
    const here = parent[last];
    switch (kind) {
      case 0:
        parent[last] = value;
        break;
      case 1:
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
        break;
      case 2:
        if (Array.isArray(here)) here.push(...Array.from({ length: 120 }, () => structuredClone(here[0])));
        else if (typeof here === "object" && here !== null) (here as Json).notInTheStandard = value;
        else parent[last] = [here];
        break;
      default:
        parent[last] = { "org.example.ngo": deep(70) };
    }
    return copy;
  }

  it("agree with the validator on mutated examples and fixtures", () => {
    const bases = [...EXAMPLES.map((e) => e.doc), ...fixtures.filter((f) => f.schemaValid).map((f) => f.doc)];
    const mutation = fc
      .constantFrom(...bases)
      .chain((doc) =>
        fc.tuple(
          fc.constant(doc),
          fc.constantFrom(...paths(doc)),
          fc.integer({ min: 0, max: 3 }),
          fc.constantFrom(...tricky),
        ),
      );
    fc.assert(
      fc.property(mutation, fc.constantFrom(...POLICIES), ([doc, path, kind, value], policy) =>
        agreesWithValidator(mutate(doc, path, kind, value), policy),
      ),
      { numRuns: 2000 },
    );
  });

  it("count lengths in code points, as JSON Schema does, on every string of the examples", () => {
    const astral = (n: number) => "\u{1F600}".repeat(n);
    const doc = EXAMPLES.find((e) => e.name.endsWith("si-adult-forced-labour-construction.json"))?.doc;
    for (const path of paths(doc).filter((p) => typeof at(doc, p) === "string"))
      for (const n of [100, 101, 200, 201, 1000, 1001]) agreesWithValidator(mutate(doc, path, 0, astral(n)));
  });

  it("check what a required member's removal leaves unwalked, and what a policy drops whole", () => {
    const doc = EXAMPLES.find((e) => e.name.endsWith("mk-presumed-child-sexual-exploitation.json"))
      ?.doc as Json;
    // share-minimum removes each perpetrator at its first member (`roles`): the others are only checked.
    for (const key of ["kind", "nationality", "sex"]) {
      const bad = mutate(doc, ["perpetrators", 0, key], 0, "not a code");
      expect(validator.validate(bad).ok).toBe(false);
      agreesWithValidator(bad, "share-minimum");
    }
    for (const path of [
      ["trafficking", "events", 0, "type"],
      ["person", "identityDocuments", 0, "issuingCountry"],
    ]) {
      const bad = mutate(doc, path, 0, "not a code");
      agreesWithValidator(bad, DROPPING);
      expect(anonymise(bad, { policy: DROPPING, key: KEY }).ok).toBe(false);
    }
  });
});

describe("formats a pattern already implies", () => {
  const implied = (format: string) => {
    const source = [...impliedFormats].find(([, f]) => f === format)?.[0] ?? "";
    return new RegExp(source, "u");
  };
  const check = formats as Readonly<Record<string, (s: string) => boolean>>;

  it("date: every string the pattern accepts, over a whole 400-year cycle, is a date", () => {
    const pattern = implied("date");
    let accepted = 0;
    for (let y = 2000; y < 2400; y++)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          if (pattern.test(s)) {
            accepted++;
            expect(check.date?.(s), s).toBe(true);
          }
        }
    expect(accepted).toBe(146_097); // the days of a Gregorian cycle
  });

  it.each(["date-time", "uuid"])("%s: every string the pattern accepts is one", (format) => {
    const pattern = implied(format);
    fc.assert(
      fc.property(fc.stringMatching(pattern), (s) => check[format]?.(s) === true),
      { numRuns: 5000 },
    );
  });

  it("each implying pattern is the one the schemas use with that format", () => {
    const used = new Map<string, string>();
    const walk = (s: unknown): void => {
      if (typeof s !== "object" || s === null) return;
      const node = s as Json;
      if (typeof node.format === "string" && typeof node.pattern === "string")
        used.set(node.pattern, node.format);
      for (const v of Object.values(node)) walk(v);
    };
    for (const type of documentTypeNames as readonly DocumentTypeName[]) walk(documentJsonSchema(type));
    for (const [pattern, format] of impliedFormats) expect(used.get(pattern)).toBe(format);
  });
});
