// Every kind of response matches the API's own schemas (@open-trm/schema/api, the source of the OpenAPI document):
// success bodies, headers, and problem details for each error status the node sends.
import { randomUUID } from "node:crypto";
import { FocalPointDirectorySchema, FocalPointSchema } from "@open-trm/schema";
import {
  AuditPageSchema,
  ConsentRecordSchema,
  DETACHED_JWS_PATTERN,
  ETAG_PATTERN,
  EventPageSchema,
  JwksSchema,
  NodeInfoSchema,
  ProblemSchema,
  ReferralPageSchema,
  ReferralRecordSchema,
} from "@open-trm/schema/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coveredReferral, exampleConsents, fp, mergedDirectory } from "./support/examples.js";
import { type Harness, json, postExampleConsents, startHarness } from "./support/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await postExampleConsents(h, exampleConsents());
});
afterAll(async () => h.stop());

/** What the tests need of a Zod schema (zod itself is not a dependency of this package). */
interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: unknown[] } };
}

async function expectBody(response: Response, status: number, schema: Schema): Promise<unknown> {
  expect(response.status).toBe(status);
  const type = status >= 400 ? /^application\/problem\+json/ : /^application\/json/;
  expect(response.headers.get("content-type")).toMatch(type);
  const body = await json(response);
  const parsed = schema.safeParse(body);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  return body;
}

function expectSigned(response: Response): void {
  expect(response.headers.get("etag")).toMatch(ETAG_PATTERN);
  expect(response.headers.get("trm-signature")).toMatch(DETACHED_JWS_PATTERN);
}

