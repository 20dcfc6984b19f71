// The tester's transport: tokens by party, 429 retried after Retry-After, every reply checked and logged.
import { describe, expect, it } from "vitest";
import { createResponseChecker } from "../../src/conformance/response-check.js";
import { createTransport } from "../../src/conformance/transport.js";
import { example } from "../support/openapi.js";

const checker = createResponseChecker();
const problemHeaders = { "content-type": "application/problem+json" };

function fakeFetch(answers: Response[]) {
  const seen: { url: string; auth: string | null; body: string | null }[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    seen.push({ url: String(url), auth: headers.get("authorization"), body: (init?.body as string) ?? null });
    const next = answers.shift();
    if (!next) throw new Error("no more answers");
    return next;
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

const transport = (fetch: typeof globalThis.fetch, retries = 5) =>
  createTransport({
    baseUrl: "http://node.test/",
    tokens: { a: "trm_a", b: "trm_b" },
    checker,
    fetch,
    timeoutMs: 1000,
    retries,
  });

const rateLimited = () =>
  new Response(JSON.stringify(example("problem-rate-limited")), {
    status: 429,
    headers: { ...problemHeaders, "retry-after": "0" },
  });

describe("createTransport", () => {
  it("sends each party's token, or none, and JSON bodies", async () => {
    const ok = () =>
      new Response(JSON.stringify(example("node-info")), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    const { fetch, seen } = fakeFetch([ok(), ok(), ok()]);
    const t = transport(fetch);
    await t.send("a", { method: "GET", path: "/" });
    await t.send("none", { method: "GET", path: "/" });
    await t.send("b", { method: "GET", path: "/", body: { x: 1 } });
    expect(seen.map((s) => s.auth)).toEqual(["Bearer trm_a", null, "Bearer trm_b"]);
    expect(seen[0]?.url).toBe("http://node.test/");
    expect(seen[2]?.body).toBe('{"x":1}');
    expect(t.log.map((r) => [r.route, r.operationId, r.findings])).toEqual([
      ["GET /", "getNode", []],
      ["GET /", "getNode", []],
      ["GET /", "getNode", []],
    ]);
  });

  it("retries a 429 after Retry-After and logs every attempt", async () => {
    const page = new Response(JSON.stringify(example("referral-page")), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
    const { fetch, seen } = fakeFetch([rateLimited(), rateLimited(), page]);
    const t = transport(fetch);
    const reply = await t.send("a", { method: "GET", path: "/referrals?limit=2" });
    expect(reply.status).toBe(200);
    expect(seen).toHaveLength(3);
    expect(t.log.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(t.log.every((r) => r.findings.length === 0)).toBe(true);
  });

  it("gives up after the retries and returns the 429", async () => {
    const { fetch } = fakeFetch([rateLimited(), rateLimited()]);
    expect((await transport(fetch, 1).send("a", { method: "GET", path: "/referrals" })).status).toBe(429);
  });

  it("flags an error that is not problem+json or whose status member differs", async () => {
    const body = JSON.stringify({ ...example("problem-not-found"), status: 410 });
    const { fetch } = fakeFetch([
      new Response(body, { status: 404, headers: problemHeaders }),
      new Response("not found", { status: 404, headers: { "content-type": "text/plain" } }),
      new Response("{}", { status: 200, headers: { "content-type": "application/json" } }),
    ]);
    const t = transport(fetch);
    const first = await t.send("a", { method: "GET", path: "/referrals/x" });
    expect(first.findings).toEqual(["problem status member differs from the HTTP status"]);
    const second = await t.send("a", { method: "GET", path: "/referrals/x" });
    expect(second.findings).toEqual([
      "content type is not application/problem+json",
      "error is not application/problem+json",
    ]);
    const third = await t.send("a", { method: "GET", path: "/nowhere" });
    expect([third.route, third.findings]).toEqual([
      "GET (undocumented path)",
      ["the path is not in the OpenAPI document"],
    ]);
  });
});
