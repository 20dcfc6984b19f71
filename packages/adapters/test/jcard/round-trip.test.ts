import { describe, expect, it } from "vitest";
import { isCarried, leaves } from "../../src/jcard/coverage.js";
import { fromJcard, fromVcard, type Jcard, toJcard, toVcard } from "../../src/jcard/index.js";
import { getAt } from "../../src/jcard/pointer.js";
import { parseVcardText } from "../../src/jcard/text/parse.js";
import { stringifyVcards } from "../../src/jcard/text/stringify.js";
import { allExamples, exceptLosses, fullFocalPoint } from "./support.js";

const cases = [...allExamples, { name: "full focal point fixture", doc: fullFocalPoint }];

const cardsOf = (v: Jcard | Jcard[]): Jcard[] => (v[0] === "vcard" ? [v as Jcard] : (v as Jcard[]));

describe.each(cases)("$name", ({ doc }) => {
  it("fromJcard(toJcard(x)) equals x and nothing is lost", () => {
    const out = toJcard(doc);
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    expect(out.losses).toEqual([]);
    const back = fromJcard(out.value);
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.value).toEqual(doc);
    expect(back.losses).toEqual([]);
  });

  it("fromVcard(toVcard(x)) equals x and nothing is lost", () => {
    const out = toVcard(doc);
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    expect(out.losses).toEqual([]);
    const back = fromVcard(out.value);
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.value).toEqual(doc);
    expect(back.losses).toEqual([]);
  });

  it("carries every leaf: each is in a mapping table row and comes back at its own pointer", () => {
    const out = toVcard(doc);
    const back = out.ok ? fromVcard(out.value) : out;
    if (!back.ok) throw new Error("round trip failed");
    for (const leaf of leaves(doc)) {
      expect(isCarried(leaf.pointer, doc.documentType), leaf.pointer).toBe(true);
      expect(getAt(back.value, leaf.pointer), leaf.pointer).toEqual(leaf.value);
    }
  });

  it("vCard text and jCard are the same cards (RFC 7095 sections 3 and 4)", () => {
    const j = toJcard(doc);
    const v = toVcard(doc);
    if (!j.ok || !v.ok) throw new Error("conversion failed");
    expect(stringifyVcards(cardsOf(j.value))).toBe(v.value);
    const parsed = parseVcardText(v.value);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.cards.map((c) => c.jcard)).toEqual(cardsOf(j.value));
  });

  it("reads jCard properties typed `unknown` (raw vCard text, RFC 7095 section 5) like typed ones", () => {
    const j = toJcard(doc);
    if (!j.ok) throw new Error("conversion failed");
    const raw = cardsOf(j.value).map(([, props]): Jcard => {
      const text = stringifyVcards([["vcard", props]]);
      const back = parseVcardText(text.replace(/;VALUE=[a-z-]+/g, ""));
      if (!back.ok) throw new Error("parse failed");
      // Every X-OPENTRM property becomes the raw text a converter that does not know it would give.
      return [
        "vcard",
        (back.cards[0]?.jcard[1] ?? []).map((p, i) =>
          p[0].startsWith("x-opentrm-") ? [p[0], p[1], "unknown", rawValue(text, i)] : p,
        ),
      ];
    });
    const back = fromJcard(raw.length === 1 ? raw[0] : raw);
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.value).toEqual(doc);
  });
});

/** The raw (escaped, unfolded) value text of the i-th property of a one-card vCard text. */
function rawValue(text: string, i: number): string {
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .slice(1, -2);
  const line = lines[i] ?? "";
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    if (line[k] === '"') quoted = !quoted;
    else if (line[k] === ":" && !quoted) return line.slice(k + 1);
  }
  return "";
}

describe("losses of the input", () => {
  it("reports an empty contact person, which no property carries", () => {
    const doc = { ...allExamples[0]?.doc, contactPerson: {} };
    const r = toVcard(doc);
    expect(r.ok && r.losses).toEqual([
      { pointer: "/contactPerson", reason: "no vCard property carries this field" },
    ]);
    const back = r.ok ? fromVcard(r.value) : r;
    if (!back.ok) throw new Error("read failed");
    const [x, y] = exceptLosses(doc, back.value, r.ok ? r.losses : []);
    expect({ ...(y as object), contactPerson: "<lost>" }).toEqual(x);
  });

  it("reports text vCard cannot hold and writes U+FFFD, but keeps it in jCard", () => {
    const doc = {
      ...fullFocalPoint,
      institution: { ...fullFocalPoint.institution, name: "Bad\u0007name\r" },
    };
    const v = toVcard(doc);
    if (!v.ok) throw new Error("conversion failed");
    expect(v.losses.map((l) => l.pointer)).toEqual(["/institution/name"]);
    const back = fromVcard(v.value);
    expect(back.ok && getAt(back.value, "/institution/name")).toBe("Bad\ufffdname\ufffd");
    const j = toJcard(doc);
    expect(j.ok && j.losses).toEqual([]);
    const jb = j.ok ? fromJcard(j.value) : j;
    expect(jb.ok && jb.value).toEqual(doc);
  });

  it("keeps control characters inside extensions, which travel as escaped JSON", () => {
    const doc = { ...fullFocalPoint, extensions: { "org.example.ngo": { text: "bell\u0007 del\u007f" } } };
    const v = toVcard(doc);
    expect(v.ok && v.losses).toEqual([]);
    const back = v.ok ? fromVcard(v.value) : v;
    expect(back.ok && back.value).toEqual(doc);
  });
});
