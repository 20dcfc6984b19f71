import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validate } from "@open-trm/validator";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromJcard, fromVcard, toJcard, toVcard } from "../../src/jcard/index.js";
import { type AdapterResult, adapterIssueCodes } from "../../src/result.js";
import { allExamples, exceptLosses, fullFocalPoint, vcardTextFaults } from "./support.js";

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "jcard.schema.json"), "utf8"));
const validateJcard = new Ajv2020.default({ strict: true, strictTuples: false }).compile(schema);

/** A from* result is either a valid document or well-formed issues; it never throws. */
function wellFormed(r: AdapterResult<unknown>): boolean {
  if (r.ok) return validate(r.value).ok;
  return (
    r.issues.length > 0 && r.issues.every((i) => i.code in adapterIssueCodes && typeof i.path === "string")
  );
}

const vcards = allExamples.map((e) => {
  const r = toVcard(e.doc);
  return r.ok ? r.value : "";
});
const jcards = allExamples.map((e) => {
  const r = toJcard(e.doc);
  return r.ok ? r.value : [];
});

// A valid vCard with one change: a line dropped, doubled or replaced, or arbitrary text inserted.
const mutatedVcard = fc
  .tuple(
    fc.constantFrom(...vcards),
    fc.nat(),
    fc.nat(),
    fc.constantFrom("drop", "double", "replace", "insert"),
    fc.string({ unit: "binary", maxLength: 40 }),
  )
  .map(([text, i, j, how, s]) => {
    const lines = text.split("\r\n");
    const at = i % lines.length;
    if (how === "drop") lines.splice(at, 1);
    if (how === "double") lines.splice(at, 0, lines[at] ?? "");
    if (how === "replace") lines[at] = s;
    const joined = lines.join("\r\n");
    if (how !== "insert") return joined;
    const k = j % joined.length;
    return joined.slice(0, k) + s + joined.slice(k);
  });

// A valid jCard with one change: a node replaced by arbitrary JSON, or a property dropped, doubled or given a
// string value.
function replaceNode(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (!Array.isArray(value) || path.length === 0) return replacement;
  const [head = 0, ...rest] = path;
  const i = head % Math.max(value.length, 1);
  return value.map((v, k) => (k === i ? replaceNode(v, rest, replacement) : v));
}
function changeProperty(jcard: unknown, card: number, prop: number, how: string, s: string): unknown {
  const cards = (Array.isArray(jcard) && jcard[0] === "vcard" ? [jcard] : jcard) as [string, unknown[][]][];
  const c = card % cards.length;
  const changed = cards.map(([v, props], k) => {
    if (k !== c) return [v, props];
    const p = 1 + (prop % Math.max(props.length - 1, 1));
    const target = props[p] ?? [];
    if (how === "drop") return [v, props.filter((_, i) => i !== p)];
    if (how === "double") return [v, [...props.slice(0, p), target, ...props.slice(p)]];
    return [v, props.map((x, i) => (i === p ? [...x.slice(0, 3), s] : x))];
  });
  return jcard === cards ? changed : changed[0];
}
const mutatedJcard = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...jcards),
      fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map(([j, path, v]) => replaceNode(j, path, v)),
  fc
    .tuple(
      fc.constantFrom(...jcards),
      fc.nat(),
      fc.nat(),
      fc.constantFrom("drop", "double", "string"),
      fc.string({ maxLength: 20 }),
    )
    .map(([j, card, prop, how, s]) => changeProperty(j, card, prop, how, s)),
);

