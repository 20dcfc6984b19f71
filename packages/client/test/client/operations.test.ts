import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ApiResult, createClient, type TrmClient } from "../../src/index.js";
import { checkResponse, example, openapi } from "../support/openapi.js";
import { type CannedServer, startServer } from "../support/server.js";

const TOKEN = "trm_EXAMPLEtokenEXAMPLEtokenEXAMPLEtoken00000";
const REFERRAL = "00000000-0000-4000-8000-000000002201";
const CONSENT = "00000000-0000-4000-8000-000000003201";
const FOCAL_POINT = "00000000-0000-4000-8000-000000005303";
const ETAG = '"AAAAAAAAAAAAAAAAAAAAAA"';
const SIGNATURE = "eyJhbGciOiJFZERTQSJ9..c2lnbmF0dXJl";

interface Case {
  /** The operationId the call maps to. */
  op: string;
  call: (c: TrmClient) => Promise<ApiResult<unknown>>;
  method: string;
  path: string;
  query?: Record<string, string>;
  /** Request headers the call must send (beyond Authorization). */
  headers?: Record<string, string>;
  /** Request headers the call must not send. */
  without?: string[];
  request?: unknown;
  status: number;
  response: unknown;
  signed?: boolean;
}

const directory = example("directory");
const focalPoint = example("focal-point");
const cases: Case[] = [
  {
    op: "getNode",
    call: (c) => c.getNode(),
    method: "GET",
    path: "/",
    status: 200,
    response: example("node-info"),
  },
  {
    op: "getOpenApi",
    call: (c) => c.getOpenApi(),
    method: "GET",
    path: "/openapi.json",
    status: 200,
    response: openapi,
  },
  {
    op: "getJwks",
    call: (c) => c.getJwks(),
    method: "GET",
    path: "/.well-known/jwks.json",
    status: 200,
    response: example("jwks"),
  },
  {
    op: "sendReferral",
    call: (c) => c.sendReferral(example("referral-sent"), { idempotencyKey: "send-2201-attempt-1" }),
    method: "POST",
    path: "/referrals",
    headers: { "idempotency-key": "send-2201-attempt-1", "content-type": "application/json" },
    request: example("referral-sent"),
    status: 201,
    response: example("referral-record-sent"),
    signed: true,
  },
  {
    op: "getReferral",
    call: (c) => c.getReferral(REFERRAL),
    method: "GET",
    path: `/referrals/${REFERRAL}`,
    status: 200,
    response: example("referral-record-acknowledged"),
    signed: true,
  },
  {
    op: "listReferrals",
    call: (c) =>
      c.listReferrals({
        role: "receiver",
        status: "sent",
        updatedSince: "2026-05-01T00:00:00Z",
        cursor: "c2",
        limit: 20,
      }),
    method: "GET",
    path: "/referrals",
    query: {
      role: "receiver",
      status: "sent",
      updatedSince: "2026-05-01T00:00:00Z",
      cursor: "c2",
      limit: "20",
    },
    status: 200,
    response: example("referral-page"),
  },
  {
    op: "transitionReferral",
    call: (c) =>
      c.transition(REFERRAL, "reject", {
        ifMatch: ETAG,
        reason: "noCapacity",
        note: "No place before June.",
      }),
    method: "POST",
    path: `/referrals/${REFERRAL}/transitions`,
    headers: { "if-match": ETAG, "content-type": "application/json" },
    request: { action: "reject", reason: "noCapacity", note: "No place before June." },
    status: 200,
    response: example("referral-record-acknowledged"),
    signed: true,
  },
  {
    op: "postConsent",
    call: (c) => c.postConsent(example("consent")),
    method: "POST",
    path: "/consents",
    request: example("consent"),
    status: 201,
    response: example("consent-record-given"),
    signed: true,
  },
  {
    op: "getConsent",
    call: (c) => c.getConsent(CONSENT),
    method: "GET",
    path: `/consents/${CONSENT}`,
    status: 200,
    response: example("consent-record-given"),
    signed: true,
  },
  {
    op: "addConsentEvent",
    call: (c) => c.addConsentEvent(CONSENT, example("consent-event-withdrawn")),
    method: "POST",
    path: `/consents/${CONSENT}/events`,
    request: example("consent-event-withdrawn"),
    status: 201,
    response: example("consent-record-withdrawn"),
    signed: true,
  },
  {
    op: "getDirectory",
    call: (c) => c.getDirectory(),
    method: "GET",
    path: "/focal-points",
    status: 200,
    response: directory,
    signed: true,
  },
  {
    op: "getFocalPoint",
    call: (c) => c.getFocalPoint(FOCAL_POINT),
    method: "GET",
    path: `/focal-points/${FOCAL_POINT}`,
    status: 200,
    response: focalPoint,
    signed: true,
  },
  {
    op: "putDirectory",
    call: (c) => c.putDirectory(example("directory"), { ifMatch: ETAG }),
    method: "PUT",
    path: "/focal-points",
    headers: { "if-match": ETAG },
    request: directory,
    status: 200,
    response: directory,
    signed: true,
  },
  {
    op: "putFocalPoint",
    call: (c) => c.putFocalPoint(example("focal-point")),
    method: "PUT",
    path: `/focal-points/${(focalPoint as { id: string }).id}`,
    without: ["if-match"],
    request: focalPoint,
    status: 201,
    response: focalPoint,
    signed: true,
  },
  {
    op: "listEvents",
    call: (c) => c.events({ after: "MTA0MA", wait: 5, limit: 10 }),
    method: "GET",
    path: "/events",
    query: { after: "MTA0MA", wait: "5", limit: "10" },
    status: 200,
    response: example("event-page"),
  },
  {
    op: "listAudit",
    call: (c) => c.audit({ resourceId: REFERRAL, actor: "admin", after: "c9", limit: 2 }),
    method: "GET",
    path: "/audit",
    query: { resourceId: REFERRAL, actor: "admin", after: "c9", limit: "2" },
    status: 200,
    response: example("audit-page"),
  },
];

