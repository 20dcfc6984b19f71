// `trm conformance-test` (the built binary) against the reference node on 127.0.0.1 with a temporary database: it
// passes; behind a proxy that leaks A's referrals to C, or one that breaks the contract in other ways, it fails
// with a report that names the broken checks and carries no value.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FocalPointDirectory } from "@open-trm/client";
import type { ConformanceReport } from "@open-trm/client/conformance";
import { createNode, createToken, importDirectory, type NodeHandle } from "@open-trm/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_DIR, runTrmAsync, STACK_TRACE } from "./support/trm.js";

// Focal points of the examples (examples/README.md): Slovenia sends to Moldova; Albania is the third party.
const A = "00000000-0000-4000-8000-000000005301";
const B = "00000000-0000-4000-8000-000000005401";
const C = "00000000-0000-4000-8000-000000005201";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const dir = mkdtempSync(join(tmpdir(), "trm-conformance-test-"));
let node: NodeHandle;
let url: string;
let tokens: { a: string; b: string; c: string; admin: string };

function mergedDirectory(): FocalPointDirectory {
  const from = join(REPO_DIR, "examples", "focal-point-directory");
  const all = readdirSync(from)
    .sort()
    .map((f) => JSON.parse(readFileSync(join(from, f), "utf8")) as FocalPointDirectory);
  return { ...(all[0] as FocalPointDirectory), focalPoints: all.flatMap((d) => d.focalPoints) };
}

beforeAll(async () => {
  const db = join(dir, "trm.sqlite");
  // `focalPoint` makes GET / name A, so a run without --focal-point-a finds it there.
  node = createNode({ dbPath: db, host: "127.0.0.1", port: 0, focalPoint: A, logger: () => {} });
  url = await node.start();
  if (!importDirectory(db, mergedDirectory()).ok) throw new Error("the example directory does not import");
  tokens = {
    a: createToken(db, { focalPoint: A }),
    b: createToken(db, { focalPoint: B }),
    c: createToken(db, { focalPoint: C }),
    admin: createToken(db, { admin: true }),
  };
});

afterAll(async () => {
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function args(base: string, format: "human" | "json", extra: string[] = []): string[] {
  return [
    "conformance-test",
    "--url",
    base,
    "--token",
    tokens.a,
    "--token-b",
    tokens.b,
    "--token-c",
    tokens.c,
    "--admin-token",
    tokens.admin,
    "--focal-point-b",
    B,
    "--format",
    format,
    ...extra,
  ];
}

/** A rewrite of the proxy: may answer instead of the node, given the request and a way to forward it. */
type Rewrite = (
  req: { method: string; path: string; auth: string; body: Buffer },
  forward: (auth?: string) => Promise<Response>,
) => Promise<Response>;

/** A node:http proxy in front of the node that lets `rewrite` tamper with the exchange. */
async function proxy(rewrite: Rewrite): Promise<{ url: string; server: Server }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      const method = req.method ?? "GET";
      const forward = (auth = req.headers.authorization) => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) {
          if (typeof v === "string" && !["host", "connection", "content-length"].includes(k))
            headers.set(k, v);
        }
        if (auth === undefined) headers.delete("authorization");
        else headers.set("authorization", auth);
        const hasBody = method !== "GET" && method !== "HEAD";
        return fetch(`${url}${req.url}`, { method, headers, ...(hasBody ? { body } : {}) });
      };
      const answer = await rewrite(
        { method, path: req.url ?? "/", auth: req.headers.authorization ?? "", body },
        forward,
      );
      const text = Buffer.from(await answer.arrayBuffer());
      const headers: Record<string, string> = {};
      answer.headers.forEach((v, k) => {
        if (!["content-length", "transfer-encoding", "connection", "keep-alive"].includes(k)) headers[k] = v;
      });
      res.writeHead(answer.status, { ...headers, "content-length": String(text.length) });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

const verdicts = (report: ConformanceReport) =>
  Object.fromEntries(report.checks.map((c) => [c.id, c.status]));

/** No value of any document, token or id in the output: reasons name routes, statuses and pointers only. */
function expectNoValues(text: string): void {
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(/TRMCT-/);
  for (const t of Object.values(tokens)) expect(text).not.toContain(t);
}

