// The response checker matches concrete paths to operations and reports, without values, where a response differs
// from the OpenAPI document: status, required headers, media type and body schema.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createResponseChecker } from "../../src/conformance/response-check.js";
import { example } from "../support/openapi.js";

const checker = createResponseChecker();
const ETAG = '"abcdefghijklmnopqrstuv"';
const JWS = "eyJhbGciOiJFZERTQSJ9..c2lnbmF0dXJl";
const json = { "content-type": "application/json; charset=utf-8" };
const problem = { "content-type": "application/problem+json" };

function op(method: string, path: string) {
  const found = checker.match(method, path);
  if (!found) throw new Error("no operation");
  return found;
}

const check = (
  method: string,
  path: string,
  status: number,
  headers: Record<string, string>,
  body: unknown,
) =>
  checker.check(op(method, path), {
    status,
    headers: new Headers(headers),
    text: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("createResponseChecker", () => {
  it.each([
    ["GET", "/", "getNode"],
    ["GET", "/openapi.json", "getOpenApi"],
    ["GET", "/.well-known/jwks.json", "getJwks"],
    ["GET", "/referrals", "listReferrals"],
    ["POST", "/referrals", "sendReferral"],
    ["GET", `/referrals/${randomUUID()}`, "getReferral"],
    ["POST", `/referrals/${randomUUID()}/transitions`, "transitionReferral"],
    ["PUT", `/focal-points/${randomUUID()}`, "putFocalPoint"],
    ["GET", "/audit", "listAudit"],
  ])("matches %s %s to %s", (method, path, operationId) => {
    expect(checker.match(method, path)?.operationId).toBe(operationId);
  });

  it("knows no operation for an undocumented method or path", () => {
    expect(checker.match("DELETE", "/referrals")).toBeUndefined();
    expect(checker.match("GET", "/referrals/a/b")).toBeUndefined();
    expect(checker.match("GET", "/openapiXjson")).toBeUndefined();
    expect(checker.operations).toHaveLength(16);
  });

  it("accepts the document's own examples with their headers", () => {
    const record = example("referral-record-sent");
    const headers = { ...json, etag: ETAG, "trm-signature": JWS };
    expect(check("GET", `/referrals/${randomUUID()}`, 200, headers, record)).toEqual([]);
    const created = { ...headers, location: "/referrals/x" };
    expect(check("POST", "/referrals", 201, created, record)).toEqual([]);
    expect(check("GET", "/", 200, json, example("node-info"))).toEqual([]);
    expect(check("GET", "/events", 200, json, example("event-page"))).toEqual([]);
    expect(check("GET", "/referrals/x", 404, problem, example("problem-not-found"))).toEqual([]);
  });

  it("reports missing and malformed headers by name", () => {
    const record = example("referral-record-sent");
    expect(check("GET", "/referrals/x", 200, { ...json, "trm-signature": JWS }, record)).toEqual([
      "header ETag is missing",
    ]);
    expect(
      check("GET", "/referrals/x", 200, { ...json, etag: "W/weak", "trm-signature": JWS }, record),
    ).toEqual(["header ETag does not match its schema"]);
    expect(
      check("GET", "/referrals", 429, { ...problem, "retry-after": "soon" }, example("problem-rate-limited")),
    ).toEqual(["header Retry-After does not match its schema"]);
    expect(
      check("GET", "/referrals", 429, { ...problem, "retry-after": "2" }, example("problem-rate-limited")),
    ).toEqual([]);
    expect(check("GET", "/referrals", 401, problem, example("problem-unauthorized"))).toEqual([
      "header WWW-Authenticate is missing",
    ]);
  });

  it("reports an undocumented status, a wrong media type and a body that is not JSON", () => {
    expect(check("GET", "/", 418, json, {})).toEqual(["status 418 is not documented"]);
    expect(check("GET", "/referrals/x", 404, json, example("problem-not-found"))).toEqual([
      "content type is not application/problem+json",
    ]);
    expect(check("GET", "/", 200, json, "<html>")).toEqual(["body is not JSON"]);
  });

  it("names the pointer and keyword of a body that fails its schema, never the value", () => {
    const marker = "MARKER-7f3a";
    const record = { ...example("referral-record-sent"), status: marker };
    const headers = { ...json, etag: ETAG, "trm-signature": JWS };
    const findings = check("GET", "/referrals/x", 200, headers, record);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.startsWith("body/status fails "))).toBe(true);
    expect(findings.join("\n")).not.toContain(marker);
    const leaky = { ...example("problem-not-found"), value: marker };
    expect(check("GET", "/referrals/x", 404, problem, leaky)).toEqual(["body/ fails additionalProperties"]);
  });

  it("caps the findings of one body at three and counts the rest", () => {
    const node = { standardVersion: 2, name: 3, focalPoint: 4, profiles: 5, openapi: 6, jwks: 7 };
    const findings = check("GET", "/", 200, json, node);
    expect(findings).toHaveLength(4);
    expect(findings[3]).toMatch(/^\d+ more$/);
  });
});
