// The acceptance properties of issue 4 for `anonymise`, on generated documents with planted values and on every
// example and valid conformance fixture.
import { type DocumentTypeName, documentTypeNames } from "@open-trm/schema/data";
import { validate } from "@open-trm/validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FieldNode, fieldTree } from "../../src/anonymise/fields.js";
import {
  anonymise,
  anonymiseMany,
  type BuiltInPolicyName,
  builtInPolicyNames,
} from "../../src/anonymise/index.js";
import { documents, EXAMPLES, type Json, KEY, leaked, OTHER_KEY, valuesOf } from "./support.js";

const RUNS = 100;
const NIL = "00000000-0000-0000-0000-000000000000";

function out(doc: unknown, policy: BuiltInPolicyName, key: Uint8Array | string = KEY): Json {
  const r = anonymise(doc, { policy, key });
  if (!r.ok) throw new Error(`valid input refused: ${r.issues.map((i) => `${i.path} ${i.code}`).join(", ")}`);
  return r.value;
}

/** Identifier values that occur nowhere else in the input (a focal point's own id is public through references). */
function privateIdentifiers(doc: Json): string[] {
  const elsewhere = new Set(valuesOf(doc, ["public", "internal", "quasi", "special", "direct", "freeText"]));
  return valuesOf(doc, ["identifier"]).filter((v) => !elsewhere.has(v));
}

const structureIssues = (doc: unknown) => validate(doc).issues.filter((i) => i.ruleId === undefined);

describe("generated documents", () => {
  it.each(documentTypeNames)("the %s generator makes structurally valid documents", (type) => {
    for (const doc of fc.sample(documents(type), 30)) expect(structureIssues(doc)).toEqual([]);
  });

  it("the leak check finds planted values and identifiers when a policy keeps them (control)", () => {
    const keepAll = {
      name: "keep-all",
      classes: Object.fromEntries(
        ["public", "internal", "identifier", "quasi", "freeText", "direct", "special"].map((c) => [
          c,
          "keep",
        ]),
      ),
    } as never;
    for (const doc of fc.sample(documents("victimProfile"), 10)) {
      const r = anonymise(doc, { policy: keepAll, key: KEY });
      if (!r.ok) throw new Error("valid input refused");
      expect(leaked(valuesOf(doc, ["direct", "freeText"]), r.value).length).toBeGreaterThan(0);
      expect(leaked(privateIdentifiers(doc), r.value)).toEqual(privateIdentifiers(doc));
    }
  });
});

describe.each(builtInPolicyNames)("%s", (policy) => {
  it.each(documentTypeNames)("no direct or free-text value of a %s appears in the output", (type) => {
    fc.assert(
      fc.property(documents(type), (doc) => {
        expect(leaked(valuesOf(doc, ["direct", "freeText"]), out(doc, policy))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(documentTypeNames)("no identifier of a %s appears verbatim", (type) => {
    fc.assert(
      fc.property(documents(type), (doc) => {
        expect(leaked(privateIdentifiers(doc), out(doc, policy))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("holds on every example and valid fixture too", () => {
    for (const { name, doc } of EXAMPLES) {
      const result = out(doc, policy);
      expect(leaked(valuesOf(doc, ["direct", "freeText"]), result), name).toEqual([]);
      expect(leaked(privateIdentifiers(doc), result), name).toEqual([]);
    }
  });
});

describe("keys", () => {
  it.each(documentTypeNames)(
    "the same key gives the same pseudonyms for a %s, another key others",
    (type) => {
      fc.assert(
        fc.property(documents(type), (doc) => {
          const a = out(doc, "share-minimum");
          expect(out(structuredClone(doc), "share-minimum")).toEqual(a);
          const ids = (d: Json) => new Set(valuesOf(d, ["identifier"]).filter((v) => v !== NIL));
          const other = ids(out(doc, "share-minimum", OTHER_KEY));
          for (const id of ids(a)) expect(other.has(id)).toBe(false);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it("links survive across documents: the same id gets the same pseudonym wherever it occurs", () => {
    fc.assert(
      fc.property(
        documents("victimProfile"),
        documents("consent"),
        documents("referral"),
        (vp, consent, referral) => {
          consent.subjectRef = vp.id;
          referral.caseRef = vp.id;
          referral.correlationId = vp.correlationId;
          const [p, c, r] = [...anonymiseMany([vp, consent, referral], { policy: "research", key: KEY })].map(
            (x) => {
              if (!x.ok) throw new Error("valid input refused");
              return x.value;
            },
          );
          expect(c?.subjectRef).toBe(p?.id);
          expect(r?.caseRef).toBe(p?.id);
          expect(r?.correlationId).toBe(p?.correlationId);
          expect(p?.id).not.toBe(vp.id);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Every full date (not a partial one) of a document, by pointer. */
function fullDates(doc: unknown, node: FieldNode, pointer = "", found = new Map<string, string>()) {
  if (node.kind === "leaf") {
    const isFull =
      node.value === "date" || (node.value === "partialDate" && typeof doc === "string" && doc.length === 10);
    if (isFull && typeof doc === "string" && !node.template.endsWith("/birthDate")) found.set(pointer, doc);
  } else if (node.kind === "list")
    for (const [i, x] of (doc as unknown[]).entries()) fullDates(x, node.item, `${pointer}/${i}`, found);
  else
    for (const [k, m] of node.members)
      if ((doc as Json)[k] !== undefined) fullDates((doc as Json)[k], m.node, `${pointer}/${k}`, found);
  return found;
}

let shiftsSeen = 0;
describe("research date shift", () => {
  it.each(["victimProfile", "bestInterestsAssessment"] as DocumentTypeName[])(
    "moves every quasi date of a %s by one offset, so intervals and order are kept",
    (type) => {
      fc.assert(
        fc.property(documents(type), (doc) => {
          const before = fullDates(doc, fieldTree(type));
          const after = fullDates(out(doc, "research"), fieldTree(type));
          const shifts = new Set<number>();
          for (const [pointer, date] of before) {
            const moved = after.get(pointer);
            // Internal (not quasi) dates are kept as they are; only quasi ones move.
            if (moved !== undefined && moved !== date)
              shifts.add((Date.parse(moved) - Date.parse(date)) / 86_400_000);
          }
          expect(shifts.size).toBeLessThanOrEqual(1);
          shiftsSeen += shifts.size;
          for (const s of shifts) expect(s >= -30 && s <= -1).toBe(true);
        }),
        { numRuns: RUNS },
      );
      expect(shiftsSeen).toBeGreaterThan(RUNS / 2); // the property is not vacuous
    },
  );
});

describe("share-minimum output validates as its document type", () => {
  it.each(documentTypeNames)("for generated %s documents (structure)", (type) => {
    fc.assert(
      fc.property(documents(type), (doc) => {
        expect(structureIssues(out(doc, "share-minimum"))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
