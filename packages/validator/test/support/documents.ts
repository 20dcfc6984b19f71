// Real documents to start from (the examples and the valid conformance fixtures), and fast-check arbitraries
// that change one field of one of them: the inputs a validator meets most often are almost right.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

export const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : [],
    );
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every example, then every valid conformance fixture, parsed. */
export const TEMPLATES: readonly Json[] = [
  ...jsonFiles(join(REPO_DIR, "examples")),
  ...jsonFiles(join(REPO_DIR, "packages", "conformance", "fixtures")).filter((f) => f.includes("/valid/")),
].map((f) => JSON.parse(readFileSync(f, "utf8")) as Json);

/** Paths (reference tokens) of every value inside a document, the root excluded. */
export function valuePaths(doc: Json, base: (string | number)[] = [], out: (string | number)[][] = []) {
  if (Array.isArray(doc))
    doc.forEach((v, i) => {
      out.push([...base, i]);
      valuePaths(v, [...base, i], out);
    });
  else if (doc !== null && typeof doc === "object")
    for (const [k, v] of Object.entries(doc)) {
      out.push([...base, k]);
      valuePaths(v, [...base, k], out);
    }
  return out;
}

/** The kinds of single-field change. */
export const MUTATIONS = [
  "replace", // any JSON value in place of the field
  "delete", // a required field may go
  "unknownProperty", // a property the standard does not define, next to the field
  "wrongType", // the same content as another JSON type
  "longString",
  "emptyString",
  "emptyContainer",
  "duplicateItem",
  "badCode", // a string that looks like a code but is not one
  "badDate",
  "number", // extreme numbers
] as const;
export type Mutation = (typeof MUTATIONS)[number];

const BAD_DATES = ["2026-02-30", "2026-13-01T00:00:00Z", "01/02/2026", "2026-1-1", "2026-03-03T25:00:00Z"];
const NUMBERS = [-0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, 1e-7];

const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => v as Json),
  fc.constantFrom(-1, 0, 1e308, -1e308, 0.5, 2 ** 53 + 2, "", " ", "\u0000", "\uD800", "null", "{}"),
);

/** One document changed in exactly one place, with the kind of change (for statistics). */
export const mutatedDocument: fc.Arbitrary<{ doc: Json; mutation: Mutation }> = fc
  .record({
    template: fc.constantFrom(...TEMPLATES),
    at: fc.nat(),
    mutation: fc.constantFrom(...MUTATIONS),
    value: replacement,
    key: fc.string({ minLength: 1, maxLength: 12 }),
    size: fc.integer({ min: 1, max: 300_000 }),
  })
  .map(({ template, at, mutation, value, key, size }) => {
    const doc = structuredClone(template);
    const paths = valuePaths(doc);
    const path = paths[at % paths.length] ?? [];
    const parent = path.slice(0, -1).reduce<Json>((n, t) => (n as Record<string, Json>)[t] as Json, doc) as
      | Json[]
      | Record<string, Json>;
    const last = path[path.length - 1] as string | number;
    const current = (parent as Record<string | number, Json>)[last] as Json;
    const put = (v: Json) => {
      (parent as Record<string | number, Json>)[last] = v;
    };
    switch (mutation) {
      case "replace":
        put(value);
        break;
      case "delete":
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
        break;
      case "unknownProperty":
        if (current !== null && typeof current === "object" && !Array.isArray(current))
          current[`x${key}`] = value;
        else if (!Array.isArray(parent)) parent[`x${key}`] = value;
        else put({ [`x${key}`]: value });
        break;
      case "wrongType":
        put(
          typeof current === "string"
            ? [current]
            : typeof current === "number" || typeof current === "boolean"
              ? String(current)
              : Array.isArray(current)
                ? { ...current }
                : current === null
                  ? false
                  : Object.values(current),
        );
        break;
      case "longString":
        put("x".repeat(size));
        break;
      case "emptyString":
        put("");
        break;
      case "emptyContainer":
        put(Array.isArray(current) ? [] : {});
        break;
      case "duplicateItem":
        if (Array.isArray(parent)) parent.push(structuredClone(current));
        else put([current, current]);
        break;
      case "badCode":
        put(`${typeof current === "string" ? current : "code"}X`);
        break;
      case "badDate":
        put(BAD_DATES[size % BAD_DATES.length] as string);
        break;
      case "number":
        put(NUMBERS[size % NUMBERS.length] as number);
        break;
      default: {
        const never: never = mutation;
        throw new Error(`unknown mutation ${String(never)}`);
      }
    }
    return { doc, mutation };
  });

/** A JSON text made invalid near a random offset: cut, a character dropped or inserted, or a doubled token. */
export const brokenJsonText: fc.Arbitrary<string> = fc
  .record({
    template: fc.constantFrom(...TEMPLATES),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    how: fc.constantFrom("cut", "drop", "insert", "trailingComma", "singleQuotes", "comment"),
    char: fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "\\", "\u0000", "\n", "x", "\uFEFF"),
    pretty: fc.boolean(),
  })
  .map(({ template, at, how, char, pretty }) => {
    const text = JSON.stringify(template, null, pretty ? 2 : undefined);
    const i = Math.floor(at * text.length);
    switch (how) {
      case "cut":
        return text.slice(0, i);
      case "drop":
        return text.slice(0, i) + text.slice(i + 1);
      case "insert":
        return text.slice(0, i) + char + text.slice(i);
      case "trailingComma":
        return text.replace(/([}\]])$/, ",$1");
      case "singleQuotes":
        return text.replace(/"/g, "'");
      default:
        return `// comment\n${text}`;
    }
  });
