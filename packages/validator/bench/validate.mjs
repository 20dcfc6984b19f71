#!/usr/bin/env node
// Benchmark of validation throughput, CLI start-up and CLI memory. A script that prints one table, not a test.
//
//   pnpm bench:validate                      # 20,000 synthetic documents
//   pnpm bench:validate -- --n 5000          # fewer documents
//   pnpm bench:validate -- --size-gb 1       # also: peak RSS of the CLI on a ~1 GB NDJSON file (slow)
//
// Documents are the examples with fresh ids and shifted dates, written as NDJSON to a temporary file. Rows:
// (a) JSON.parse of each line alone, the floor; (b) validateJson(line) in-process: parse, limits, structure
// (precompiled Ajv) and rules; (c) `trm validate --ndjson --quiet` as a whole child process, start-up and
// reading included; (d) Zod: JSON.parse + documentTypes[t].schema.safeParse. Targets, for context only:
// (b) >= 0.6x (a), (c) >= 0.5x (a), start-up <= 1.5x `node -e 0`, peak RSS on 1 GB < 250 MB.
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, "..", "..", "..");
const TRM = join(REPO, "packages", "cli", "bin", "trm.js");
const TIME = "/usr/bin/time";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "20000" },
    "size-gb": { type: "string" },
    "startup-runs": { type: "string", default: "15" },
    keep: { type: "boolean", default: false },
  },
});
const N = Number(values.n);
const STARTUP_RUNS = Number(values["startup-runs"]);
if (!Number.isInteger(N) || N < 1) throw new Error("--n must be a positive whole number");
if (!existsSync(join(REPO, "packages", "cli", "dist", "main.js")))
  throw new Error("build first: turbo run build --filter=@open-trm/cli");

const { createValidator, validateJson } = await import("@open-trm/validator");
const { documentTypes } = await import("@open-trm/schema");

// ---------------------------------------------------------------------------------------------- documents
function jsonFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : [],
    );
}
const templates = jsonFiles(join(REPO, "examples")).map((f) => JSON.parse(readFileSync(f, "utf8")));
const hex = (n, width) => n.toString(16).padStart(width, "0").slice(-width);
const uuid = (i) =>
  `${hex(i * 2654435761, 8)}-${hex(i, 4)}-4${hex(i >>> 4, 3)}-8${hex(i >>> 8, 3)}-${hex(i, 12)}`;