describe("trm conformance-test against the reference node", () => {
  it("passes every check and reports JSON", async () => {
    const run = await runTrmAsync(args(url, "json", ["--focal-point-a", A]));
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const report = JSON.parse(run.stdout) as ConformanceReport;
    const failed = report.checks.filter((c) => c.status !== "pass").map((c) => `${c.id}: ${c.reason}`);
    expect(failed).toEqual([]);
    expect(report).toMatchObject({ ok: true, summary: { fail: 0, skip: 0 } });
    expect(report.checks.length).toBeGreaterThanOrEqual(30);
    expect(report.responses).toBeGreaterThan(100);
    expectNoValues(run.stdout);
  });

  it("finds A in GET / when --focal-point-a is not given, and skips what missing tokens would need", async () => {
    const run = await runTrmAsync([
      "conformance-test",
      "--url",
      url,
      "--token",
      tokens.a,
      "--token-b",
      tokens.b,
      "--focal-point-b",
      B,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^PASS {2}directory\.read /m);
    expect(run.stdout).toMatch(/^SKIP {2}isolation\.read +needs --token-c$/m);
    expect(run.stdout).toMatch(/^SKIP {2}audit\.trail +needs --admin-token$/m);
    expect(run.stdout).toMatch(/^conformant: \d+ passed, 0 failed, \d+ skipped/m);
    expectNoValues(run.stdout);
  });
});

describe("trm conformance-test against broken implementations", () => {
  it("fails, naming the isolation checks, against a stub that leaks A's referrals to C", async () => {
    const leaky = await proxy(async (req, forward) => {
      if (req.auth !== `Bearer ${tokens.c}` || req.method !== "GET") return forward();
      // Lists: C gets A's view. Reads: where the node says 404 to C, the stub answers with A's record.
      if (/^\/referrals(\?|$)/.test(req.path)) return forward(`Bearer ${tokens.a}`);
      const answer = await forward();
      if (/^\/referrals\/[^/?]+$/.test(req.path) && answer.status === 404) {
        const asA = await forward(`Bearer ${tokens.a}`);
        if (asA.ok) return asA;
      }
      return answer;
    });
    try {
      const run = await runTrmAsync(args(leaky.url, "human", ["--focal-point-a", A]));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /^FAIL {2}isolation\.read +GET \/referrals\/\{id\} of A's referral by C answered 200, want 404/m,
      );
      expect(run.stdout).toMatch(/^FAIL {2}isolation\.list +GET \/referrals by C lists A's referral/m);
      expect(run.stdout).toMatch(/^PASS {2}referrals\.create /m);
      expect(run.stdout).toMatch(/^NOT conformant: \d+ passed, [1-9]\d* failed/m);
      expectNoValues(run.stdout);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    } finally {
      await close(leaky.server);
    }
  });

  it("fails the response, echo and header checks against a stub that drops headers and echoes bodies", async () => {
    const sloppy = await proxy(async (req, forward) => {
      const answer = await forward();
      const headers = new Headers(answer.headers);
      let text = await answer.text();
      if (answer.status === 401) headers.delete("www-authenticate");
      if (/^\/referrals\/[^/?]+$/.test(req.path)) headers.delete("etag");
      if (answer.status === 422 && req.path === "/referrals") {
        // Quotes the offending value in `detail`, as a careless error handler would.
        const sent = JSON.parse(req.body.toString("utf8")) as { urgency?: unknown };
        text = JSON.stringify({
          ...JSON.parse(text),
          detail: `urgency ${String(sent.urgency)} is not a code`,
        });
      }
      return new Response(text, { status: answer.status, headers });
    });
    try {
      const run = await runTrmAsync(args(sloppy.url, "json", ["--focal-point-a", A]));
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as ConformanceReport;
      expect(verdicts(report)).toMatchObject({
        "auth.missing-token": "fail",
        "referrals.invalid": "fail",
        "signatures.verify": "fail",
        "openapi.responses": "fail",
        "privacy.no-echo": "fail",
        "isolation.read": "pass",
      });
      const reasons = report.checks.flatMap((c) => c.failures).join("\n");
      expect(reasons).toMatch(/GET \/referrals\/\{id\} 200: header ETag is missing/);
      expect(reasons).toMatch(/GET \/referrals 401: header WWW-Authenticate is missing/);
      expectNoValues(run.stdout);
    } finally {
      await close(sloppy.server);
    }
  });

  it("reports a node that does not answer as failed checks, not a crash", async () => {
    const gone = await proxy(async () => new Response("", { status: 200 }));
    const deadUrl = gone.url;
    await close(gone.server);
    const run = await runTrmAsync(args(deadUrl, "human", ["--focal-point-a", A]));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAIL {2}public\.node-info +a request failed \(TypeError ECONNREFUSED\)/m);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("trm conformance-test usage", () => {
  it.each([
    [["conformance-test", "--token", "t", "--focal-point-b", B]],
    [["conformance-test", "--url", "ftp://x", "--token", "t", "--focal-point-b", B]],
    [["conformance-test", "--url", "http://127.0.0.1:1", "--focal-point-b", B]],
    [["conformance-test", "--url", "http://127.0.0.1:1", "--token", "t"]],
    [["conformance-test", "--url", "http://127.0.0.1:1", "--token", "t", "--focal-point-b", "someone"]],
    [
      [
        "conformance-test",
        "--url",
        "http://127.0.0.1:1",
        "--token",
        "t",
        "--focal-point-b",
        B,
        "--format",
        "xml",
      ],
    ],
    [
      [
        "conformance-test",
        "--url",
        "http://127.0.0.1:1",
        "--token",
        "t",
        "--token-c",
        "t",
        "--focal-point-b",
        B,
      ],
    ],
    [["conformance-test", "--url", "http://127.0.0.1:1", "--token", "bad token", "--focal-point-b", B]],
  ])("exits 2 on %j", async (argv) => {
    const run = await runTrmAsync(argv);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(/^trm: /);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
