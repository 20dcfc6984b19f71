import { createReadStream, readFileSync, statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { createValidator, type Issue, type ValidationResult } from "@open-trm/validator";
import { choice, parse, str } from "../args.js";
import { expandInputs, type Input } from "../inputs.js";
import { EXIT, InputError, type Io, readAll, UsageError } from "../io.js";
import { progressBar } from "../progress.js";
import { githubReporter } from "../reporters/github.js";
import { humanReporter } from "../reporters/human.js";
import { jsonReporter } from "../reporters/json.js";
import { junitReporter } from "../reporters/junit.js";
import { sarifReporter } from "../reporters/sarif.js";
import type { Reporter, ReporterOptions, Summary } from "../reporters/types.js";

const FORMATS = ["human", "json", "junit", "sarif", "github"] as const;
const REPORTERS: Record<(typeof FORMATS)[number], (o: ReporterOptions) => Reporter> = {
  human: humanReporter,
  json: jsonReporter,
  junit: junitReporter,
  sarif: sarifReporter,
  github: githubReporter,
};
const LARGE_INPUT = 8 * 1024 * 1024;
// Only JSON's whitespace makes an NDJSON line blank; a line of U+00A0 or a lone BOM is not JSON, so it is reported.
const BLANK = /^[ \t\r\n]*$/;

function readWhole(input: Input): string {
  try {
    return readFileSync(input.path as string, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${input.name}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
}

/** `trm validate`: see `trm --help`. */
export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, {
    ndjson: { type: "boolean" },
    bundle: { type: "boolean" },
    format: { type: "string" },
    "fail-on": { type: "string" },
    "max-issues": { type: "string" },
    quiet: { type: "boolean" },
  });
  const { values, positionals } = parsed;
  if (positionals.length === 0)
    throw new UsageError("validate needs at least one file, directory, glob or - for standard input");
  const format = choice("format", str(parsed, "format"), FORMATS, "human");
  const failOn = choice("fail-on", str(parsed, "fail-on"), ["error", "warning"] as const, "error");
  const maxIssues =
    str(parsed, "max-issues") === undefined ? Number.POSITIVE_INFINITY : Number(str(parsed, "max-issues"));
  if (!Number.isInteger(maxIssues) && maxIssues !== Number.POSITIVE_INFINITY)
    throw new UsageError("--max-issues must be a whole number");
  if (maxIssues < 0) throw new UsageError("--max-issues must not be negative");
  const inputs = expandInputs(positionals, io.cwd, values.ndjson === true);
  if (inputs.filter((i) => i.name === "-").length > 1)
    throw new UsageError("standard input (-) can be given only once");

  const validator = createValidator();
  const reporter = REPORTERS[format]({ write: (s) => io.stdout.write(s), quiet: values.quiet === true });
  const summary: Summary = {
    documents: 0,
    valid: 0,
    invalid: 0,
    errors: 0,
    warnings: 0,
    files: inputs.length,
  };
  const report = (file: string, r: ValidationResult, line?: number) => {
    summary.documents++;
    if (r.ok) summary.valid++;
    else summary.invalid++;
    for (const i of r.issues) {
      if (i.severity === "error") summary.errors++;
      else summary.warnings++;
    }
    const shown: Issue[] = r.issues.length > maxIssues ? r.issues.slice(0, maxIssues) : [...r.issues];
    reporter.document({
      file,
      ...(line === undefined ? {} : { line }),
      ...(r.documentType === undefined ? {} : { documentType: r.documentType }),
      valid: r.ok,
      issues: shown,
      omitted: r.issues.length - shown.length,
    });
  };

  if (values.bundle) {
    // Every document of every input, validated together.
    const names: { file: string; line?: number }[] = [];
    const docs: unknown[] = [];
    const early: [string, ValidationResult, number | undefined][] = [];
    for (const input of inputs) {
      const text = input.path ? readWhole(input) : await readAll(io.stdin);
      const units = input.ndjson
        ? text.split(/\r?\n/).map((t, i) => [t, i + 1] as const)
        : [[text, undefined] as const];
      for (const [unit, line] of units) {
        if (input.ndjson && BLANK.test(unit)) continue;
        const parsed = validator.parseJson(unit);
        if (!parsed.ok) {
          early.push([input.name, parsed, line]);
          continue;
        }
        const value = parsed.value;
        for (const [k, doc] of Array.isArray(value)
          ? value.map((d, i) => [i, d] as const)
          : [[undefined, value] as const]) {
          names.push({
            file: k === undefined ? input.name : `${input.name}#/${k}`,
            ...(line === undefined ? {} : { line }),
          });
          docs.push(doc);
        }
      }
    }
    for (const [f, r, l] of early) report(f, r, l);
    const bundle = validator.validateBundle(docs);
    bundle.results.forEach((r, i) => {
      report(names[i]?.file ?? "?", r, names[i]?.line);
    });
  } else {
    for (const input of inputs) {
      if (input.ndjson) await validateNdjson(input, io, validator, report);
      else {
        const text = input.path ? readWhole(input) : await readAll(io.stdin);
        const parsed = validator.parseJson(text);
        if (!parsed.ok) report(input.name, parsed);
        else if (Array.isArray(parsed.value)) {
          parsed.value.forEach((doc, i) => {
            report(`${input.name}#/${i}`, validator.validate(doc));
          });
        } else report(input.name, validator.validate(parsed.value));
      }
    }
  }
  const failed = summary.invalid > 0 || (failOn === "warning" && summary.warnings > 0);
  reporter.end(summary, failed);
  return failed ? EXIT.invalid : EXIT.ok;
}

/**
 * The lines of an NDJSON stream, a chunk's worth at a time: split at `\n`, a `\r` before it dropped (as NDJSON
 * and `--bundle` define lines). Whole batches instead of readline's one promise per line: faster on big inputs.
 */
async function* lineBatches(
  stream: NodeJS.ReadableStream,
  name: string,
  onBytes: (n: number) => void,
): AsyncGenerator<string[]> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for await (const chunk of stream) {
      const text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
      onBytes(typeof chunk === "string" ? Buffer.byteLength(chunk) : (chunk as Buffer).length);
      // Only the new text is searched, so a very long line costs linear time.
      if (!text.includes("\n")) {
        rest += text;
        continue;
      }
      const lines = text.split("\n");
      lines[0] = rest + lines[0];
      rest = lines.pop() ?? "";
      yield lines;
    }
  } catch (e) {
    throw new InputError(`cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? "read error"}`);
  }
  rest += decoder.end();
  if (rest !== "") yield [rest];
}

async function validateNdjson(
  input: Input,
  io: Io,
  validator: ReturnType<typeof createValidator>,
  report: (file: string, r: ValidationResult, line?: number) => void,
): Promise<void> {
  let stream: NodeJS.ReadableStream;
  let total = 0;
  if (input.path) {
    try {
      total = statSync(input.path).size;
      stream = createReadStream(input.path, { highWaterMark: 1024 * 1024 });
    } catch (e) {
      throw new InputError(`cannot read ${input.name}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
    }
  } else stream = io.stdin;
  const bar = io.stderr.isTTY && total > LARGE_INPUT ? progressBar(io.stderr, input.name, total) : undefined;
  let read = 0;
  const onBytes = (n: number) => {
    read += n;
    bar?.update(read);
  };
  let n = 0;
  try {
    for await (const lines of lineBatches(stream, input.name, onBytes)) {
      for (const raw of lines) {
        n++;
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        if (BLANK.test(line)) continue;
        report(input.name, validator.validateJson(line), n);
      }
    }
  } finally {
    bar?.done();
  }
}