const DAY = 86_400_000;
// Earlier by 0..364 days: dates stay in the past and in order (createdAt before updatedAt and events).
const shift = (iso, days) => {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${new Date(Date.parse(`${m[1]}Z`) - days * DAY).toISOString().slice(0, 19)}${m[2] ?? ""}${m[3]}`;
};

/** The i-th synthetic document as one NDJSON line. */
function line(i) {
  const doc = structuredClone(templates[i % templates.length]);
  doc.id = uuid(i + 1);
  const days = i % 365;
  if (typeof doc.createdAt === "string") doc.createdAt = shift(doc.createdAt, days);
  return JSON.stringify(doc);
}

async function writeNdjson(file, { count, bytes }) {
  const out = createWriteStream(file);
  let written = 0;
  let n = 0;
  const more = () => (count !== undefined ? n < count : written < bytes);
  while (more()) {
    const chunk = [];
    for (let k = 0; k < 1000 && more(); k++, n++) {
      const l = `${line(n)}\n`;
      written += Buffer.byteLength(l);
      chunk.push(l);
    }
    if (!out.write(chunk.join(""))) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
  return { documents: n, bytes: written };
}

// ---------------------------------------------------------------------------------------------- measuring
const now = () => Number(process.hrtime.bigint()) / 1e9;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Times fn over every line, after a short warm-up; returns seconds and how many results were ok. */
function inProcess(lines, fn) {
  for (let i = 0; i < Math.min(500, lines.length); i++) fn(lines[i]);
  let ok = 0;
  const t0 = now();
  for (const l of lines) if (fn(l)) ok++;
  return { seconds: now() - t0, ok };
}

/** Runs a command; with /usr/bin/time -v when present, for the peak RSS. */
function runChild(args) {
  const useTime = existsSync(TIME);
  const t0 = now();
  const r = useTime
    ? spawnSync(TIME, ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          // Same process: run the CLI, then report its own peak RSS (KiB on Linux) on stderr.
          `const { main } = await import(${JSON.stringify(join(REPO, "packages", "cli", "dist", "main.js"))});
           process.exitCode = await main(process.argv.slice(1));
           process.on("exit", () => process.stderr.write("\\nMaximum resident set size (kbytes): " + process.resourceUsage().maxRSS + "\\n"));`,
          ...args.slice(1),
        ],
        { encoding: "utf8", maxBuffer: 1 << 30 },
      );
  const seconds = now() - t0;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "");
  return { seconds, status: r.status, stdout: r.stdout, peakKiB: rss ? Number(rss[1]) : undefined };
}

// ---------------------------------------------------------------------------------------------- the run
const file = join(tmpdir(), `trm-bench-${process.pid}.ndjson`);
const big =
  values["size-gb"] === undefined ? undefined : join(tmpdir(), `trm-bench-${process.pid}-big.ndjson`);
try {
  const { documents, bytes } = await writeNdjson(file, { count: N });
  const lines = readFileSync(file, "utf8").split("\n");
  lines.pop();
  const MB = bytes / 1e6;

  const a = inProcess(lines, (l) => JSON.parse(l) !== undefined);
  const b = inProcess(lines, (l) => validateJson(l).ok);
  const withoutRules = createValidator({ rules: false });
  const b0 = inProcess(lines, (l) => withoutRules.validateJson(l).ok);
  const d = inProcess(lines, (l) => {
    const doc = JSON.parse(l);
    return documentTypes[doc.documentType].schema.safeParse(doc).success;
  });
  const c = runChild([TRM, "validate", "--ndjson", "--quiet", file]);
  const cOk = /(\d+) valid, (\d+) invalid/.exec(c.stdout ?? "");

  const example = join(REPO, "examples", "consent", "si-adult-consent-return.json");
  const startTrm = [];
  const startNode = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    let t0 = now();
    spawnSync(process.execPath, ["-e", "0"]);
    startNode.push(now() - t0);
    t0 = now();
    spawnSync(process.execPath, [TRM, "validate", example], { stdio: "ignore" });
    startTrm.push(now() - t0);
  }

  let bigRow;
  if (big) {
    const target = Number(values["size-gb"]) * 1e9;
    const g = await writeNdjson(big, { bytes: target });
    const r = runChild([TRM, "validate", "--ndjson", "--quiet", big]);
    bigRow = { ...g, ...r };
  }

  // -------------------------------------------------------------------------------------------- the table
  const rate = (s) => ({ docs: documents / s, mbs: MB / s });
  const fmt = (x, digits = 0) =>
    x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const rows = [
    ["(a) JSON.parse per line", a.seconds, `${a.ok}/${documents} parsed`],
    ["(b) validateJson(line), in-process", b.seconds, `${b.ok}/${documents} valid`],
    ["(b0) the same with rules: false", b0.seconds, `${b0.ok}/${documents} valid`],
    [
      "(c) trm validate --ndjson --quiet (child)",
      c.seconds,
      cOk ? `${cOk[1]}/${documents} valid, exit ${c.status}` : `exit ${c.status}`,
    ],
    ["(d) Zod: JSON.parse + safeParse", d.seconds, `${d.ok}/${documents} valid`],
  ];
  const cpu = cpus();
  const out = [];
  out.push(`trm validate benchmark  ${new Date().toISOString()}`);
  out.push(
    `node ${process.version}, ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
  out.push(
    `${fmt(documents)} documents from ${templates.length} examples, ${fmt(MB, 1)} MB of NDJSON (${fmt(bytes / documents)} B/doc)`,
  );
  out.push("");
  out.push(
    `| ${"what".padEnd(42)} | ${"seconds".padStart(8)} | ${"docs/s".padStart(9)} | ${"MB/s".padStart(6)} | ${"x (a)".padStart(6)} | verdicts`,
  );
  out.push(
    `|${"-".repeat(44)}|${"-".repeat(10)}|${"-".repeat(11)}|${"-".repeat(8)}|${"-".repeat(8)}|---------`,
  );
  for (const [what, s, note] of rows) {
    const r = rate(s);
    out.push(
      `| ${what.padEnd(42)} | ${fmt(s, 3).padStart(8)} | ${fmt(r.docs).padStart(9)} | ${fmt(r.mbs, 1).padStart(6)} | ${fmt(a.seconds / s, 2).padStart(6)} | ${note}`,
    );
  }
  out.push("");
  const mTrm = median(startTrm);
  const mNode = median(startNode);
  out.push(
    `start-up, median of ${STARTUP_RUNS}: trm validate <one example> ${fmt(mTrm * 1000, 1)} ms; node -e 0 ${fmt(mNode * 1000, 1)} ms; ratio ${fmt(mTrm / mNode, 2)}x (target <= 1.5x)`,
  );
  const peak = (k) => (k === undefined ? "n/a" : `${fmt(k / 1024, 1)} MB`);
  out.push(
    `peak RSS of (c) on ${fmt(MB, 1)} MB: ${peak(c.peakKiB)} (${existsSync(TIME) ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS"})`,
  );
  if (bigRow) {
    const s = bigRow.seconds;
    out.push(
      `peak RSS of trm validate --ndjson --quiet on ${fmt(bigRow.bytes / 1e9, 2)} GB (${fmt(bigRow.documents)} documents): ${peak(bigRow.peakKiB)} (target < 250 MB); ${fmt(s, 1)} s, ${fmt(bigRow.documents / s)} docs/s, ${fmt(bigRow.bytes / 1e6 / s, 1)} MB/s, exit ${bigRow.status}`,
    );
  }
  out.push(`targets (not asserted): (b) >= 0.6x (a), (c) >= 0.5x (a)`);
  process.stdout.write(`${out.join("\n")}\n`);
} finally {
  if (!values.keep) {
    rmSync(file, { force: true });
    if (big) rmSync(big, { force: true });
  } else process.stderr.write(`kept ${file}${big ? ` and ${big}` : ""}\n`);
}
