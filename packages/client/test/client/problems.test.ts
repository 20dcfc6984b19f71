import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ClientError, createClient, type TrmClient } from "../../src/index.js";
import { checkResponse, example } from "../support/openapi.js";
import { type CannedServer, startServer } from "../support/server.js";

const ID = "00000000-0000-4000-8000-000000002201";
const problem = (slug: string, title: string, status: number, extra: object = {}) => ({
  type: `https://open-trm.org/problems/${slug}`,
  title,
  status,
  ...extra,
});

let server: CannedServer;
let client: TrmClient;
beforeAll(async () => {
  server = await startServer();
  client = createClient({ baseUrl: server.url, token: "trm_EXAMPLE" });
});
afterAll(() => server.close());

describe("problems are values", () => {
  test.each([
    ["getReferral", 404, () => client.getReferral(ID), problem("not-found", "Not found", 404)],
    [
      "getReferral",
      451,
      () => client.getReferral(ID),
      problem("consent-withdrawn", "Consent no longer valid", 451),
    ],
    [
      "sendReferral",
      422,
      () => client.sendReferral(example("referral-sent"), { idempotencyKey: "k-422" }),
      example("problem-invalid-document"),
    ],
    [
      "sendReferral",
      422,
      () => client.sendReferral(example("referral-sent"), { idempotencyKey: "k-consent" }),
      problem("consent-not-covering", "Consent does not cover this disclosure", 422, {
        detail: "CONSENT_WITHDRAWN",
      }),
    ],
    [
      "transitionReferral",
      409,
      () => client.transition(ID, "complete", { ifMatch: '"AAAAAAAAAAAAAAAAAAAAAA"' }),
      problem("illegal-transition", "Illegal status transition", 409),
    ],
    [
      "transitionReferral",
      412,
      () => client.transition(ID, "accept", { ifMatch: '"AAAAAAAAAAAAAAAAAAAAAA"' }),
      problem("precondition-failed", "Precondition failed", 412),
    ],
    ["listAudit", 403, () => client.audit(), problem("forbidden", "Forbidden", 403)],
  ])("%s answering %i resolves to { ok: false, problem } as sent", async (op, status, call, body) => {
    server.reply({ status, body });
    const result = await call();
    expect(result).toEqual({ ok: false, problem: body });
    expect(checkResponse(op, status, (result as { problem: unknown }).problem)).toBeNull();
  });

  test("401 without a token: no Authorization header is sent", async () => {
    const anonymous = createClient({ baseUrl: server.url });
    server.reply({
      status: 401,
      headers: { "WWW-Authenticate": "Bearer" },
      body: problem("unauthorized", "Unauthorized", 401),
    });
    server.requests.length = 0;
    const result = await anonymous.getReferral(ID);
    expect(server.requests[0]?.headers).not.toHaveProperty("authorization");
    expect(result).toMatchObject({
      ok: false,
      problem: { status: 401, type: "https://open-trm.org/problems/unauthorized" },
    });
  });

  test("429 carries Retry-After as a number of seconds", async () => {
    server.reply({
      status: 429,
      headers: { "Retry-After": "7" },
      body: problem("rate-limited", "Too many requests", 429),
    });
    expect(await client.listReferrals()).toMatchObject({
      ok: false,
      retryAfter: 7,
      problem: { status: 429 },
    });
  });

  test("members a problem or an issue should not have are dropped, so nothing unexpected travels on", async () => {
    const issue = { code: "TRM-S004", severity: "error", path: "/urgency", message: "expected a code" };
    server.reply({
      status: 422,
      body: {
        ...problem("invalid-document", "Invalid document", 422),
        value: "Ana Testova",
        issues: [{ ...issue, got: "Ana" }],
      },
    });
    const result = await client.postConsent(example("consent"));
    expect(result).toEqual({
      ok: false,
      problem: { ...problem("invalid-document", "Invalid document", 422), issues: [issue] },
    });
  });

  test("the HTTP status wins over the advisory status member (RFC 9457 section 3.1.3)", async () => {
    server.reply({ status: 404, body: problem("not-found", "Not found", 200) });
    expect(await client.getConsent(ID)).toEqual({
      ok: false,
      problem: problem("not-found", "Not found", 404),
    });
  });

  test("an error that is not a problem becomes about:blank with the HTTP status", async () => {
    server.reply({ status: 502, headers: { "Content-Type": "text/html" }, body: "<html>Bad gateway</html>" });
    expect(await client.getNode()).toEqual({
      ok: false,
      problem: { type: "about:blank", title: "Bad Gateway", status: 502 },
    });
  });

  test("a success whose body is not JSON becomes a problem, not a throw", async () => {
    server.reply({ status: 200, body: "{not json" });
    expect(await client.getNode()).toEqual({
      ok: false,
      problem: { type: "about:blank", title: "Response body is not JSON", status: 200 },
    });
  });
});

describe("failures without a response", () => {
  test("a refused connection is a problem with status 0 and the system error code", async () => {
    const gone = await startServer();
    const url = gone.url;
    await gone.close();
    const result = await createClient({ baseUrl: url, token: "trm_EXAMPLE" }).getNode();
    expect(result).toEqual({
      ok: false,
      problem: { type: "about:blank", title: "Network error", status: 0, detail: "ECONNREFUSED" },
    });
  });

  test("a 407 from a server that is not a proxy is a network error under the Fetch standard", async () => {
    server.reply({ status: 407, body: problem("forbidden", "Forbidden", 403) });
    expect(await client.getNode()).toMatchObject({ ok: false, problem: { type: "about:blank", status: 0 } });
  });

  test("aborting a long-poll resolves to a problem with status 0", async () => {
    server.reply("hold");
    const controller = new AbortController();
    const pending = client.events({ wait: 30, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toEqual({
      ok: false,
      problem: { type: "about:blank", title: "Request aborted", status: 0 },
    });
  });
});

describe("arguments", () => {
  test("path parameters are percent-encoded, so an id cannot leave its path", async () => {
    server.reply({ status: 404, body: problem("not-found", "Not found", 404) });
    server.requests.length = 0;
    await client.getReferral("../audit?x=1");
    expect(server.requests[0]?.url).toBe("/referrals/..%2Faudit%3Fx%3D1");
  });

  test.each(["", "has space", "line\r\nX-Injected: 1", "é", "k".repeat(201)])(
    "an Idempotency-Key %j is refused before anything is sent",
    (key) => {
      expect(() => client.sendReferral(example("referral-sent"), { idempotencyKey: key })).toThrow(
        ClientError,
      );
    },
  );

  test("a token with control characters is refused at creation", () => {
    expect(() => createClient({ baseUrl: server.url, token: "trm_a\nb" })).toThrowError(/visible ASCII/);
  });
});

describe("never throws on HTTP", () => {
  test("property: any status and body resolves to a result; ok exactly for 2xx with a JSON body", async () => {
    // No-body statuses aside, and 407, which the Fetch standard turns into a network error (status 0 here).
    const statuses = fc.integer({ min: 200, max: 599 }).filter((s) => ![204, 205, 304, 407].includes(s));
    const bodies = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string(),
      fc.constant(""),
    );
    await fc.assert(
      fc.asyncProperty(statuses, bodies, async (status, body) => {
        server.reply({ status, body });
        const result = await client.getNode();
        let json = true;
        try {
          JSON.parse(body);
        } catch {
          json = false;
        }
        expect(result.ok).toBe(status < 300 && json);
        if (!result.ok) expect(result.problem.status).toBe(status);
      }),
      { numRuns: 80 },
    );
  });
});
