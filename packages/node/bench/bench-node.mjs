// `pnpm bench:node`: how fast the reference node stores referrals. The node runs in its own process on loopback,
// on a temporary SQLite file (WAL, synchronous=FULL: each 201 is durable), with the example directory and one
// consent; autocannon drives 50 concurrent connections (keep-alive), first at `GET /` (the baseline: routing,
// JSON and the rate limiter, no database write), then at `POST /referrals`, each request with its own referral id
// and Idempotency-Key. It prints requests/s, p50/p99 latency and the ratio of the two rates.
//
//   node packages/node/bench/bench-node.mjs [--seconds 10] [--connections 50]
//
// Request logging is off and the per-token rate limit is lifted (both would measure something else).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { conformanceConsent, conformanceReferral } from "@open-trm/client/conformance";
import autocannon from "autocannon";
import { createNode, createToken, importDirectory } from "../dist/index.js";

const EXAMPLES = new URL("../../../examples/", import.meta.url);
// Focal points of the examples (examples/README.md): Slovenia (sender) and Moldova (receiver).
const A = "00000000-0000-4000-8000-000000005301";
const B = "00000000-0000-4000-8000-000000005401";

function mergedDirectory() {
  const dir = new URL("focal-point-directory/", EXAMPLES);
  const all = readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")));
  return { ...all[0], focalPoints: all.flatMap((d) => d.focalPoints) };
}

function startChild(db) {
  const child = spawn(process.execPath, [new URL(import.meta.url).pathname, "--child", db], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const url = /^(http:\/\/\S+)\n/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once("exit", (code) => reject(new Error(`the node exited (${code}) before listening`)));
  });
}

// Every referral the node lists for the sender, page by page: each 201 must have stored exactly one.
async function countReferrals(url, headers) {
  let total = 0;
  let cursor = null;
  do {
    const query = cursor === null ? "" : `&cursor=${encodeURIComponent(cursor)}`;
    const page = await (await fetch(`${url}/referrals?role=sender&limit=200${query}`, { headers })).json();
    total += page.items.length;
    cursor = page.nextCursor;
  } while (cursor !== null);
  return total;
}

function run(options) {
  return new Promise((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

const count = (result, status) => Number(result.statusCodeStats?.[status]?.count ?? 0);

function row(name, result, status) {
  const rate = count(result, status) / result.duration;
  const other = result.non2xx + result.errors + result.timeouts;
  return {
    name,
    rate,
    line: `${name.padEnd(22)}${rate.toFixed(1).padStart(10)}${String(result.latency.p50).padStart(9)}${String(result.latency.p99).padStart(9)}${String(count(result, status)).padStart(9)}${String(other).padStart(8)}`,
  };
}

async function main() {
  const { values } = parseArgs({ options: { seconds: { type: "string" }, connections: { type: "string" } } });
  const seconds = Number(values.seconds ?? 10);
  const connections = Number(values.connections ?? 50);
  const dir = mkdtempSync(join(tmpdir(), "trm-bench-node-"));
  const db = join(dir, "trm.sqlite");
  const { child, url } = await startChild(db);
  try {
    // As `trm directory import` and `trm tokens create` do, next to the running node.
    if (!importDirectory(db, mergedDirectory()).ok) throw new Error("the example directory does not import");
    const token = createToken(db, { focalPoint: A });
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const directory = mergedDirectory();
    const find = (id) => directory.focalPoints.find((f) => f.id === id);
    const parties = { a: find(A), b: find(B) };
    const consent = conformanceConsent(parties, randomUUID(), new Date());
    const recorded = await fetch(`${url}/consents`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify(consent),
    });
    if (recorded.status !== 201) throw new Error(`the consent was refused (${recorded.status})`);
    // One body template; each request gets a new referral id by string replacement (cheap for the load generator).
    const template = JSON.stringify(
      conformanceReferral(parties, {
        consent,
        now: new Date(),
        marker: "benchmark",
        id: "00000000-0000-4000-8000-00000000b0b0",
      }),
    );
    const post = {
      method: "POST",
      path: "/referrals",
      setupRequest: (request) => ({
        ...request,
        headers: { ...auth, "idempotency-key": randomUUID() },
        body: template.replace("00000000-0000-4000-8000-00000000b0b0", randomUUID()),
      }),
    };
    const base = { url, connections, timeout: 30 };
    await run({ ...base, duration: 2 }); // warm-up
    const root = await run({ ...base, duration: seconds });
    const warm = await run({ ...base, duration: 2, requests: [post] });
    const referrals = await run({ ...base, duration: seconds, requests: [post] });
    const stored = await countReferrals(url, auth);
    const acknowledged = count(warm, 201) + count(referrals, 201);
    const sent = warm.requests.sent + referrals.requests.sent;
    const a = row("GET / (baseline)", root, 200);
    const b = row("POST /referrals", referrals, 201);
    const header = `${"".padEnd(22)}${"req/s".padStart(10)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"ok".padStart(9)}${"other".padStart(8)}`;
    process.stdout.write(
      [
        `Open TRM reference node on ${url}: ${connections} connections, ${seconds} s per run, Node ${process.version}, ${cpus().length} CPUs`,
        header,
        a.line,
        b.line,
        `referrals/s : GET / per s = ${(b.rate / a.rate).toFixed(3)} (${(a.rate / b.rate).toFixed(1)}x slower per request)`,
        `stored ${stored} referrals: ${acknowledged} answered 201, ${sent - acknowledged} in flight when the runs stopped (warm-up included)`,
        "",
      ].join("\n"),
    );
    // Every acknowledged referral is stored; requests cut off at the end of a run may be stored without an answer.
    const consistent = stored >= acknowledged && stored <= sent;
    if (count(referrals, 201) === 0 || referrals.non2xx > 0 || !consistent) process.exitCode = 1;
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

// The child: only the node, so that the load generator does not share its event loop.
if (process.argv[2] === "--child") {
  const node = createNode({
    dbPath: process.argv[3],
    port: 0,
    limits: { ratePerSecond: 1e9, burst: 1e9 },
    logger: () => {},
  });
  process.stdout.write(`${await node.start()}\n`);
  process.on("SIGTERM", () => void node.stop().then(() => process.exit(0)));
} else {
  await main();
}
