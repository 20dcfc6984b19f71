// The validator's promise: whatever it is given, `validate` and `validateJson` return `{ ok, issues }` and never
// throw. Inputs: arbitrary JSON values, arbitrary JavaScript values, arbitrary and broken JSON texts, hostile
// shapes (deep nesting, huge strings and arrays), and real documents changed in one field.
import { documentTypeNames } from "@open-trm/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  catalogue,
  createValidator,
  type ExtensionProfile,
  type ValidationResult,
  validate,
  validateBundle,
  validateJson,
} from "../src/index.js";
import { brokenJsonText, MUTATIONS, type Mutation, mutatedDocument, TEMPLATES } from "./support/documents.js";

const CODES = new Set(catalogue.map((c) => c.id));
const POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/;

/** Asserts the shape of a result: every invariant a caller relies on. */
function expectResult(r: ValidationResult): void {
  expect(Object.keys(r).sort()).toEqual(
    r.documentType === undefined ? ["issues", "ok"] : ["documentType", "issues", "ok"],
  );
  expect(typeof r.ok).toBe("boolean");
  expect(Array.isArray(r.issues)).toBe(true);
  expect(r.ok).toBe(!r.issues.some((i) => i.severity === "error"));
  if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
  if (r.documentType !== undefined) expect(documentTypeNames).toContain(r.documentType);
  for (const i of r.issues) {
    expect(CODES.has(i.code), i.code).toBe(true);
    expect(["error", "warning"]).toContain(i.severity);
    expect(i.path).toMatch(POINTER);
    expect(typeof i.message).toBe("string");
    expect(i.message.length).toBeGreaterThan(0);
    // A message is one line: it is printed after a path in every report.
    expect(i.message).not.toMatch(/[\r\n]/);
  }
}

/** Runs both entry points on a value, and the JSON entry point on its text when it has one. */
function check(value: unknown): void {
  expectResult(validate(value));
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined; // BigInt, cycles: no JSON text to give
  }
  if (typeof text === "string") expectResult(validateJson(text));
}