describe("from* never throw (fast-check)", () => {
  it("fromVcard on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => wellFormed(fromVcard(s))),
      { numRuns: 300 },
    );
  });

  it("fromVcard on arbitrary strings that look like cards", () => {
    const cardish = fc
      .array(
        fc.oneof(
          fc.constantFrom("BEGIN:VCARD", "END:VCARD", "VERSION:4.0", "FN:x", "KIND:group", " x"),
          fc.string({ maxLength: 30 }),
        ),
        { maxLength: 12 },
      )
      .map((ls) => ls.join("\r\n"));
    fc.assert(
      fc.property(cardish, (s) => wellFormed(fromVcard(s))),
      { numRuns: 300 },
    );
  });

  it("fromVcard on mutated valid vCards, of which some still read and some do not", () => {
    const outcomes = fc.sample(mutatedVcard, { numRuns: 150, seed: 7 }).map((s) => fromVcard(s));
    expect(outcomes.every(wellFormed)).toBe(true);
    expect(outcomes.some((r) => r.ok)).toBe(true);
    expect(outcomes.some((r) => !r.ok)).toBe(true);
    fc.assert(
      fc.property(mutatedVcard, (s) => wellFormed(fromVcard(s))),
      { numRuns: 150 },
    );
  });

  it("fromJcard on arbitrary JSON and arbitrary values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => wellFormed(fromJcard(v))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (v) => wellFormed(fromJcard(v))),
      { numRuns: 300 },
    );
  });

  it("fromJcard on mutated valid jCards, of which some still read and some do not", () => {
    const outcomes = fc.sample(mutatedJcard, { numRuns: 150, seed: 7 }).map((j) => fromJcard(j));
    expect(outcomes.every(wellFormed)).toBe(true);
    expect(outcomes.some((r) => r.ok)).toBe(true);
    expect(outcomes.some((r) => !r.ok)).toBe(true);
    fc.assert(
      fc.property(mutatedJcard, (j) => wellFormed(fromJcard(j))),
      { numRuns: 150 },
    );
  });

  it("to* refuse arbitrary values with issues instead of throwing", () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const results = [toJcard(v), toVcard(v)];
        return results.every((r) => !r.ok && r.issues.length > 0);
      }),
      { numRuns: 200 },
    );
  });

  it("from* with arbitrary options", () => {
    const text = vcards[0] ?? "";
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), (options, defaults) =>
        [
          fromVcard(text, options as never),
          fromJcard(jcards[0], { focalPointDefaults: defaults } as never),
        ].every(wellFormed),
      ),
      { numRuns: 200 },
    );
  });
});

// Free text fields of a focal point, filled with any string (control characters and lone surrogates included).
const anyText = fc.string({ unit: "binary", minLength: 1, maxLength: 120 });
const generatedFocalPoint = fc
  .record({
    name: anyText,
    person: anyText,
    title: anyText,
    note: anyText,
    scheme: anyText,
    value: anyText,
    address: anyText,
    ext: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  })
  .map(({ name, person, title, note, scheme, value, address, ext }) => ({
    ...fullFocalPoint,
    institution: { ...fullFocalPoint.institution, name, identifier: { scheme, value } },
    contactPerson: { name: person, title },
    availability: { ...fullFocalPoint.availability, outOfHours: note },
    secureChannels: [{ type: "securePlatform" as const, address }],
    extensions: { "org.example.ngo": { ext } },
  }))
  .filter((doc) => validate(doc).ok);

describe("generated focal points round-trip (fast-check)", () => {
  it("through vCard text, equal except the reported losses, with every line within 75 octets", () => {
    fc.assert(
      fc.property(generatedFocalPoint, (doc) => {
        const v = toVcard(doc);
        if (!v.ok) return false;
        expect(vcardTextFaults(v.value)).toEqual([]);
        const back = fromVcard(v.value);
        if (!back.ok) return false;
        const [x, y] = exceptLosses(doc, back.value, v.losses);
        expect(y).toEqual(x);
        return true;
      }),
      { numRuns: 120 },
    );
  });

  it("through jCard exactly, with output the jCard schema accepts", () => {
    fc.assert(
      fc.property(generatedFocalPoint, (doc) => {
        const j = toJcard(doc);
        if (!j.ok || j.losses.length > 0 || !validateJcard(j.value)) return false;
        const back = fromJcard(JSON.parse(JSON.stringify(j.value)));
        expect(back.ok && back.value).toEqual(doc);
        return true;
      }),
      { numRuns: 120 },
    );
  });
});
