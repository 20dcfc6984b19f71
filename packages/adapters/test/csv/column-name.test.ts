import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cellPath,
  columnName,
  escapeToken,
  parseColumnName,
  pointerOf,
  pointerTokens,
  tokenEscapes,
} from "../../src/csv/column-name.js";

describe("column names", () => {
  it.each(tokenEscapes)("escapes $char as $written and back", ({ char, written }) => {
    expect(escapeToken(`a${char}b`)).toBe(`a${written}b`);
    expect(parseColumnName(`x.a${written}b`)).toEqual(["x", `a${char}b`]);
  });

  it.each([
    { path: ["documentType"], want: "documentType" },
    { path: ["person", "languages", 0, "tag"], want: "person.languages.0.tag" },
    {
      path: ["extensions", "org.example.ngo", "bedsForBoys"],
      want: "extensions.org~2example~2ngo.bedsForBoys",
    },
    { path: ["extensions", "si", "a/b~c"], want: "extensions.si.a~1b~0c" },
    { path: ["extensions", "si", ""], want: "extensions.si." },
    { path: ["extensions", "si", "~2"], want: "extensions.si.~02" },
  ])("$path is written $want", ({ path, want }) => {
    expect(columnName(path)).toBe(want);
    expect(parseColumnName(want)).toEqual(path.map(String));
  });

  it.each(["a.~", "a.~3", "~x", "x~"])("refuses the malformed escape in %s", (name) => {
    expect(parseColumnName(name)).toBeUndefined();
  });

  it("round-trips any path of keys", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 6 }), (keys) => {
        expect(parseColumnName(columnName(keys))).toEqual(keys);
      }),
    );
  });

  it("is the JSON Pointer written with dots, RFC 6901 escapes kept", () => {
    const key = fc.string().map((s) => s.replace(/\./g, ""));
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 6 }), (keys) => {
        expect(columnName(keys)).toBe(pointerOf(keys).slice(1).split("/").join("."));
        expect(pointerTokens(pointerOf(keys))).toEqual(keys);
      }),
    );
  });

  it.each([
    { args: [0, "documentType"] as const, want: "/rows/0/documentType" },
    { args: [3, "a/b"] as const, want: "/rows/3/a~1b" },
    { args: [2, undefined] as const, want: "/rows/2" },
    {
      args: [1, "#focalPoints", "focalPoints.phones"] as const,
      want: "/focalPoints.phones/rows/1/#focalPoints",
    },
  ])("cell $args is at $want", ({ args, want }) => {
    expect(cellPath(...(args as unknown as [number, string?, string?]))).toBe(want);
  });
});
