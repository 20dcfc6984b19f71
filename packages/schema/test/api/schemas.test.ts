import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import {
  AuditEntrySchema,
  CloudEventSchema,
  ConsentEventRequestSchema,
  EventPageSchema,
  JwkSchema,
  NodeInfoSchema,
  ProblemSchema,
  problemTypes,
  ReferralRecordSchema,
  ReferralSummarySchema,
  TransitionRequestSchema,
  transitionActions,
} from "../../src/api/index.js";
import { ConsentSchema, referralStatus } from "../../src/index.js";
import { ROOT } from "./support.js";

const FP = "00000000-0000-4000-8000-000000005301";
const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) =>
  schema.safeParse(v).success;

describe("TransitionRequest", () => {
  test.each([
    [{ action: "acknowledge" }, true],
    [{ action: "complete", note: "Services delivered." }, true],
    [{ action: "reject", reason: "noCapacity" }, true],
    [{ action: "reject" }, false],
    [{ action: "reject", reason: "tooBusy" }, false],
    [{ action: "accept", reason: "noCapacity" }, false],
    [{ action: "expire" }, false],
    [{ action: "withdraw", note: "" }, false],
    [{ action: "start", extra: true }, false],
  ])("%j -> valid %s", (given, want) => {
    expect(ok(TransitionRequestSchema, given)).toBe(want);
  });

  test("the actions of the schema are those of the table, and each enters a referralStatus", () => {
    const actions = Object.keys(transitionActions).sort();
    const accepted = actions.filter(
      (a) =>
        ok(TransitionRequestSchema, { action: a, reason: "other" }) ||
        ok(TransitionRequestSchema, { action: a }),
    );
    expect(accepted).toEqual(actions);
    for (const { status, by } of Object.values(transitionActions)) {
      expect(referralStatus.codes).toContain(status);
      expect(["sender", "receiver"]).toContain(by);
    }
    expect(
      Object.entries(transitionActions)
        .filter(([, t]) => t.by === "sender")
        .map(([a]) => a),
    ).toEqual(["withdraw"]);
  });
});

describe("Problem", () => {
  test("the problem types are the slugs and statuses of the contract", () => {
    const want = {
      unauthorized: 401,
      forbidden: 403,
      "not-found": 404,
      "bad-request": 400,
      "invalid-document": 422,
      "idempotency-key-missing": 400,
      "idempotency-key-reused": 422,
      "precondition-required": 428,
      "precondition-failed": 412,
      "illegal-transition": 409,
      conflict: 409,
      "consent-not-covering": 422,
      "consent-withdrawn": 451,
      "payload-too-large": 413,
      "rate-limited": 429,
      internal: 500,
    };
    expect(Object.fromEntries(Object.entries(problemTypes).map(([k, v]) => [k, v.status]))).toEqual(want);
  });

  const base = { type: "https://open-trm.org/problems/not-found", title: "Not found", status: 404 };
  test.each([
    [base, true],
    [{ ...base, type: "about:blank", status: 502 }, true],
    [{ ...base, issues: [{ code: "TRM-S001", severity: "error", path: "/id", message: "required" }] }, true],
    [{ ...base, type: "https://example.org/problems/not-found" }, false],
    [{ ...base, status: 99 }, false],
    [{ ...base, value: "Ana" }, false],
    [{ ...base, issues: [{ code: "TRM-S001", severity: "fatal", path: "", message: "m" }] }, false],
    [{ ...base, issues: [{ code: "TRM-S001", severity: "error", path: "", message: "m", value: 1 }] }, false],
  ])("%j -> valid %s (closed: no member can carry a value)", (given, want) => {
    expect(ok(ProblemSchema, given)).toBe(want);
  });
});

