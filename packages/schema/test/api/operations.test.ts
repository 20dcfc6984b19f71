import { describe, expect, test } from "vitest";
import { problemTypes, problemTypeUri } from "../../src/api/index.js";
import { deref, type Json, openapi, operations } from "./support.js";

// The resources of the exchange API contract (issue 7), by method and path.
const contract: [string, string, string, "public" | "token"][] = [
  ["get", "/", "getNode", "public"],
  ["get", "/openapi.json", "getOpenApi", "public"],
  ["get", "/.well-known/jwks.json", "getJwks", "public"],
  ["post", "/referrals", "sendReferral", "token"],
  ["get", "/referrals", "listReferrals", "token"],
  ["get", "/referrals/{id}", "getReferral", "token"],
  ["post", "/referrals/{id}/transitions", "transitionReferral", "token"],
  ["post", "/consents", "postConsent", "token"],
  ["get", "/consents/{id}", "getConsent", "token"],
  ["post", "/consents/{id}/events", "addConsentEvent", "token"],
  ["get", "/focal-points", "getDirectory", "token"],
  ["put", "/focal-points", "putDirectory", "token"],
  ["get", "/focal-points/{id}", "getFocalPoint", "token"],
  ["put", "/focal-points/{id}", "putFocalPoint", "token"],
  ["get", "/events", "listEvents", "token"],
  ["get", "/audit", "listAudit", "token"],
];

const all = operations();
const problemResponses = (op: Json) =>
  Object.entries(op.responses as Json)
    .filter(([status]) => /^[45]\d\d$/.test(status))
    .map(([status, r]) => ({ status: Number(status), response: deref(r) }));

describe("operations", () => {
  test("the document has exactly the operations of the contract", () => {
    const got = all.map(({ method, path, op }) => [method, path, op.operationId]).sort();
    expect(got).toEqual(contract.map(([m, p, id]) => [m, p, id]).sort());
    expect(openapi.openapi).toMatch(/^3\.1\.\d+$/);
  });

  test.each(all.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    "%s has an operationId, a summary, a description, a tag, security and a 4xx problem",
    (_name, { path, method, op }) => {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(String(op.summary).length).toBeGreaterThan(5);
      expect(String(op.description).length).toBeGreaterThan(20);
      expect(op.tags).toHaveLength(1);
      expect(Array.isArray(op.security)).toBe(true);
      const access = contract.find(([m, p]) => m === method && p === path)?.[3];
      expect(op.security).toEqual(access === "public" ? [] : [{ bearerAuth: [] }]);
      const problems = problemResponses(op);
      expect(problems.some((p) => p.status >= 400 && p.status < 500)).toBe(true);
      if (access === "token") expect(problems.map((p) => p.status)).toContain(401);
    },
  );

  test("every error response is application/problem+json with the Problem schema and an example per problem type", () => {
    for (const { op } of all) {
      for (const { status, response } of problemResponses(op)) {
        const content = response.content as Json;
        expect(Object.keys(content)).toEqual(["application/problem+json"]);
        const media = content["application/problem+json"] as Json;
        expect(media.schema).toEqual({ $ref: "#/components/schemas/Problem" });
        const examples = Object.values(media.examples as Json).map((e) => deref(e).value as Json);
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) {
          expect(example.status).toBe(status);
          const slug = String(example.type).replace("https://open-trm.org/problems/", "");
          expect(example.type).toBe(problemTypeUri(slug as keyof typeof problemTypes));
          expect(problemTypes[slug as keyof typeof problemTypes]?.status).toBe(status);
        }
      }
    }
  });

  test("401 responses carry WWW-Authenticate and 429 responses Retry-After", () => {
    for (const { op } of all) {
      for (const { status, response } of problemResponses(op)) {
        if (status === 401) expect(Object.keys(response.headers as Json)).toEqual(["WWW-Authenticate"]);
        if (status === 429) expect(Object.keys(response.headers as Json)).toEqual(["Retry-After"]);
      }
    }
  });

  test("headers of the contract: Idempotency-Key on POST /referrals, If-Match on transitions and PUTs", () => {
    const params = (method: string, path: string) =>
      ((all.find((o) => o.method === method && o.path === path)?.op.parameters as Json[]) ?? []).map((p) =>
        deref(p),
      );
    const key = params("post", "/referrals").find((p) => p.name === "Idempotency-Key");
    expect(key).toMatchObject({ in: "header", required: true });
    expect(params("post", "/referrals/{id}/transitions").find((p) => p.name === "If-Match")).toMatchObject({
      in: "header",
      required: true,
    });
    for (const path of ["/focal-points", "/focal-points/{id}"]) {
      expect(params("put", path).find((p) => p.name === "If-Match")).toMatchObject({ in: "header" });
    }
  });

  test("single-document success responses carry ETag and Trm-Signature; creations carry Location", () => {
    const signed = ["sendReferral", "getReferral", "transitionReferral", "postConsent", "getConsent"];
    signed.push("addConsentEvent", "getDirectory", "putDirectory", "getFocalPoint", "putFocalPoint");
    for (const { op } of all) {
      for (const [status, r] of Object.entries(op.responses as Json).filter(([s]) => s.startsWith("2"))) {
        const names = Object.keys((deref(r).headers as Json) ?? {});
        if (signed.includes(String(op.operationId)))
          expect(names).toEqual(expect.arrayContaining(["ETag", "Trm-Signature"]));
        else expect(names).toEqual([]);
        if (status === "201" && op.operationId !== "addConsentEvent") expect(names).toContain("Location");
      }
    }
  });

  test("path parameters are declared for every template variable", () => {
    for (const { path, op } of all) {
      const declared = ((op.parameters as Json[]) ?? []).map((p) => deref(p)).filter((p) => p.in === "path");
      const vars = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(declared.map((p) => p.name)).toEqual(vars);
    }
  });

  test("the documents the API carries are referenced by relative $ref to the published files", () => {
    const schemas = (openapi.components as Json).schemas as Json;
    expect(schemas.Referral).toEqual({ $ref: "./referral.schema.json" });
    expect(schemas.Consent).toEqual({ $ref: "./consent.schema.json" });
    expect(schemas.FocalPoint).toEqual({ $ref: "./focal-point.schema.json" });
    expect(schemas.FocalPointDirectory).toEqual({ $ref: "./focal-point-directory.schema.json" });
    const text = JSON.stringify(openapi);
    const external = [...text.matchAll(/"\$ref":"(\.[^"#]+)"/g)].map((m) => m[1]);
    expect(new Set(external)).toEqual(
      new Set([
        "./referral.schema.json",
        "./consent.schema.json",
        "./focal-point.schema.json",
        "./focal-point-directory.schema.json",
      ]),
    );
    expect(text).not.toContain('"$id"');
  });
});
