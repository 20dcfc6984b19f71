// Durability: while 500 referrals are posted concurrently, the node process is killed with SIGKILL and
// restarted on the same database; every referral acknowledged with 201 is there, none twice, and retrying every
// request with its Idempotency-Key stores each referral exactly once.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Referral } from "@open-trm/schema";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken, importDirectory } from "../src/admin.js";
import {
  coveredReferral,
  exampleConsents,
  fp,
  mergedDirectory,
  referralExamples,
} from "./support/examples.js";
import { json } from "./support/harness.js";

const CHILD = fileURLToPath(new URL("./support/child-node.mjs", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const TOTAL = 500;
const KILL_AFTER_ACKS = 150;

const dir = mkdtempSync(join(tmpdir(), "trm-durability-"));
const dbPath = join(dir, "trm.sqlite");
let child: ChildProcess | undefined;

function startChild(): Promise<{ process: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [CHILD, dbPath], { stdio: ["ignore", "pipe", "pipe"] });
  child = proc;
  return new Promise((resolve, reject) => {
    let out = "";
    proc.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n")[0];
      if (out.includes("\n") && line) resolve({ process: proc, url: line.trim() });
    });
    proc.once("exit", (code) => reject(new Error(`the node exited before listening (code ${code})`)));
  });
}

function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.once("exit", () => resolve());
  });
}

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error("build the package first: cd packages/node && npx tsup");
});
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill("SIGKILL");
    await killed(child);
  }
  rmSync(dir, { recursive: true, force: true });
});

describe("durability", () => {
  it("keeps every acknowledged referral, once, across a SIGKILL during 500 concurrent posts", async () => {
    expect(importDirectory(dbPath, mergedDirectory()).ok).toBe(true);
    const token = (focalPoint: string) => createToken(dbPath, { focalPoint });
    const tokens: Record<string, string> = {};
    for (const id of Object.values(fp)) tokens[id] = token(id);

    let { process: proc, url } = await startChild();
    const consents = exampleConsents();
    for (const e of referralExamples) {
      if (e.consent === undefined) continue;
      const consent = consents[e.consent] as { recordedBy: string };
      const r = await fetch(`${url}/consents`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${tokens[consent.recordedBy]}`,
          "content-type": "application/json",
        },
        body: JSON.stringify(consent),
      });
      expect([201, 409]).toContain(r.status);
    }

    const requests = Array.from({ length: TOTAL }, (_, i) => {
      const example = referralExamples[i % referralExamples.length] as (typeof referralExamples)[number];
      const referral: Referral = coveredReferral(example.name);
      return { referral, key: `durability-${i}`, token: tokens[example.sender] as string };
    });
    const send = (base: string, r: (typeof requests)[number]) =>
      fetch(`${base}/referrals`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${r.token}`,
          "content-type": "application/json",
          "idempotency-key": r.key,
        },
        body: JSON.stringify(r.referral),
      });

    const acknowledged = new Set<string>();
    const otherStatuses: number[] = [];
    let failures = 0;
    await Promise.all(
      requests.map(async (r) => {
        try {
          const response = await send(url, r);
          await response.arrayBuffer();
          if (response.status === 201) {
            acknowledged.add(r.referral.id);
            if (acknowledged.size === KILL_AFTER_ACKS) proc.kill("SIGKILL");
          } else otherStatuses.push(response.status);
        } catch {
          failures += 1; // the connection died with the process
        }
      }),
    );
    await killed(proc);
    expect(proc.signalCode).toBe("SIGKILL");
    expect(otherStatuses).toEqual([]);
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(failures).toBeGreaterThan(0);

    ({ process: proc, url } = await startChild());
    for (const r of requests.filter((q) => acknowledged.has(q.referral.id))) {
      const read = await fetch(`${url}/referrals/${r.referral.id}`, {
        headers: { authorization: `Bearer ${r.token}` },
      });
      expect(read.status).toBe(200);
      expect((await json(read)).document).toEqual(r.referral);
    }

    // Retrying every request: the stored ones replay their 201, the others are stored now.
    const replayed = new Set<string>();
    await Promise.all(
      requests.map(async (r) => {
        const response = await send(url, r);
        expect(response.status).toBe(201);
        if (response.headers.get("idempotent-replayed") === "true") replayed.add(r.referral.id);
        await response.arrayBuffer();
      }),
    );
    for (const id of acknowledged) expect(replayed.has(id)).toBe(true);

    proc.kill("SIGTERM");
    await killed(proc);
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const ids = (db.prepare("SELECT id FROM referrals").all() as { id: string }[]).map((row) => row.id);
      expect(ids).toHaveLength(TOTAL);
      expect(new Set(ids)).toEqual(new Set(requests.map((r) => r.referral.id)));
      const keys = db.prepare("SELECT count(*) AS n FROM idempotency").get() as { n: number };
      expect(keys.n).toBe(TOTAL);
    } finally {
      db.close();
    }
    console.log(
      `durability: ${acknowledged.size} acknowledged before SIGKILL, ${replayed.size} stored before the kill in all, ${failures} requests cut off`,
    );
  });
});
