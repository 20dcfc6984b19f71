// A policy's plan binds each leaf's operation once (src/anonymise/plan.ts, compileOperation): what a bound operation
// gives must be what `applyOperation` gives, for every leaf of every document type, every operation and any value.
import { documentTypeNames } from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import { type FieldNode, fieldTree, type LeafNode } from "../../src/anonymise/fields.js";
import { builtInPolicies, operations, pseudonymise } from "../../src/anonymise/index.js";
import { applyOperation, compileOperation, type LeafContext } from "../../src/anonymise/operations.js";
import { planOf } from "../../src/anonymise/plan.js";
import { EXAMPLES, type Json, KEY } from "./support.js";

function leaves(node: FieldNode, out: LeafNode[] = []): LeafNode[] {
  if (node.kind === "leaf") out.push(node);
  else if (node.kind === "list") leaves(node.item, out);
  else for (const m of node.members.values()) leaves(m.node, out);
  return out;
}

function context(): LeafContext & { bands: string[] } {
  const bands: string[] = [];
  return {
    pseudonym: (v) => pseudonymise(v, KEY),
    dates: "yearMonth",
    birthDate: "ageBand",
    shiftDays: () => -12,
    at: "2026-03-04T11:20:00+01:00",
    known: () => [{ value: "Arta Shembulli", kind: "name" }],
    ageBand: (band) => bands.push(band),
    bands,
  };
}

// Every value found at a leaf of the examples, by type and template, and values of every other shape.
const found = new Map<string, unknown[]>();
for (const { doc } of EXAMPLES) {
  const walk = (v: unknown, node: FieldNode): void => {
    if (node.kind === "leaf") {
      const at = `${doc.documentType}${node.template}`;
      found.set(at, [...(found.get(at) ?? []), v]);
    } else if (node.kind === "list") for (const item of v as unknown[]) walk(item, node.item);
    else for (const [k, m] of node.members) if ((v as Json)[k] !== undefined) walk((v as Json)[k], m.node);
  };
  walk(doc, fieldTree(doc.documentType as never));
}
const OTHERS: unknown[] = [
  null,
  true,
  3,
  1.5,
  "x",
  "2026-03-14",
  "2026-03",
  "2026",
  ["AL", "AL", "MK"],
  [],
  {},
  { a: [1] },
];
OTHERS.push(Array.from({ length: 40 }, (_, i) => `c${i % 7}`));

// A value out of a field's range may make an operation throw (an invalid date): then both must throw alike.
function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (e) {
    return { threw: (e as Error).name };
  }
}

describe("bound operations", () => {
  it.each(documentTypeNames)("%s: give what applyOperation gives, on every leaf and operation", (type) => {
    for (const leaf of leaves(fieldTree(type))) {
      const all = [...(found.get(`${type}${leaf.template}`) ?? []), ...OTHERS];
      const values = [...new Map(all.map((v) => [JSON.stringify(v), v])).values()];
      for (const op of operations) {
        const bound = compileOperation(op, leaf);
        for (const v of values) {
          const [a, b] = [context(), context()];
          const given = structuredClone(v);
          const got = outcome(() => bound(given, b));
          const want = outcome(() => applyOperation(op, structuredClone(v), leaf, a));
          expect(got, `${leaf.template} ${op} ${JSON.stringify(v)}`).toEqual(want);
          expect(b.bands).toEqual(a.bands);
          // Nothing of a valid input is handed out: outputs never share an object or array with it.
          if (typeof given === "object" && given !== null && leaf.check(v))
            expect((got as { value?: unknown }).value).not.toBe(given);
        }
      }
    }
  });

  it("are planned once per policy and document type", () => {
    const plan = planOf(builtInPolicies.research, "victimProfile");
    expect(planOf(builtInPolicies.research, "victimProfile")).toBe(plan);
    const birthDate = leaves(fieldTree("victimProfile")).find((l) => l.template === "/person/birthDate");
    expect(plan.ops[birthDate?.slot ?? -1]).toBe(operations.indexOf("generalise")); // a pointer rule
    expect(plan.dropsWhole.some(Boolean)).toBe(false);
  });
});
