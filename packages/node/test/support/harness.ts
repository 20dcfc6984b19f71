// Starts a node on 127.0.0.1, port 0, on a temporary database, with the merged example directory, the example
// consents' recorders and a token per focal point; collects its log lines.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createToken, importDirectory } from "../../src/admin.js";
import type { Limits } from "../../src/limits.js";
import type { LogEntry } from "../../src/log.js";
import { createNode, type NodeHandle } from "../../src/server.js";
import { fp, mergedDirectory } from "./examples.js";

/** A running node and what a test needs to talk to it. */
export interface Harness {
  readonly node: NodeHandle;
  readonly url: string;
  readonly dbPath: string;
  readonly tokens: Readonly<Record<keyof typeof fp, string>>;
  readonly admin: string;
  readonly logs: LogEntry[];
  /** Sends a request; `body` is sent as JSON unless it is a string. */
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  stop(): Promise<void>;
}

/** One request of a test. */
export interface CallOptions {
  readonly token?: string | undefined;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** Starts a node; `now` and `limits` are passed on. */
export async function startHarness(
  options: { now?: () => Date; limits?: Partial<Limits> } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "trm-node-test-"));
  const dbPath = join(dir, "trm.sqlite");
  const logs: LogEntry[] = [];
  // The rate limit has its own test (limits.test.ts); elsewhere it must not depend on how fast the machine is.
  const limits = options.limits ?? { ratePerSecond: 10_000, burst: 10_000 };
  const node = createNode({
    dbPath,
    host: "127.0.0.1",
    port: 0,
    logger: (e) => logs.push(e),
    ...options,
    limits,
  });
  const url = await node.start();
  const imported = importDirectory(dbPath, mergedDirectory());
  if (!imported.ok) throw new Error("the merged example directory does not validate");
  const tokens = Object.fromEntries(
    Object.entries(fp).map(([name, id]) => [name, createToken(dbPath, { focalPoint: id })]),
  ) as Record<keyof typeof fp, string>;
  const admin = createToken(dbPath, { admin: true });
  return {
    node,
    url,
    dbPath,
    tokens,
    admin,
    logs,
    call(method, path, o = {}) {
      const headers: Record<string, string> = { ...o.headers };
      if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
      let body: string | undefined;
      if (o.body !== undefined) {
        body = typeof o.body === "string" ? o.body : JSON.stringify(o.body);
        headers["content-type"] ??= "application/json";
      }
      return fetch(`${url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    },
    async stop() {
      await node.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Posts the example consents that the example referrals need, each with its recorder's token. */
export async function postExampleConsents(h: Harness, consents: Record<string, unknown>): Promise<void> {
  const recorders: Record<string, string> = {
    "si-adult-consent-return": h.tokens.siNgo,
    "si-adult-consent-law-enforcement-withdrawn": h.tokens.siNgo,
    "mk-guardian-consent-with-child-assent": h.tokens.mkCaseManager,
    "rs-guardian-consent-age-disputed": h.tokens.rs,
  };
  for (const [name, token] of Object.entries(recorders)) {
    const response = await h.call("POST", "/consents", { token, body: consents[name] });
    if (response.status !== 201) throw new Error(`consent ${name} was not stored: ${response.status}`);
  }
}

/** The sender's token of an example referral. */
export function senderToken(h: Harness, sender: string): string {
  const name = (Object.keys(fp) as (keyof typeof fp)[]).find((k) => fp[k] === sender);
  if (name === undefined) throw new Error("no token for this sender");
  return h.tokens[name];
}

/** The JSON body of a response; tests check its shape with assertions. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by the assertions that read them.
export async function json(response: Response): Promise<any> {
  return response.json();
}