describe("responses match the API schemas", () => {
  it("public resources", async () => {
    await expectBody(await h.call("GET", "/"), 200, NodeInfoSchema);
    await expectBody(await h.call("GET", "/.well-known/jwks.json"), 200, JwksSchema);
    const openapi = await h.call("GET", "/openapi.json");
    expect(openapi.status).toBe(200);
    expect((await json(openapi)).openapi).toMatch(/^3\.1\./);
  });

  it("referrals, consents, events, audit and the directory", async () => {
    const referral = coveredReferral("si-to-md-adult-return-service-referral");
    const created = await h.call("POST", "/referrals", {
      token: h.tokens.si,
      body: referral,
      headers: { "idempotency-key": randomUUID() },
    });
    expectSigned(created);
    const record = (await expectBody(created, 201, ReferralRecordSchema)) as { etag: string };
    const read = await h.call("GET", `/referrals/${referral.id}`, { token: h.tokens.md });
    expectSigned(read);
    await expectBody(read, 200, ReferralRecordSchema);
    await expectBody(await h.call("GET", "/referrals", { token: h.tokens.md }), 200, ReferralPageSchema);
    const moved = await h.call("POST", `/referrals/${referral.id}/transitions`, {
      token: h.tokens.md,
      body: { action: "acknowledge" },
      headers: { "if-match": record.etag },
    });
    expectSigned(moved);
    await expectBody(moved, 200, ReferralRecordSchema);

    const consent = { ...exampleConsents()["si-adult-consent-return"], id: randomUUID() };
    const stored = await h.call("POST", "/consents", { token: h.tokens.siNgo, body: consent });
    expect(stored.headers.get("location")).toBe(`/consents/${consent.id}`);
    await expectBody(stored, 201, ConsentRecordSchema);
    await expectBody(
      await h.call("GET", `/consents/${consent.id}`, { token: h.tokens.siNgo }),
      200,
      ConsentRecordSchema,
    );
    const event = { state: "withdrawn", at: new Date().toISOString(), recordedBy: fp.siNgo };
    const withdrawn = await h.call("POST", `/consents/${consent.id}/events`, {
      token: h.tokens.siNgo,
      body: event,
    });
    expect(((await expectBody(withdrawn, 201, ConsentRecordSchema)) as { state: string }).state).toBe(
      "withdrawn",
    );

    await expectBody(await h.call("GET", "/events", { token: h.tokens.md }), 200, EventPageSchema);
    await expectBody(await h.call("GET", "/events", { token: h.admin }), 200, EventPageSchema);
    await expectBody(await h.call("GET", "/audit?limit=200", { token: h.admin }), 200, AuditPageSchema);

    const directory = await h.call("GET", "/focal-points", { token: h.tokens.md });
    expectSigned(directory);
    await expectBody(directory, 200, FocalPointDirectorySchema);
    const point = await h.call("GET", `/focal-points/${fp.md}`, { token: h.admin });
    expectSigned(point);
    await expectBody(point, 200, FocalPointSchema);
  });

  it("PUT on the directory and one focal point, guarded by If-Match", async () => {
    const current = await h.call("GET", `/focal-points/${fp.md}`, { token: h.admin });
    const etag = current.headers.get("etag") as string;
    const point = { ...(await json(current)), languages: ["ro", "ru", "en"] };
    await expectBody(
      await h.call("PUT", `/focal-points/${fp.md}`, { token: h.admin, body: point }),
      428,
      ProblemSchema,
    );
    const bad = { token: h.admin, body: point, headers: { "if-match": '"AAAAAAAAAAAAAAAAAAAAAA"' } };
    await expectBody(await h.call("PUT", `/focal-points/${fp.md}`, bad), 412, ProblemSchema);
    const put = await h.call("PUT", `/focal-points/${fp.md}`, { ...bad, headers: { "if-match": etag } });
    expectSigned(put);
    expect(await expectBody(put, 200, FocalPointSchema)).toEqual(point);
    const fresh = { ...point, id: randomUUID() };
    await expectBody(
      await h.call("PUT", `/focal-points/${fresh.id}`, { token: h.admin, body: fresh }),
      201,
      FocalPointSchema,
    );
    const listed = await json(await h.call("GET", "/focal-points", { token: h.tokens.si }));
    expect(listed.focalPoints).toHaveLength(mergedDirectory().focalPoints.length + 1);

    const whole = await h.call("GET", "/focal-points", { token: h.admin });
    const replace = {
      token: h.admin,
      body: mergedDirectory(),
      headers: { "if-match": whole.headers.get("etag") as string },
    };
    await expectBody(await h.call("PUT", "/focal-points", replace), 200, FocalPointDirectorySchema);
    await expectBody(await h.call("PUT", "/focal-points", replace), 412, ProblemSchema);
    await expectBody(
      await h.call("PUT", "/focal-points", { token: h.tokens.md, body: {} }),
      403,
      ProblemSchema,
    );
  });

  it("problem details for every error status", async () => {
    const referral = coveredReferral("si-to-md-adult-return-service-referral");
    const post = (body: unknown, token = h.tokens.si, headers: Record<string, string> = {}) =>
      h.call("POST", "/referrals", { token, body, headers: { "idempotency-key": randomUUID(), ...headers } });
    await expectBody(await h.call("GET", "/referrals"), 401, ProblemSchema);
    await expectBody(await h.call("GET", "/audit", { token: h.tokens.si }), 403, ProblemSchema);
    await expectBody(
      await h.call("GET", `/referrals/${randomUUID()}`, { token: h.tokens.si }),
      404,
      ProblemSchema,
    );
    await expectBody(await h.call("GET", "/no-such-resource"), 404, ProblemSchema);
    await expectBody(await post("[1,"), 400, ProblemSchema);
    await expectBody(await post({ documentType: "referral" }), 422, ProblemSchema);
    await expectBody(await post({ ...referral, purpose: "research" }), 422, ProblemSchema);
    const created = await post(referral);
    await expectBody(await post(referral), 409, ProblemSchema);
    const etag = created.headers.get("etag") as string;
    const transition = (body: unknown, headers: Record<string, string>) =>
      h.call("POST", `/referrals/${referral.id}/transitions`, { token: h.tokens.md, body, headers });
    await expectBody(await transition({ action: "start" }, { "if-match": etag }), 409, ProblemSchema);
    await expectBody(await transition({ action: "accept" }, {}), 428, ProblemSchema);
    await expectBody(await transition({ action: "fly" }, { "if-match": etag }), 400, ProblemSchema);
  });
});