describe("keys, events and audit", () => {
  const jwk = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo", kid: "k1" };
  test("a JWK must be an Ed25519 public key and can never carry the private part", () => {
    expect(ok(JwkSchema, jwk)).toBe(true);
    expect(ok(JwkSchema, { ...jwk, alg: "EdDSA", use: "sig" })).toBe(true);
    expect(ok(JwkSchema, { ...jwk, d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A" })).toBe(false);
    expect(ok(JwkSchema, { ...jwk, crv: "X25519" })).toBe(false);
    expect(ok(JwkSchema, { ...jwk, alg: "HS256" })).toBe(false);
    const node = {
      standardVersion: "1.0",
      name: "n",
      focalPoint: null,
      profiles: ["si"],
      openapi: "/openapi.json",
    };
    expect(ok(NodeInfoSchema, { ...node, jwks: { keys: [jwk] } })).toBe(true);
    expect(ok(NodeInfoSchema, { ...node, standardVersion: "2.0", jwks: { keys: [] } })).toBe(false);
  });

  const event = {
    specversion: "1.0",
    id: "1",
    source: "urn:open-trm:node:n1",
    time: "2026-05-06T07:00:00Z",
    subject: FP,
    datacontenttype: "application/json",
  };
  const referralData = { referralId: FP, status: "sent", sender: FP, receiver: FP };
  test.each([
    [{ ...event, type: "org.open-trm.referral.created", data: referralData }, true],
    [{ ...event, type: "org.open-trm.consent.event", data: { consentId: FP, state: "withdrawn" } }, true],
    [{ ...event, type: "org.open-trm.consent.event", data: referralData }, false],
    [
      { ...event, type: "org.open-trm.referral.created", data: { ...referralData, caseWorker: "Ana" } },
      false,
    ],
    [
      {
        ...event,
        type: "org.open-trm.referral.created",
        data: referralData,
        time: "2026-05-06T09:00:00+02:00",
      },
      false,
    ],
    [{ ...event, type: "org.open-trm.referral.deleted", data: referralData }, false],
    [{ ...event, specversion: "0.3", type: "org.open-trm.referral.created", data: referralData }, false],
  ])("CloudEvent %# -> valid %s", (given, want) => {
    expect(ok(CloudEventSchema, given)).toBe(want);
  });

  test("an event page always has a cursor to continue from", () => {
    expect(ok(EventPageSchema, { items: [], nextCursor: "c1" })).toBe(true);
    expect(ok(EventPageSchema, { items: [], nextCursor: null })).toBe(false);
  });

  const entry = {
    seq: 1,
    at: "2026-05-06T07:00:00Z",
    actor: FP,
    action: "read",
    resource: "referral",
    resourceId: FP,
    outcome: "denied",
    status: 404,
  };
  test.each([
    [entry, true],
    [
      {
        ...entry,
        actor: "admin",
        resource: "directory",
        resourceId: null,
        action: "update",
        outcome: "allowed",
        status: 200,
      },
      true,
    ],
    [{ ...entry, actor: "root" }, false],
    [{ ...entry, action: "delete" }, false],
    [{ ...entry, seq: 0 }, false],
    [{ ...entry, status: 600 }, false],
  ])("AuditEntry %# -> valid %s", (given, want) => {
    expect(ok(AuditEntrySchema, given)).toBe(want);
  });
});

describe("records", () => {
  test("a summary has exactly the routing and status fields of the contract, no personal data", () => {
    expect(Object.keys(ReferralSummarySchema.shape).sort()).toEqual(
      [
        "id",
        "status",
        "sender",
        "receiver",
        "senderCountry",
        "receiverCountry",
        "createdAt",
        "updatedAt",
        "etag",
      ].sort(),
    );
    expect(Object.keys(ReferralRecordSchema.shape).sort()).toEqual(
      [...Object.keys(ReferralSummarySchema.shape), "document", "signature"].sort(),
    );
  });

  test("a consent event request is the consent's own event schema and accepts every example event", () => {
    expect(ConsentEventRequestSchema).toBe(ConsentSchema.shape.events.element);
    const consent = JSON.parse(
      readFileSync(join(ROOT, "examples/consent/si-adult-consent-law-enforcement-withdrawn.json"), "utf8"),
    );
    for (const e of consent.events) expect(ok(ConsentEventRequestSchema, e)).toBe(true);
    expect(ok(ConsentEventRequestSchema, { ...consent.events[0], note: "x" })).toBe(false);
  });
});

describe("the light entry", () => {
  // Follows the relative imports of src/data.ts: no runtime import of zod, nothing of src/api.
  test("@open-trm/schema/data reaches neither zod nor the API schemas", () => {
    const seen = new Set<string>();
    const runtime: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
        const [, typeOnly, spec = ""] = m;
        if (spec.startsWith(".")) visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
        else if (!typeOnly) runtime.push(spec);
      }
    };
    visit(join(import.meta.dirname, "../../src/data.ts"));
    expect(seen.size).toBeGreaterThan(5);
    expect(runtime.filter((s) => s === "zod" || s.startsWith("zod/"))).toEqual([]);
    expect([...seen].filter((f) => f.includes("/src/api/"))).toEqual([]);
  });
});
