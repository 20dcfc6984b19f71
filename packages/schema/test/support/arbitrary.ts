import fc from "fast-check";

/** The subset of JSON Schema 2020-12 that the committed Open TRM schemas use. */
export interface JsonSchema {
  readonly type?: "object" | "array" | "string" | "integer" | "number" | "boolean" | "null";
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly [keyword: string]: unknown;
}

/** Options of {@link arbitraryFromSchema}. */
export interface ArbitraryOptions {
  /** Largest number of items generated for an array, raised to `minItems` when that is larger (default: 3). */
  readonly maxArrayItems?: number;
  /** Largest number of code points generated for a string without a pattern (default: 24). */
  readonly maxStringLength?: number;
  /** Largest number of keys generated for an open map such as `extensions` (default: 2). */
  readonly maxMapKeys?: number;
  /** An optional property is left out once in `optionalFreq` objects (default: 2, so half of the time). */
  readonly optionalFreq?: number;
}

// Keywords that only annotate: they never change a verdict, so the generator ignores them.
const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "examples", "default", "deprecated"]);
const ASSERTIONS = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "minItems",
  "maxItems",
  "const",
  "enum",
  "pattern",
  "format",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
]);

/** Length in Unicode code points, as JSON Schema, Ajv and Zod count it (a lone surrogate counts as one). */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Whether `s` satisfies the length bounds of `schema`. */
export function withinLength(schema: JsonSchema, s: string): boolean {
  const n = codePointLength(s);
  return n >= (schema.minLength ?? 0) && n <= (schema.maxLength ?? Number.POSITIVE_INFINITY);
}

/** Removes `(?=...)` and `(?!...)` groups, which `fc.stringMatching` cannot generate; the result matches a superset. */
export function stripLookaheads(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (pattern.startsWith("(?=", i) || pattern.startsWith("(?!", i)) {
      let depth = 0;
      let inClass = false;
      for (; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === "\\") i++;
        else if (inClass) inClass = c !== "]";
        else if (c === "[") inClass = true;
        else if (c === "(") depth++;
        else if (c === ")" && --depth === 0) break;
      }
    } else {
      out += pattern[i];
    }
  }
  return out;
}

function stringFromPattern(pattern: string): fc.Arbitrary<string> {
  const re = new RegExp(pattern, "u");
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return fc.stringMatching(new RegExp(stripLookaheads(pattern))).filter((s) => re.test(s));
  }
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

// Fallbacks for a `format` without a `pattern` (the committed schemas always carry both).
const FORMAT_ARBITRARIES: Readonly<Record<string, () => fc.Arbitrary<string>>> = {
  date: () =>
    fc
      .date({
        min: new Date("0001-01-01T00:00:00Z"),
        max: new Date("9999-12-31T23:59:59Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
  "date-time": () =>
    fc
      .date({
        min: new Date("0001-01-01T00:00:00Z"),
        max: new Date("9999-12-31T23:59:59Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString()),
  email: () => fc.emailAddress(),
  uuid: () => fc.uuid(),
  duration: () => fc.tuple(fc.nat(99), fc.nat(11), fc.nat(30)).map(([y, m, d]) => `P${y}Y${m}M${d}D`),
  time: () =>
    fc
      .tuple(fc.nat(23), fc.nat(59), fc.nat(59))
      .map(([h, m, s]) => `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}Z`),
};

function stringArbitrary(schema: JsonSchema, opts: Required<ArbitraryOptions>): fc.Arbitrary<string> {
  const fits = (s: string) => withinLength(schema, s);
  const matches =
    schema.pattern === undefined ? () => true : RegExp.prototype.test.bind(new RegExp(schema.pattern, "u"));
  if (schema.format === "uuid") {
    // The nil and max UUIDs are valid too (RFC 9562); fc.uuid never produces them.
    return fc
      .oneof(
        { weight: 20, arbitrary: fc.uuid() },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
          ),
        },
      )
      .filter((s) => matches(s) && fits(s));
  }
  if (schema.pattern !== undefined) {
    return stringFromPattern(schema.pattern)
      .map((s) => (schema.maxLength !== undefined ? [...s].slice(0, schema.maxLength).join("") : s))
      .filter((s) => matches(s) && fits(s));
  }
  if (schema.format !== undefined) {
    const make = FORMAT_ARBITRARIES[schema.format];
    if (make === undefined)
      throw new Error(`arbitraryFromSchema: no generator for format "${schema.format}"`);
    return make().filter(fits);
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(
    minLength,
    Math.min(schema.maxLength ?? opts.maxStringLength, opts.maxStringLength),
  );
  // Mostly readable text, sometimes any code point (astral characters and lone surrogates included).
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ minLength, maxLength, unit: "grapheme-ascii" }) },
      { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: "binary" }) },
    )
    .filter(fits);
}