describe("validate and validateJson never throw", () => {
  it("on arbitrary JSON values", () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 1000 });
  });

  it("on arbitrary JavaScript values (serialised when they can be)", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(fc.property(anything, check), { numRuns: 1000 });
  });

  it("on objects that look like documents but carry arbitrary members", () => {
    const docLike = fc.record({
      documentType: fc.oneof(fc.constantFrom(...documentTypeNames), fc.jsonValue()),
      standardVersion: fc.oneof(fc.constant("1.0"), fc.jsonValue()),
      extensions: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
      rest: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })),
    });
    fc.assert(
      fc.property(docLike, ({ rest, ...d }) => check({ ...rest, ...d })),
      { numRuns: 500 },
    );
  });

  it("on arbitrary strings and broken JSON texts", () => {
    const jsonish = fc
      .array(
        fc.constantFrom(...'{}[]":,.-+eE0123456789 \t\n\r\\/uabcdeftrulsn\u0000\uFEFF\u2028'.split("")),
        {
          maxLength: 200,
        },
      )
      .map((cs) => cs.join(""));
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 500 }),
      fc.string({ unit: "grapheme", maxLength: 200 }),
      jsonish,
      brokenJsonText,
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = validateJson(t);
        expectResult(r);
      }),
      { numRuns: 2000 },
    );
  });

  it("reports broken JSON texts as TRM-P001 with a line and column inside the text", () => {
    fc.assert(
      fc.property(brokenJsonText, (t) => {
        let parses = true;
        try {
          JSON.parse(t);
        } catch {
          parses = false;
        }
        fc.pre(!parses);
        const r = validateJson(t);
        expectResult(r);
        expect(r.issues.map((i) => i.code)).toEqual(["TRM-P001"]);
        const m = /at line (\d+), column (\d+)/.exec(r.issues[0]?.message ?? "");
        expect(m).not.toBeNull();
        expect(Number(m?.[1])).toBeLessThanOrEqual(t.split("\n").length);
      }),
      { numRuns: 500 },
    );
  });

  it("on hostile shapes: deep nesting, huge strings, long arrays", () => {
    const nest = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);
    const deep = (depth: number): unknown => {
      let v: unknown = [];
      for (let i = 1; i < depth; i++) v = i % 2 ? [v] : { documentType: "referral", x: v };
      return { documentType: "referral", x: v };
    };
    const texts = [
      nest(100, "[", "]"),
      nest(100_000, "[", "]"),
      nest(1_000_000, "[", "]"),
      "[".repeat(100_000),
      nest(100_000, '{"a":', "}").replace(/}+$/, (s) => s),
      `{"documentType":"referral","x":${nest(5_000, "[", "]")}}`,
      `{"documentType":"consent","notes":"${"x".repeat(20 * 1024 * 1024)}"}`,
      `"${"\u00e9".repeat(6 * 1024 * 1024)}"`,
      `{"documentType":"consent","a":[${"1,".repeat(50_000)}1]}`,
      "",
      " ",
      "\uFEFF{}",
      "null",
      "1e999999",
      `${"-".repeat(10_000)}1`,
    ];
    for (const t of texts) expectResult(validateJson(t));
    for (const v of [deep(10), deep(70), deep(20_000), { documentType: "consent", s: "x".repeat(300_000) }])
      expectResult(validate(v));
    expect(validateJson(nest(1_000_000, "[", "]")).issues[0]?.code).toMatch(/^TRM-L00[12]$|^TRM-P002$/);
    expect(validate(deep(20_000)).issues.map((i) => i.code)).toEqual(["TRM-L002"]);
    expect(validateJson(texts[6] as string).issues.map((i) => i.code)).toEqual(["TRM-L001"]);
  });

  it("on real documents changed in one field, with a mix of verdicts", () => {
    const seen = new Map<Mutation, { ok: number; invalid: number }>(
      MUTATIONS.map((m) => [m, { ok: 0, invalid: 0 }]),
    );
    fc.assert(
      fc.property(mutatedDocument, ({ doc, mutation }) => {
        const r = validate(doc);
        expectResult(r);
        expectResult(validateJson(JSON.stringify(doc)));
        const tally = seen.get(mutation);
        if (tally) tally[r.ok ? "ok" : "invalid"]++;
      }),
      { numRuns: 1500 },
    );
    // The generator must reach both verdicts overall, and every kind of change must have been tried.
    const total = [...seen.values()].reduce((a, t) => ({ ok: a.ok + t.ok, invalid: a.invalid + t.invalid }));
    expect(total.ok).toBeGreaterThan(50);
    expect(total.invalid).toBeGreaterThan(500);
    for (const [m, t] of seen) expect(t.ok + t.invalid, m).toBeGreaterThan(0);
  });

  it("on the unchanged templates: every one is valid (so the mutations start from valid documents)", () => {
    for (const t of TEMPLATES) expect(validate(t).ok).toBe(true);
  });

  it("validateBundle on arbitrary mixes of documents and junk", () => {
    const item = fc.oneof(
      mutatedDocument.map((m) => m.doc),
      fc.constantFrom(...TEMPLATES),
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (docs) => {
        const b = validateBundle(docs);
        expect(b.results.length).toBe(docs.length);
        expect(b.ok).toBe(b.results.every((r) => r.ok));
        for (const r of b.results) expectResult(r);
      }),
      { numRuns: 300 },
    );
  });

  it("with hostile options: an invalid clock, throwing and lying extension profiles, tiny limits", () => {
    const throwing: ExtensionProfile = {
      namespace: "si",
      validate() {
        throw new Error("profile bug");
      },
    };
    const lying: ExtensionProfile = {
      namespace: "org.example.ngo",
      validate: (content) => [{ path: "/not a pointer~", message: String(typeof content) }],
    };
    const validators = [
      createValidator({ now: () => new Date(Number.NaN) }),
      createValidator({ profiles: [throwing, lying] }),
      createValidator({ limits: { maxBytes: 10, maxDepth: 1, maxArrayLength: 0, maxStringLength: 0 } }),
      createValidator({ rules: false, clockSkewMs: Number.NaN }),
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedDocument.map((m) => m.doc),
          fc.constantFrom(...TEMPLATES),
        ),
        (doc) => {
          for (const v of validators) {
            const r = v.validate(doc);
            expect(typeof r.ok).toBe("boolean");
            expect(Array.isArray(r.issues)).toBe(true);
            expect(typeof v.validateJson(JSON.stringify(doc)).ok).toBe("boolean");
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
