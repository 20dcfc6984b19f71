import { createReadStream, statSync } from "node:fs";
import { resolve } from "node:path";
import {
  AnonymiseError,
  type ClassBelowK,
  KAnonymityCounter,
  type KAnonymityReport,
} from "@open-trm/anonymise";
import { choice, type Parsed, parse, str } from "../args.js";
import { EXIT, InputError, type Io, UsageError } from "../io.js";
import { progressBar } from "../progress.js";

const BLANK = /^[ \t\r\n]*$/;
const LARGE_INPUT = 8 * 1024 * 1024;
const SHOWN_CLASSES = 50;

/** A dataset that was read: its name and where its records were. */
export interface Dataset {
  /** The name shown in messages: the path as given, or "standard input". */
  readonly name: string;
  /** The 1-based line of record `index` when the input is NDJSON, else undefined. */
  line(index: number): number | undefined;
}

function openInput(arg: string, io: Io): NodeJS.ReadableStream {
  if (arg === "-") {
    io.stdin.setEncoding("utf8");
    return io.stdin;
  }
  const path = resolve(io.cwd, arg);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`cannot read ${arg}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${arg}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  const input = createReadStream(path, { encoding: "utf8", highWaterMark: 1024 * 1024 });
  if (io.stderr.isTTY && size > LARGE_INPUT) {
    const bar = progressBar(io.stderr, arg, size);
    let read = 0;
    input.on("data", (c: Buffer | string) => {
      read += Buffer.byteLength(c);
      bar.update(read);
    });
    input.on("end", () => bar.done());
  }
  return input;
}

// Lines are split here, synchronously within each chunk: an await per line would cost more than the counting.
async function eachLine(
  input: NodeJS.ReadableStream,
  onLine: (line: string, n: number) => void,
): Promise<void> {
  let rest = "";
  let n = 0;
  for await (const chunk of input) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onLine(text.slice(start, end), ++n);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) onLine(rest.endsWith("\r") ? rest.slice(0, -1) : rest, ++n);
}

/**
 * Reads `arg` (a path, or - for standard input) as a JSON array or as NDJSON (one record per line, blank lines
 * skipped), handing each record to `add`; input that is not JSON throws an `AnonymiseError` (see {@link notJson}),
 * a missing or unreadable file an input error.
 */
export async function readDataset(arg: string, io: Io, add: (record: unknown) => void): Promise<Dataset> {
  const name = arg === "-" ? "standard input" : arg;
  const input = openInput(arg, io);
  // Breakpoints of the record -> line map: record starts[i] is on line lines[i], and the next ones follow it.
  const starts: number[] = [];
  const lines: number[] = [];
  let mode: "array" | "ndjson" | undefined;
  const parts: string[] = [];
  let skipped = 0;
  let index = 0;
  try {
    await eachLine(input, (line, n) => {
      if (mode === undefined) {
        if (BLANK.test(line)) {
          skipped++;
          return;
        }
        mode = line.trimStart().startsWith("[") ? "array" : "ndjson";
      }
      if (mode === "array") {
        parts.push(line);
        return;
      }
      if (BLANK.test(line)) return;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new AnonymiseError("NDJSON_INVALID", `line ${n} is not JSON`);
      }
      const last = lines.length - 1;
      if (last < 0 || n - (lines[last] as number) !== index - (starts[last] as number)) {
        starts.push(index);
        lines.push(n);
      }
      index++;
      add(record);
    });
  } catch (e) {
    if (e instanceof AnonymiseError) throw e;
    throw new InputError(`cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? "read error"}`);
  }
  if (mode === "array") for (const record of parseArray(parts.join("\n"), skipped)) add(record);
  return {
    name,
    line(i) {
      if (mode !== "ndjson") return undefined;
      // The last breakpoint at or before i, by binary search.
      let [lo, hi] = [0, starts.length - 1];
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= i) lo = mid;
        else hi = mid - 1;
      }
      return (lines[lo] as number) + i - (starts[lo] as number);
    },
  };
}

function parseArray(text: string, linesBefore: number): unknown[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // Only the position is taken from the parser's message: it may quote the input.
    const at = /at position (\d+)/.exec((e as Error).message)?.[1];
    const line = at === undefined ? undefined : linesBefore + text.slice(0, Number(at)).split("\n").length;
    throw new AnonymiseError(
      "DATASET_INVALID",
      line === undefined ? "is not JSON" : `line ${line} is not JSON`,
    );
  }
  if (!Array.isArray(doc)) throw new AnonymiseError("DATASET_INVALID", "is not a JSON array");
  return doc;
}

/** The message and exit code for a dataset that is not JSON, or undefined for any other error. */
export function notJson(e: unknown, arg: string, io: Io): number | undefined {
  if (!(e instanceof AnonymiseError) || !["NDJSON_INVALID", "DATASET_INVALID"].includes(e.code))
    return undefined;
  io.stderr.write(`trm: ${arg === "-" ? "standard input" : arg} ${e.message}\n`);
  return EXIT.invalid;
}

/** Splits a comma-separated list of JSON Pointers given to `--<flag>`. */
export function pointerList(parsed: Parsed, flag: string, required: boolean): string[] {
  const raw = str(parsed, flag);
  if (raw === undefined) {
    if (required) throw new UsageError(`--${flag} is required: a comma-separated list of JSON Pointers`);
    return [];
  }
  const list = raw.split(",").map((p) => p.trim());
  if (list.some((p) => !p.startsWith("/") || /~[^01]|~$/.test(p)))
    throw new UsageError(`--${flag} must list JSON Pointers such as /person/sex, separated by commas`);
  return list;
}

/** Reads a whole-number flag of at least 1. */
export function countFlag(parsed: Parsed, flag: string, fallback?: number): number {
  const raw = str(parsed, flag);
  if (raw === undefined && fallback !== undefined) return fallback;
  if (raw === undefined) throw new UsageError(`--${flag} is required`);
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--${flag} must be a whole number of at least 1`);
  return n;
}