const ABSENT = Symbol("absent");

function objectArbitrary(
  schema: JsonSchema,
  opts: Required<ArbitraryOptions>,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  // Not fc.record: it keeps an optional key five times in six, which makes large documents slow to generate.
  const entries = Object.entries(properties).map(([name, sub]) => {
    const arb = arbitraryFromSchema(sub, opts);
    return [
      name,
      required.includes(name) ? arb : fc.option(arb, { nil: ABSENT, freq: opts.optionalFreq }),
    ] as const;
  });
  const fixed = fc.tuple(...entries.map(([, arb]) => arb)).map((values) => {
    const o: Record<string, unknown> = {};
    values.forEach((v, i) => {
      if (v !== ABSENT) o[(entries[i] as (typeof entries)[number])[0]] = v;
    });
    return o;
  });
  const extra = schema.additionalProperties;
  const hasProperties = Object.keys(properties).length > 0;
  if (typeof extra === "object" && hasProperties) {
    throw new Error("arbitraryFromSchema: properties together with an additionalProperties schema");
  }
  // Extra keys of an open object with known properties are left to the mutations.
  if (hasProperties || extra === false) return fixed;
  // An open map (such as `extensions`): keys from propertyNames, values from additionalProperties.
  const key =
    schema.propertyNames === undefined
      ? fc.string({ maxLength: 12 })
      : stringArbitrary(schema.propertyNames, opts);
  const value = typeof extra === "object" ? arbitraryFromSchema(extra, opts) : fc.jsonValue({ maxDepth: 2 });
  return fc.dictionary(key, value, { maxKeys: opts.maxMapKeys });
}

/**
 * Builds a fast-check arbitrary of JSON values that satisfy a JSON Schema of the subset our schemas use;
 * throws on any assertion keyword outside that subset, so the generator never silently ignores one.
 */
export function arbitraryFromSchema(
  schema: JsonSchema | boolean,
  options: ArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const opts: Required<ArbitraryOptions> = {
    maxArrayItems: 3,
    maxStringLength: 24,
    maxMapKeys: 2,
    optionalFreq: 2,
    ...options,
  };
  if (schema === true) return fc.jsonValue({ maxDepth: 2 });
  if (schema === false) throw new Error("arbitraryFromSchema: the false schema has no instances");
  const optionsKey = JSON.stringify(opts);
  let cache = CACHE.get(optionsKey);
  if (cache === undefined) {
    cache = new WeakMap();
    CACHE.set(optionsKey, cache);
  }
  let arb = cache.get(schema);
  if (arb === undefined) {
    arb = build(schema, opts);
    cache.set(schema, arb);
  }
  return arb;
}

// Arbitraries are immutable, so one per schema node (and options) is enough.
const CACHE = new Map<string, WeakMap<JsonSchema, fc.Arbitrary<unknown>>>();

function build(schema: JsonSchema, opts: Required<ArbitraryOptions>): fc.Arbitrary<unknown> {
  for (const k of Object.keys(schema)) {
    if (!ASSERTIONS.has(k) && !ANNOTATIONS.has(k) && !k.startsWith("x-")) {
      throw new Error(`arbitraryFromSchema: unsupported keyword "${k}"`);
    }
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case undefined:
      if (Object.keys(schema).every((k) => !ASSERTIONS.has(k))) return fc.jsonValue({ maxDepth: 2 });
      throw new Error("arbitraryFromSchema: a schema with assertions but no type");
    case "object":
      return objectArbitrary(schema, opts);
    case "array": {
      if (schema.items === undefined) throw new Error("arbitraryFromSchema: an array without items");
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(
        minLength,
        Math.min(schema.maxItems ?? opts.maxArrayItems, opts.maxArrayItems),
      );
      return fc.array(arbitraryFromSchema(schema.items, opts), { minLength, maxLength });
    }
    case "string":
      return stringArbitrary(schema, opts);
    case "integer":
      return fc.integer({
        min: schema.minimum ?? Number.MIN_SAFE_INTEGER,
        max: schema.maximum ?? Number.MAX_SAFE_INTEGER,
      });
    case "number":
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default: {
      const unknownType: never = schema.type;
      throw new Error(`arbitraryFromSchema: unsupported type ${JSON.stringify(unknownType)}`);
    }
  }
}