let server: CannedServer;
let client: TrmClient;
beforeAll(async () => {
  server = await startServer();
  client = createClient({ baseUrl: server.url, token: TOKEN });
});
afterAll(() => server.close());

describe("every operation", () => {
  test("the table covers every operationId of the OpenAPI document", () => {
    const ids = Object.values(openapi.paths as Record<string, Record<string, { operationId: string }>>)
      .flatMap((item) => Object.values(item).map((o) => o.operationId))
      .sort();
    expect(cases.map((c) => c.op).sort()).toEqual(ids);
  });

  test.each(cases.map((c) => [c.op, c] as const))(
    "%s: request shape, typed value, headers, and the body validates against the OpenAPI schema",
    async (_op, c) => {
      const signedHeaders = c.signed ? { ETag: ETAG, "Trm-Signature": SIGNATURE } : {};
      server.reply({ status: c.status, headers: signedHeaders, body: c.response });
      server.requests.length = 0;
      const result = await c.call(client);

      expect(server.requests).toHaveLength(1);
      const [req] = server.requests;
      const url = new URL(req?.url ?? "", server.url);
      expect(req?.method).toBe(c.method);
      expect(url.pathname).toBe(c.path);
      expect(Object.fromEntries(url.searchParams)).toEqual(c.query ?? {});
      expect(req?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      for (const [name, value] of Object.entries(c.headers ?? {})) expect(req?.headers[name]).toBe(value);
      for (const name of c.without ?? []) expect(req?.headers).not.toHaveProperty(name);
      if (c.request === undefined) expect(req?.body).toBe("");
      else expect(JSON.parse(req?.body ?? "")).toEqual(c.request);

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.status).toBe(c.status);
      expect(result.value).toEqual(c.response);
      expect(checkResponse(c.op, c.status, result.value)).toBeNull();
      if (c.signed) expect(result).toMatchObject({ etag: ETAG, signature: SIGNATURE });
      else expect(result).not.toHaveProperty("etag");
      expect(result).not.toHaveProperty("replayed");
    },
  );

  test("a replayed send is flagged, and the Ajv check does reject a body that breaks the schema", async () => {
    server.reply({
      status: 201,
      headers: { ETag: ETAG, "Trm-Signature": SIGNATURE, "Idempotent-Replayed": "true" },
      body: example("referral-record-sent"),
    });
    const result = await client.sendReferral(example("referral-sent"), { idempotencyKey: "k" });
    expect(result).toMatchObject({ ok: true, replayed: true });
    if (!result.ok) return;
    const broken = { ...result.value, status: "archived" };
    expect(checkResponse("sendReferral", 201, broken)).not.toBeNull();
  });
});
