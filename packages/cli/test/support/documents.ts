// Documents for CLI properties: the examples as templates, single-field changes of them, and junk lines.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { REPO_DIR } from "./trm.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : [],
    );
}

/** Every example document, parsed; all of them are valid. */
export const EXAMPLES: readonly Json[] = jsonFiles(join(REPO_DIR, "examples")).map(
  (f) => JSON.parse(readFileSync(f, "utf8")) as Json,
);

function paths(doc: Json, base: (string | number)[] = [], out: (string | number)[][] = []) {
  if (doc !== null && typeof doc === "object")
    for (const [k, v] of Object.entries(doc)) {
      const p = [...base, Array.isArray(doc) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  return out;
}

/** An example with one value replaced, removed, or given an unknown sibling property. */
export const mutatedExample: fc.Arbitrary<Json> = fc
  .record({
    doc: fc.constantFrom(...EXAMPLES),
    at: fc.nat(),
    how: fc.constantFrom("replace", "delete", "unknown"),
    value: fc.jsonValue({ maxDepth: 2 }).map((v) => v as Json),
  })
  .map(({ doc, at, how, value }) => {
    const copy = structuredClone(doc);
    const all = paths(copy);
    const path = all[at % all.length] ?? [];
    const parent = path.slice(0, -1).reduce<Json>((n, t) => (n as Record<string, Json>)[t] as Json, copy) as
      | Json[]
      | Record<string, Json>;
    const last = path[path.length - 1] as string | number;
    if (how === "delete") {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (how === "unknown" && !Array.isArray(parent)) parent[`unknown${String(last)}`] = value;
    else (parent as Record<string | number, Json>)[last] = value;
    return copy;
  });

/** A JSON text broken at a random place. */
export const brokenJson: fc.Arbitrary<string> = fc
  .record({
    doc: fc.constantFrom(...EXAMPLES),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    insert: fc.constantFrom("", "{", "]", ",", '"', "\\", "\u0000", "x"),
  })
  .map(({ doc, at, insert }) => {
    const text = JSON.stringify(doc);
    const i = Math.floor(at * text.length);
    return text.slice(0, i) + insert + text.slice(i + (insert === "" ? 1 : 0));
  });

/** One NDJSON line: never contains a line break, may be blank, junk, or any JSON value. */
export const ndjsonLine: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...EXAMPLES).map((d) => JSON.stringify(d)) },
    { weight: 4, arbitrary: mutatedExample.map((d) => JSON.stringify(d)) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? "null") },
    { weight: 2, arbitrary: brokenJson },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        "   ",
        "\t",
        "[]",
        "{}",
        "[{}]",
        "\uFEFF{}",
        "\uFEFF",
        "\u00A0",
        " \u2028 ",
      ),
    },
  )
  .map((line) => line.replace(/[\r\n]/g, " "));