/** Shows one value of an equivalence class; strings that could be misread are quoted. */
export function show(value: unknown): string {
  if (value === undefined) return "(missing)";
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (typeof value === "string" && /^[\p{L}\p{N}_.:+-]+$/u.test(value)) return value;
  return JSON.stringify(value);
}

function describeClass(c: ClassBelowK, quasi: readonly string[], dataset: Dataset): string {
  const values = quasi.map((p) => `${p}=${show(c.values[p])}`).join(", ");
  const lines = c.records.map((i) => dataset.line(i));
  const where = lines.every((l) => l !== undefined)
    ? `line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}`
    : `record${c.records.length > 1 ? "s" : ""} ${c.records.map((i) => `#/${i}`).join(", ")}`;
  return `  size ${c.size}: ${values} (${where}${c.records.length < c.size ? ", ..." : ""})\n`;
}

function human(r: KAnonymityReport, dataset: Dataset): string {
  const sizes = Object.entries(r.classSizeDistribution);
  const small = sizes
    .filter(([s]) => Number(s) < r.k)
    .map(([s, n]) => `${s} (${n} class${n > 1 ? "es" : ""})`);
  const atLeastK = sizes.filter(([s]) => Number(s) >= r.k).reduce((n, [, c]) => n + c, 0);
  let out = `k-anonymity of ${dataset.name}: ${r.recordCount} records, k = ${r.k}\n`;
  out += `quasi-identifiers: ${r.quasi.join(", ")}\n`;
  out += `classes: ${r.classCount}; smallest: ${r.smallestClassSize}; of size ${r.k} or more: ${atLeastK}\n`;
  if (small.length > 0) out += `class sizes below k: ${small.join(", ")}\n`;
  if (r.classesBelowKCount > 0) {
    out += `records in classes below k: ${r.recordsBelowK} in ${r.classesBelowKCount} classes, smallest first:\n`;
    for (const c of r.classesBelowK.slice(0, SHOWN_CLASSES)) out += describeClass(c, r.quasi, dataset);
    const more = r.classesBelowKCount - Math.min(SHOWN_CLASSES, r.classesBelowK.length);
    if (more > 0)
      out += `  ... and ${more} more classes (--format json lists up to ${r.classesBelowK.length})\n`;
  }
  for (const [pointer, d] of Object.entries(r.lDiversity ?? {})) {
    const dist = Object.entries(d.distribution).map(([v, n]) => `${v} value${v === "1" ? "" : "s"}: ${n}`);
    out += `l-diversity of ${pointer}: l = ${d.l} (classes by distinct values: ${dist.join(", ")})\n`;
  }
  out += r.satisfied
    ? `k-anonymity holds: every class has at least ${r.k} records\n`
    : `k-anonymity does not hold: ${r.recordsBelowK} records are in classes smaller than ${r.k}\n`;
  return out;
}

function json(r: KAnonymityReport, dataset: Dataset): string {
  const classesBelowK = r.classesBelowK.map((c) => {
    const lines = c.records.map((i) => dataset.line(i));
    return lines.every((l) => l !== undefined) ? { ...c, lines } : c;
  });
  return `${JSON.stringify({ dataset: dataset.name, ...r, classesBelowK }, null, 2)}\n`;
}

/** `trm risk <dataset> --quasi <pointer,...> --k <n> [--sensitive <pointer,...>] [--format human|json]`. */
export async function riskCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, {
    quasi: { type: "string" },
    k: { type: "string" },
    sensitive: { type: "string" },
    format: { type: "string" },
  });
  const [arg, ...extra] = parsed.positionals;
  if (arg === undefined || extra.length > 0)
    throw new UsageError("risk needs one dataset: a JSON array or NDJSON file, or - for standard input");
  const quasi = pointerList(parsed, "quasi", true);
  const k = countFlag(parsed, "k");
  const sensitive = pointerList(parsed, "sensitive", false);
  const format = choice("format", str(parsed, "format"), ["human", "json"] as const, "human");
  const counter = new KAnonymityCounter({ quasi, k, ...(sensitive.length > 0 ? { sensitive } : {}) });
  let dataset: Dataset;
  try {
    dataset = await readDataset(arg, io, (record) => counter.add(record));
  } catch (e) {
    const code = notJson(e, arg, io);
    if (code === undefined) throw e;
    return code;
  }
  const report = counter.report();
  io.stdout.write(format === "json" ? json(report, dataset) : human(report, dataset));
  return report.satisfied ? EXIT.ok : EXIT.invalid;
}
