// Limits: request rate per token (429 with Retry-After), body size (413), page size (400).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, json, startHarness } from "./support/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ limits: { ratePerSecond: 0.1, burst: 3, bodyBytes: 2048 } });
});
afterAll(async () => h.stop());

describe("limits", () => {
  it("answers 429 with Retry-After when a token exceeds its rate, without slowing other tokens", async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 4; i++) {
      const r = await h.call("GET", "/referrals", { token: h.tokens.si });
      statuses.push(r.status);
      if (r.status === 429) limited = r;
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    if (limited === undefined) throw new Error("no request was limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await json(limited)).type).toBe("https://open-trm.org/problems/rate-limited");
    expect((await h.call("GET", "/referrals", { token: h.tokens.md })).status).toBe(200);
  });

  it("answers 413 to a body over the limit", async () => {
    const response = await h.call("POST", "/referrals", {
      token: h.tokens.md,
      body: { padding: "x".repeat(4096) },
      headers: { "idempotency-key": randomUUID() },
    });
    expect(response.status).toBe(413);
    expect((await json(response)).type).toBe("https://open-trm.org/problems/payload-too-large");
  });

  it("answers 400 to a page size over the maximum", async () => {
    expect((await h.call("GET", "/referrals?limit=201", { token: h.tokens.rs })).status).toBe(400);
    expect((await h.call("GET", "/referrals?limit=0", { token: h.tokens.rs })).status).toBe(400);
  });
});
