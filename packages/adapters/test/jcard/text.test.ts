import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseContentLine } from "../../src/jcard/text/content-line.js";
import {
  decodeParamValue,
  encodeParamValue,
  escapeText,
  splitUnescaped,
  unescapeText,
} from "../../src/jcard/text/escape.js";
import { foldLine, unfold } from "../../src/jcard/text/fold.js";
import { isVcardSafe, scrub } from "../../src/jcard/text/safe.js";
import { formatValues, parseValues, valueIn, valueOut } from "../../src/jcard/text/values.js";
import { octets } from "./support.js";

describe("value escaping (RFC 6350 section 3.4)", () => {
  it.each([
    { given: "a\\b", want: "a\\\\b" },
    { given: "a,b", want: "a\\,b" },
    { given: "a;b", want: "a\\;b" },
    { given: "a\nb", want: "a\\nb" },
    { given: "plain: text", want: "plain: text" },
    { given: "\\n is not a newline", want: "\\\\n is not a newline" },
  ])("escapes $given", ({ given, want }) => {
    expect(escapeText(given)).toBe(want);
    expect(unescapeText(want)).toBe(given);
  });

  it.each([
    { given: "a\\Nb", want: "a\nb" },
    { given: "a\\:b", want: "a\\:b" },
    { given: "trailing\\", want: "trailing\\" },
  ])("unescapes $given leniently", ({ given, want }) => {
    expect(unescapeText(given)).toBe(want);
  });

  it("splits only at unescaped separators", () => {
    expect(splitUnescaped("a\\,b,c\\\\,d", ",")).toEqual(["a\\,b", "c\\\\", "d"]);
    expect(splitUnescaped(";;x", ";")).toEqual(["", "", "x"]);
  });

  it("unescape(escape(s)) is s for any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => unescapeText(escapeText(s)) === s));
  });
});

describe("parameter values (RFC 6350 section 5, RFC 6868)", () => {
  it.each([
    { given: "plain", want: "plain" },
    { given: "a,b", want: '"a,b"' },
    { given: "x:y;z", want: '"x:y;z"' },
    { given: 'say "hi"', want: "say ^'hi^'" },
    { given: "two\nlines", want: "two^nlines" },
    { given: "caret^", want: "caret^^" },
    { given: "", want: "" },
  ])("encodes $given", ({ given, want }) => {
    expect(encodeParamValue(given)).toBe(want);
  });

  it("decodes what it encodes, through a content line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }).filter(isVcardSafe), (s) => {
        const line = parseContentLine(`X-A;X-P=${encodeParamValue(s)}:v`);
        return typeof line === "object" && line.params[0]?.[1][0] === s;
      }),
    );
  });

  it("keeps a caret before other characters", () => {
    expect(decodeParamValue("^x^^^n")).toBe("^x^\n");
  });
});

describe("folding (RFC 6350 section 3.2)", () => {
  it("leaves a 75-octet line alone and folds a 76-octet one", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it.each([
    { name: "2-octet", ch: "é" },
    { name: "3-octet", ch: "€" },
    { name: "4-octet", ch: "😀" },
    { name: "Cyrillic", ch: "Ж" },
  ])("never splits a $name character", ({ ch }) => {
    for (let prefix = 0; prefix < 8; prefix++) {
      const line = "N".repeat(prefix) + ch.repeat(60);
      const physical = foldLine(line).split("\r\n");
      for (const p of physical) {
        expect(octets(p)).toBeLessThanOrEqual(75);
        expect(p).not.toMatch(/\ufffd/);
        expect(Buffer.from(p, "utf8").toString("utf8")).toBe(p);
      }
      expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    }
  });

  it("unfold(fold(line)) is the line, for any line", () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: "grapheme", minLength: 1, maxLength: 400 })
          .filter((s) => isVcardSafe(s) && !/[\r\n]/.test(s) && !/^[ \t]/.test(s)),
        (s) => {
          const folded = foldLine(s);
          const lines = folded.split("\r\n");
          const u = unfold(`${folded}\r\n`);
          return (
            lines.every((l) => octets(l) <= 75) && u.ok && u.lines.length === 1 && u.lines[0]?.text === s
          );
        },
      ),
    );
  });

  it.each([
    {
      given: "A:1\r\n B\r\nC:2\r\n",
      want: [
        { text: "A:1B", line: 1 },
        { text: "C:2", line: 3 },
      ],
    },
    {
      given: "A:1\n\tB\nC:2",
      want: [
        { text: "A:1B", line: 1 },
        { text: "C:2", line: 3 },
      ],
    },
    {
      given: "A:1\r\n\r\nC:2\r\n",
      want: [
        { text: "A:1", line: 1 },
        { text: "C:2", line: 3 },
      ],
    },
  ])("unfolds $given", ({ given, want }) => {
    expect(unfold(given)).toEqual({ ok: true, lines: want });
  });

  it.each([
    { given: " A:1\r\n", line: 1 },
    { given: "A:1\r\n\r\n B\r\n", line: 3 },
    { given: "A:1\rB:2\r\n", line: 1 },
  ])("refuses $given at line $line", ({ given, line }) => {
    expect(unfold(given)).toMatchObject({ ok: false, line });
  });
});

