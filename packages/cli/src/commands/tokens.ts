import { resolve } from "node:path";
import { createToken, NodeError } from "@open-trm/node";
import { parse, str } from "../args.js";
import { EXIT, InputError, type Io, UsageError } from "../io.js";

/**
 * `trm tokens create --db <file> --focal-point <id> | --admin`: prints one new bearer token on standard output
 * and nothing else; the database keeps only its SHA-256, so it cannot be shown again.
 */
export async function tokensCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, {
    db: { type: "string" },
    "focal-point": { type: "string" },
    admin: { type: "boolean" },
  });
  const [verb, ...extra] = parsed.positionals;
  if (verb !== "create" || extra.length > 0)
    throw new UsageError("usage: trm tokens create --db <file> --focal-point <id> | --admin");
  const db = str(parsed, "db");
  if (db === undefined) throw new UsageError("tokens create needs --db <file>");
  const focalPoint = str(parsed, "focal-point");
  const admin = parsed.values.admin === true;
  if ((focalPoint === undefined) === !admin)
    throw new UsageError("tokens create needs exactly one of --focal-point <id> and --admin");
  try {
    const token = createToken(
      resolve(io.cwd, db),
      focalPoint === undefined ? { admin: true } : { focalPoint },
    );
    io.stdout.write(`${token}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof NodeError && e.code === "OPTION_INVALID")
      throw new UsageError("--focal-point must be a UUID");
    if (e instanceof NodeError) throw new InputError(`cannot use the database ${db}: ${e.code}`);
    throw e;
  }
}
