import { type DocumentTypeName, documentTypeNames } from "@open-trm/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossRules, documentRules } from "../../src/rules/index.js";
import type { DocumentsByType, Finding, RuleContext } from "../../src/rules/types.js";
import { documentArbs, PLANTED } from "./support/arbitraries.js";
import { bundle, ctx } from "./support/builders.js";

// Invariants of every rule on structurally valid documents: it never throws, every path is a JSON Pointer whose
// parent exists in the document, and no detail carries a value from the document.

type AnyDoc = DocumentsByType[DocumentTypeName];

const DATA = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\d{4}(-\d{2}){0,2}(T.*)?$/i;

/** Strings of the document that are data rather than codes: planted text, ids, dates, pointers. */
function dataStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.includes(PLANTED) || DATA.test(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) dataStrings(item, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(PLANTED)) out.push(key);
      dataStrings(item, out);
    }
  }
  return out;
}

const decodeToken = (token: string) => token.replace(/~1/g, "/").replace(/~0/g, "~");

/** The value at a JSON Pointer, or undefined. */
function resolve(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of pointer.split("/").slice(1).map(decodeToken)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

function expectClean(doc: AnyDoc, findings: readonly Finding[]): void {
  const data = dataStrings(doc);
  for (const f of findings) {
    expect(f.path === "" || /^(\/([^~/]|~[01])*)+$/.test(f.path), f.path).toBe(true);
    const parent = f.path.slice(0, Math.max(0, f.path.lastIndexOf("/")));
    expect(typeof resolve(doc, parent), f.path).toBe("object");
    expect(f.severity === undefined || f.severity === "warning" || f.severity === "error").toBe(true);
    const detail = f.detail ?? "";
    expect(detail).not.toContain(PLANTED);
    for (const s of data) expect(detail.includes(s), `detail echoes ${s}`).toBe(false);
  }
}

const contexts: RuleContext[] = [ctx, { now: new Date("2031-01-01T00:00:00Z"), clockSkewMs: 0 }];

describe("rule invariants", () => {
  it.each(documentTypeNames)("document rules on any valid %s", (type) => {
    const rules = documentRules.filter((r) => r.documentTypes.includes(type));
    fc.assert(
      fc.property(
        documentArbs[type] as fc.Arbitrary<AnyDoc>,
        fc.constantFrom(...contexts),
        (doc, context) => {
          for (const rule of rules) expectClean(doc, rule.check(doc, context));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("cross rules on any bundle of valid documents", () => {
    const anyDoc = fc.oneof(...documentTypeNames.map((t) => documentArbs[t] as fc.Arbitrary<AnyDoc>));
    fc.assert(
      fc.property(fc.array(anyDoc, { minLength: 1, maxLength: 5 }), (docs) => {
        const entries = bundle(...docs);
        for (const rule of crossRules) {
          for (const f of rule.check(entries, ctx)) {
            const doc = docs[f.index];
            expect(doc, `index ${f.index}`).toBeDefined();
            if (doc) expectClean(doc, [f]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the arbitraries reach the rules' findings", () => {
    const seen = new Set<string>();
    for (const type of documentTypeNames) {
      for (const doc of fc.sample(documentArbs[type] as fc.Arbitrary<AnyDoc>, { numRuns: 200, seed: 1 })) {
        for (const rule of documentRules.filter((r) => r.documentTypes.includes(type))) {
          if (rule.check(doc, ctx).length > 0) seen.add(rule.id);
        }
      }
    }
    expect([...seen].sort()).toEqual(documentRules.map((r) => r.id).sort());
    const anyDoc = fc.oneof(...documentTypeNames.map((t) => documentArbs[t] as fc.Arbitrary<AnyDoc>));
    for (const docs of fc.sample(fc.array(anyDoc, { minLength: 2, maxLength: 6 }), {
      numRuns: 300,
      seed: 1,
    })) {
      for (const rule of crossRules) if (rule.check(bundle(...docs), ctx).length > 0) seen.add(rule.id);
    }
    expect(crossRules.every((r) => seen.has(r.id))).toBe(true);
  });
});
