import { createReadStream, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import {
  AnonymiseError,
  type AnonymiseResult,
  type Anonymiser,
  type BuiltInPolicyName,
  createAnonymiser,
  isBuiltInPolicyName,
  MIN_KEY_BYTES,
  type Operation,
  type Policy,
  parsePolicy,
} from "@open-trm/anonymise";
import { createValidator } from "@open-trm/validator";
import { parse, str } from "../args.js";
import { EXIT, InputError, type Io, readAll, UsageError } from "../io.js";

// Only JSON's whitespace makes an NDJSON line blank (as in `trm validate`).
const BLANK = /^[ \t\r\n]*$/;
const FLUSH_AT = 64 * 1024;
const errno = (e: unknown) => (e as NodeJS.ErrnoException).code ?? "unreadable";

function readKey(path: string): Uint8Array {
  let key: Buffer;
  try {
    key = readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read the key file: ${errno(e)}`);
  }
  if (key.length < MIN_KEY_BYTES)
    throw new UsageError(
      `the key file must hold at least ${MIN_KEY_BYTES} bytes; make one with: openssl rand -out trm.key 32`,
    );
  return key;
}

function readPolicy(value: string, cwd: string): BuiltInPolicyName | Policy {
  if (isBuiltInPolicyName(value)) return value;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(cwd, value), "utf8"));
  } catch (e) {
    if (e instanceof SyntaxError) throw new UsageError("the policy file is not valid JSON");
    throw new UsageError(
      `--policy is not share-minimum, research or statistics, and the policy file cannot be read: ${errno(e)}`,
    );
  }
  const parsed = parsePolicy(json);
  if (parsed.ok) return parsed.value;
  throw new UsageError(
    `invalid policy: ${parsed.issues.map((i) => `at ${i.path || "/"}: ${i.message}`).join("; ")}`,
  );
}

/** Writes output in large chunks, waiting for a slow reader (a pipe) to drain. */
function writer(io: Io) {
  let buffer = "";
  const out = io.stdout as { write(s: string): unknown; once?: (e: string, f: () => void) => unknown };
  const flush = async () => {
    if (buffer === "") return;
    const ok = out.write(buffer);
    buffer = "";
    if (ok === false && typeof out.once === "function")
      await new Promise<void>((r) => out.once?.("drain", r));
  };
  return {
    async write(s: string) {
      buffer += s;
      if (buffer.length >= FLUSH_AT) await flush();
    },
    flush,
  };
}

/** `trm anonymise`: see `trm --help`. */
export async function anonymiseCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, {
    "key-file": { type: "string" },
    policy: { type: "string" },
    ndjson: { type: "boolean" },
  });
  const [input, ...extra] = parsed.positionals;
  if (input === undefined || extra.length > 0)
    throw new UsageError("anonymise needs exactly one file, or - for standard input");
  const keyFile = str(parsed, "key-file");
  if (keyFile === undefined)
    throw new UsageError(
      "--key-file is required: there is no default key (make one with: openssl rand -out trm.key 32)",
    );
  const key = readKey(resolve(io.cwd, keyFile));
  const policy = readPolicy(str(parsed, "policy") ?? "share-minimum", io.cwd);
  let anonymiser: Anonymiser;
  try {
    anonymiser = createAnonymiser({ policy, key });
  } catch (e) {
    if (e instanceof AnonymiseError) throw new UsageError(e.message);
    throw e;
  }
  const ndjson = parsed.values.ndjson === true || /\.(ndjson|jsonl)$/i.test(input);
  const name = input;
  const out = writer(io);
  const totals: Record<Operation, number> = {
    keep: 0,
    drop: 0,
    pseudonymise: 0,
    generalise: 0,
    dateShift: 0,
    redact: 0,
  };
  let done = 0;
  let invalid = 0;

  const fail = (where: string, issues: readonly { path: string; code: string }[]) => {
    invalid++;
    for (const i of issues) io.stderr.write(`${where}: ${i.path || "(document)"} ${i.code}\n`);
  };
  const one = (doc: unknown, where: string): Record<string, unknown> | undefined => {
    const r: AnonymiseResult = anonymiser.anonymise(doc);
    if (!r.ok) {
      fail(where, r.issues);
      return undefined;
    }
    done++;
    for (const [op, n] of Object.entries(r.report.operations)) totals[op as Operation] += n;
    return r.value;
  };
  const parseOrReport = (text: string, where: string): { value: unknown } | undefined => {
    try {
      return { value: JSON.parse(text) };
    } catch {
      // The validator's message names the line, the column and what was expected, never the text.
      fail(where, createValidator().validateJson(text).issues);
      return undefined;
    }
  };

  if (ndjson) {
    let stream: NodeJS.ReadableStream;
    try {
      stream =
        input === "-" ? io.stdin : createReadStream(resolve(io.cwd, input), { highWaterMark: 1024 * 1024 });
    } catch (e) {
      throw new InputError(`cannot read ${name}: ${errno(e)}`);
    }
    let n = 0;
    try {
      for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
        n++;
        if (BLANK.test(line)) continue;
        const parsedLine = parseOrReport(line, `${name}:${n}`);
        const value = parsedLine && one(parsedLine.value, `${name}:${n}`);
        if (value) await out.write(`${JSON.stringify(value)}\n`);
      }
    } catch (e) {
      throw new InputError(`cannot read ${name}: ${errno(e)}`);
    }
  } else {
    let text: string;
    try {
      text = input === "-" ? await readAll(io.stdin) : readFileSync(resolve(io.cwd, input), "utf8");
    } catch (e) {
      throw new InputError(`cannot read ${name}: ${errno(e)}`);
    }
    const parsedText = parseOrReport(text, name);
    if (parsedText && Array.isArray(parsedText.value)) {
      const values = parsedText.value.map((d, i) => one(d, `${name}#/${i}`)).filter((v) => v !== undefined);
      await out.write(`${JSON.stringify(values, null, 2)}\n`);
    } else if (parsedText) {
      const value = one(parsedText.value, name);
      if (value) await out.write(`${JSON.stringify(value, null, 2)}\n`);
    }
  }
  await out.flush();
  const ops = Object.entries(totals)
    .map(([op, count]) => `${op} ${count}`)
    .join(", ");
  io.stderr.write(
    `trm anonymise: ${done} anonymised, ${invalid} invalid (policy ${anonymiser.policy}, key ${anonymiser.keyId}); ${ops}\n`,
  );
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}
