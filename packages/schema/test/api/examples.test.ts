import { createHash, createPublicKey, verify } from "node:crypto";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { apiSchemas } from "../../src/api/index.js";
import { documentComponents } from "../../src/api/openapi/components.js";
import { deref, type Json, OPENAPI_ID, openApiAjv, openapi, operations } from "./support.js";

const ajv = openApiAjv();
const zodOf = (name: string): z.ZodType =>
  (apiSchemas as Record<string, z.ZodType>)[name] ??
  documentComponents[name as keyof typeof documentComponents].schema;

interface Case {
  where: string;
  name: string;
  component: string;
  schema: string;
  value: unknown;
}

// Every example of every request body and response, with the component schema of its media type.
const cases: Case[] = [];
for (const { path, method, op } of operations()) {
  const bodies: [string, Json | undefined][] = [["request", deref(op.requestBody)]];
  for (const [status, r] of Object.entries(op.responses as Json)) bodies.push([status, deref(r)]);
  for (const [where, body] of bodies) {
    for (const media of Object.values((body?.content as Json) ?? {}) as Json[]) {
      const ref = (media.schema as { $ref?: string }).$ref;
      for (const [name, e] of Object.entries((media.examples as Json) ?? {})) {
        if (!ref) throw new Error(`${method} ${path} ${where}: example without a component schema`);
        const component =
          String((e as { $ref?: string }).$ref ?? name)
            .split("/")
            .pop() ?? name;
        const schema = ref.split("/").pop() ?? "";
        cases.push({
          where: `${method.toUpperCase()} ${path} ${where}`,
          name,
          component,
          schema,
          value: deref(e).value,
        });
      }
    }
  }
}
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
const ajvOf = (schema: string) => {
  let v = validators.get(schema);
  if (!v) {
    v = ajv.compile({ $ref: `${OPENAPI_ID}#/components/schemas/${schema}` });
    validators.set(schema, v);
  }
  return v;
};

describe("examples of the OpenAPI document", () => {
  test("every operation with a JSON body shows at least one example, and every example is used", () => {
    const used = new Set(cases.map((c) => c.component));
    const declared = Object.keys((openapi.components as Json).examples as Json);
    expect(declared.filter((n) => !used.has(n))).toEqual([]);
    expect(cases.length).toBeGreaterThan(60);
  });

  test.each(cases.map((c) => [`${c.where} ${c.name} (${c.schema})`, c] as const))(
    "%s validates with Ajv 2020 and with Zod",
    (_name, c) => {
      const validate = ajvOf(c.schema);
      expect(validate(c.value), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(zodOf(c.schema).safeParse(c.value).success).toBe(true);
    },
  );

  test("an unknown member or a missing required member makes an example invalid for both validators", () => {
    for (const c of cases) {
      if (typeof c.value !== "object" || c.value === null || c.schema === "TransitionRequest") continue;
      const extra = { ...(c.value as Json), unexpectedMember: 1 };
      expect(ajvOf(c.schema)(extra), `${c.where} ${c.name}`).toBe(false);
      expect(zodOf(c.schema).safeParse(extra).success).toBe(false);
      const [first] = Object.keys(c.value as Json);
      const { [first ?? ""]: _dropped, ...missing } = c.value as Json;
      expect(ajvOf(c.schema)(missing), `${c.where} ${c.name}`).toBe(false);
      expect(zodOf(c.schema).safeParse(missing).success).toBe(false);
    }
  });

  test("record examples carry a real ETag and a signature that verifies with the example JWKS", () => {
    const examples = (openapi.components as Json).examples as Json;
    const [jwk] = (deref(examples.jwks).value as { keys: Json[] }).keys;
    const key = createPublicKey({ key: { kty: jwk?.kty, crv: jwk?.crv, x: jwk?.x } as never, format: "jwk" });
    // RFC 8785 for documents of strings, integers, booleans and nulls: members sorted, nothing else changes.
    const canonical = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(canonical).join(",")}]`
        : typeof v === "object" && v !== null
          ? `{${Object.keys(v)
              .sort()
              .map((k) => `${JSON.stringify(k)}:${canonical((v as Json)[k])}`)
              .join(",")}}`
          : JSON.stringify(v);
    const records = cases.filter((c) => c.schema === "ReferralRecord" || c.schema === "ConsentRecord");
    expect(records.length).toBeGreaterThanOrEqual(4);
    for (const { value } of records) {
      const { document, etag, signature } = value as { document: Json; etag: string; signature: string };
      const digest = createHash("sha256").update(canonical(document)).digest("base64url");
      expect(etag).toBe(`"${digest.slice(0, 22)}"`);
      const [header, sig] = signature.split("..");
      expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString())).toEqual({
        alg: "EdDSA",
        kid: jwk?.kid,
      });
      const input = `${header}.${Buffer.from(canonical(document)).toString("base64url")}`;
      expect(verify(null, Buffer.from(input), key, Buffer.from(sig ?? "", "base64url"))).toBe(true);
      const tampered = `${header}.${Buffer.from(canonical({ ...document, status: "x" })).toString("base64url")}`;
      expect(verify(null, Buffer.from(tampered), key, Buffer.from(sig ?? "", "base64url"))).toBe(false);
    }
  });
});

// One-field mutations of the API examples: the Zod source and the published JSON Schema must agree.
const apiCases = cases.filter((c) => c.schema in apiSchemas);
const leafPaths = (v: unknown, at: string[] = []): string[][] => {
  if (typeof v !== "object" || v === null) return [at];
  const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
  return [at, ...keys.flatMap((k) => leafPaths((v as Json)[k], [...at, k]))];
};
const setAt = (v: unknown, path: string[], value: unknown): unknown => {
  if (path.length === 0) return value;
  const [head = "", ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as Json) }) as Json;
  copy[head] = setAt(copy[head], rest, value);
  if (value === undefined && rest.length === 0) delete copy[head];
  return copy;
};

describe("Zod and Ajv agree on the API bodies", () => {
  test("on single-field mutations of every API example", () => {
    const replacement = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -5, max: 1000 }),
      fc.double(),
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        "sent",
        "withdrawn",
        "admin",
        "EdDSA",
        "1.0",
        "2026-05-06T07:00:00Z",
        "2026-05-06T07:00:00+02:00",
      ),
      fc.constantFrom(
        "00000000-0000-4000-8000-000000005301",
        '"AAAAAAAAAAAAAAAAAAAAAA"',
        "a..b",
        "urn:open-trm:node:x",
      ),
      fc.constant([]),
      fc.constant({}),
    );
    const arb = fc
      .constantFrom(...apiCases)
      .chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...leafPaths(c.value)), replacement));
    let rejected = 0;
    fc.assert(
      fc.property(arb, ([c, path, value]) => {
        const mutated = setAt(c.value, path, value);
        const zod = zodOf(c.schema).safeParse(mutated).success;
        expect(ajvOf(c.schema)(mutated)).toBe(zod);
        if (!zod) rejected++;
      }),
      { numRuns: 1500 },
    );
    // The mix must exercise both verdicts, or the agreement means little.
    expect(rejected).toBeGreaterThan(300);
    expect(rejected).toBeLessThan(1500);
  });
});
