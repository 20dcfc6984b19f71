import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ClientError, canonicalJson, canonicalJsonBytes } from "../../src/index.js";

// RFC 8785 section 3.2.2: the sample input and its canonical form.
const rfcInput = String.raw`{
  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
  "literals": [null, true, false]
}`;
const rfcOutput = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
// RFC 8785 section 3.2.4: the UTF-8 bytes of that output.
const rfcOutputHex =
  "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e756d62657273223a5b333333333333333333" +
  "2e333333333333332c31652b33302c342e352c302e3030322c31652d32375d2c22737472696e67223a22e282ac245c753030" +
  "30665c6e4127425c225c5c5c5c5c222f227d";

// RFC 8785 Appendix B: IEEE 754 bit patterns and their serialisation.
const appendixB: [string, string][] = [
  ["0000000000000000", "0"],
  ["8000000000000000", "0"],
  ["0000000000000001", "5e-324"],
  ["8000000000000001", "-5e-324"],
  ["7fefffffffffffff", "1.7976931348623157e+308"],
  ["ffefffffffffffff", "-1.7976931348623157e+308"],
  ["4340000000000000", "9007199254740992"],
  ["c340000000000000", "-9007199254740992"],
  ["4430000000000000", "295147905179352830000"],
  ["44b52d02c7e14af5", "9.999999999999997e+22"],
  ["44b52d02c7e14af6", "1e+23"],
  ["44b52d02c7e14af7", "1.0000000000000001e+23"],
  ["444b1ae4d6e2ef4e", "999999999999999700000"],
  ["444b1ae4d6e2ef4f", "999999999999999900000"],
  ["444b1ae4d6e2ef50", "1e+21"],
  ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
  ["3eb0c6f7a0b5ed8d", "0.000001"],
  ["41b3de4355555553", "333333333.3333332"],
  ["41b3de4355555554", "333333333.33333325"],
  ["41b3de4355555555", "333333333.3333333"],
  ["41b3de4355555556", "333333333.3333334"],
  ["41b3de4355555557", "333333333.33333343"],
  ["becbf647612f3696", "-0.0000033333333333333333"],
  ["43143ff3c1cb0959", "1424953923781206.2"],
];
const fromBits = (hex: string) => Buffer.from(hex, "hex").readDoubleBE(0);

function rejects(value: unknown): string {
  try {
    canonicalJson(value);
  } catch (e) {
    expect(e).toBeInstanceOf(ClientError);
    expect((e as ClientError).code).toBe("NOT_JSON");
    return (e as Error).message;
  }
  throw new Error("expected canonicalJson to reject the value");
}

describe("canonicalJson (RFC 8785)", () => {
  test("section 3.2.2 sample: whitespace removed, members sorted, numbers and strings serialised", () => {
    expect(canonicalJson(JSON.parse(rfcInput))).toBe(rfcOutput);
  });

  test("section 3.2.4: the canonical form is UTF-8", () => {
    expect(Buffer.from(canonicalJsonBytes(JSON.parse(rfcInput))).toString("hex")).toBe(rfcOutputHex);
  });

  test("section 3.2.3: members are sorted by UTF-16 code units, not code points", () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    // Integer-like names sort first in a parsed JS object, so compare the text itself.
    expect(canonicalJson(JSON.parse(input))).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  test.each(appendixB)("Appendix B: %s serialises as %s", (bits, want) => {
    expect(canonicalJson(fromBits(bits))).toBe(want);
    expect(canonicalJson([fromBits(bits)])).toBe(`[${want}]`);
  });

  test.each([
    ["NaN (Appendix B 7fffffffffffffff)", fromBits("7fffffffffffffff")],
    ["Infinity (Appendix B 7ff0000000000000)", fromBits("7ff0000000000000")],
    ["-Infinity", Number.NEGATIVE_INFINITY],
  ])("rejects %s", (_name, n) => {
    expect(rejects({ a: [1, n] })).toBe(
      "canonicalJson: /a/1 is not a finite number (RFC 8785 section 3.2.2.3)",
    );
  });

  test.each([
    ["undefined", { a: undefined }, "/a"],
    ["a function", { a: () => 1 }, "/a"],
    ["a bigint", [1n], "/0"],
    ["a symbol", Symbol("s"), ""],
    ["a Date", { at: new Date(0) }, "/at"],
    ["a Map", new Map(), ""],
    // biome-ignore lint/suspicious/noSparseArray: the hole is what this case checks.
    ["an array hole", [1, , 3], "/1"],
    ["a lone surrogate in a value", { s: "\ud800x" }, "/s"],
    ["a lone surrogate in a name", { "\udc00": 1 }, "/\udc00"],
  ])("rejects %s and names the path, never the value", (_name, value, path) => {
    const message = rejects(value);
    expect(message).toContain(path === "" ? "the value" : path);
    expect(message).not.toContain("x");
  });

  test("rejects cycles", () => {
    const a: Record<string, unknown> = { b: 1 };
    a.self = a;
    expect(rejects(a)).toBe("canonicalJson: /self is a cycle");
  });

  test("escapes slashes and tildes of member names in error paths (RFC 6901)", () => {
    expect(rejects({ "a/b~c": Number.NaN })).toContain("/a~1b~0c ");
  });

  test("the same object may appear twice when it is not a cycle", () => {
    const shared = { z: 1, a: 2 };
    expect(canonicalJson({ y: shared, x: shared })).toBe('{"x":{"a":2,"z":1},"y":{"a":2,"z":1}}');
  });

  test("objects without a prototype are plain JSON objects", () => {
    const o = Object.create(null) as Record<string, unknown>;
    o.b = true;
    o.a = null;
    expect(canonicalJson(o)).toBe('{"a":null,"b":true}');
  });
});

describe("canonicalJson properties", () => {
  // JSON has no negative zero: -0 serialises as 0 (RFC 8785 Appendix B), so it reads back as 0.
  const positiveZero = (v: unknown): unknown =>
    Object.is(v, -0)
      ? 0
      : Array.isArray(v)
        ? v.map(positiveZero)
        : typeof v === "object" && v !== null
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, positiveZero(x)]))
          : v;

  test("parsing the canonical form gives back the value, and canonicalisation is idempotent", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toStrictEqual(positiveZero(value));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test("the order members were written in does not change the canonical form", () => {
    const reversed = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(reversed);
      if (typeof v !== "object" || v === null) return v;
      return Object.fromEntries(
        Object.entries(v)
          .reverse()
          .map(([k, x]) => [k, reversed(x)]),
      );
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reversed(value))).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });

  test("the canonical form has no insignificant whitespace and members in UTF-16 code-unit order", () => {
    // An independent comparison by code units, rather than the default sort the implementation uses.
    const before = (a: string, b: string) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) < b.charCodeAt(i);
      }
      return a.length < b.length;
    };
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "grapheme" }), fc.integer()), (dict) => {
        const text = canonicalJson(dict);
        const names = [...text.matchAll(/"((?:[^"\\]|\\.)*)":-?\d+/g)].map((m) => JSON.parse(`"${m[1]}"`));
        expect(names.length).toBe(Object.keys(dict).length);
        for (let i = 1; i < names.length; i++) expect(before(names[i - 1], names[i])).toBe(true);
        expect(text.replace(/"(?:[^"\\]|\\.)*"/g, "")).not.toMatch(/\s/);
      }),
      { numRuns: 300 },
    );
  });
});