describe("content lines (RFC 6350 section 3.3)", () => {
  it.each([
    { given: "FN:Example", want: { group: undefined, name: "FN", params: [], value: "Example" } },
    {
      given: "item1.tel;type=voice,cell:tel:+44",
      want: { group: "item1", name: "TEL", params: [["TYPE", ["voice", "cell"]]], value: "tel:+44" },
    },
    {
      given: 'X-A;X-P="a:b;c,d",e:v:w',
      want: { group: undefined, name: "X-A", params: [["X-P", ["a:b;c,d", "e"]]], value: "v:w" },
    },
    {
      given: "NOTE;LANGUAGE=en:",
      want: { group: undefined, name: "NOTE", params: [["LANGUAGE", ["en"]]], value: "" },
    },
  ])("splits $given", ({ given, want }) => {
    expect(parseContentLine(given)).toEqual(want);
  });

  it.each([":x", "FN", "TEL;WORK;VOICE:+44", 'X;P="open:v', "item1.:x", "FN x:y"])("refuses %j", (given) => {
    expect(typeof parseContentLine(given)).toBe("string");
  });
});

describe("value types between vCard and jCard (RFC 7095 section 3.5)", () => {
  it.each([
    { type: "date", vcard: "19850412", jcard: "1985-04-12" },
    { type: "date", vcard: "1985-04", jcard: "1985-04" },
    { type: "date", vcard: "--0412", jcard: "--04-12" },
    { type: "date", vcard: "---12", jcard: "---12" },
    { type: "time", vcard: "102200", jcard: "10:22:00" },
    { type: "time", vcard: "1022", jcard: "10:22" },
    { type: "time", vcard: "-2200", jcard: "-22:00" },
    { type: "time", vcard: "102200-0500", jcard: "10:22:00-05:00" },
    { type: "date-time", vcard: "19961022T140000Z", jcard: "1996-10-22T14:00:00Z" },
    { type: "date-time", vcard: "--1022T1400", jcard: "--10-22T14:00" },
    { type: "timestamp", vcard: "19961022T140000+0200", jcard: "1996-10-22T14:00:00+02:00" },
    { type: "date-and-or-time", vcard: "T102200Z", jcard: "T10:22:00Z" },
    { type: "utc-offset", vcard: "-0500", jcard: "-05:00" },
    { type: "boolean", vcard: "TRUE", jcard: true },
    { type: "integer", vcard: "-42", jcard: -42 },
    { type: "float", vcard: "1.5", jcard: 1.5 },
    { type: "text", vcard: "a\\,b", jcard: "a,b" },
    { type: "uri", vcard: "https://example.org/a,b", jcard: "https://example.org/a,b" },
  ] as const)("$type: $vcard <-> $jcard", ({ type, vcard, jcard }) => {
    expect(valueIn(vcard, type)).toEqual(jcard);
    expect(valueOut(jcard, type)).toBe(vcard);
  });

  it.each([
    { raw: "a,b\\,c", type: "text", shape: "multi", want: ["a", "b,c"] },
    {
      raw: "Corp\\;Inc;Unit,Team",
      type: "text",
      shape: "structured",
      want: [["Corp;Inc", ["Unit", "Team"]]],
    },
    { raw: "Only", type: "text", shape: "structured", want: ["Only"] },
    { raw: "a,b", type: "text", shape: "single", want: ["a,b"] },
    { raw: "a\\,b", type: "unknown", shape: "single", want: ["a\\,b"] },
  ] as const)("parses $raw as $shape", ({ raw, type, shape, want }) => {
    expect(parseValues(raw, type, shape)).toEqual(want);
    expect(formatValues(parseValues(raw, type, shape), type)).toBe(
      shape === "single" && type === "text" ? "a\\,b" : raw,
    );
  });
});

describe("characters vCard text cannot hold (RFC 6350 section 3.3)", () => {
  it.each([
    { given: "tab\tand\nnewline are fine", safe: true },
    { given: "bell\u0007", safe: false },
    { given: "cr\r", safe: false },
    { given: "del\u007f", safe: false },
    { given: "lone \ud800 surrogate", safe: false },
    { given: "pair 😀 fine", safe: true },
  ])("$given is safe: $safe", ({ given, safe }) => {
    expect(isVcardSafe(given)).toBe(safe);
    expect(isVcardSafe(scrub(given))).toBe(true);
    expect(scrub(given) === given).toBe(safe);
  });
});
