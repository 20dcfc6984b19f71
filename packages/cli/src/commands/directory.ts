import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { importDirectory, NodeError } from "@open-trm/node";
import { parse, str } from "../args.js";
import { EXIT, InputError, type Io, UsageError } from "../io.js";

/**
 * `trm directory import --db <file> <focal-point-directory.json>`: validates a focalPointDirectory document and
 * makes it the directory the node serves; an invalid one is reported (paths and rule codes, no values), exit 1.
 */
export async function directoryCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, { db: { type: "string" } });
  const [verb, file, ...extra] = parsed.positionals;
  if (verb !== "import" || file === undefined || extra.length > 0) {
    throw new UsageError("usage: trm directory import --db <file> <focal-point-directory.json>");
  }
  const db = str(parsed, "db");
  if (db === undefined) throw new UsageError("directory import needs --db <file>");
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    io.stderr.write(`trm: ${file} is not JSON\n`);
    return EXIT.invalid;
  }
  let result: ReturnType<typeof importDirectory>;
  try {
    result = importDirectory(resolve(io.cwd, db), doc);
  } catch (e) {
    if (e instanceof NodeError) throw new InputError(`cannot use the database ${db}: ${e.code}`);
    throw e;
  }
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === "error");
    for (const i of errors) io.stderr.write(`${file}: ${i.path || "/"} ${i.code} ${i.message}\n`);
    io.stderr.write(`trm: the directory is not valid (errors: ${errors.length}); nothing was imported\n`);
    return EXIT.invalid;
  }
  io.stderr.write(`trm: imported a directory of ${result.focalPoints} focal points\n`);
  return EXIT.ok;
}
