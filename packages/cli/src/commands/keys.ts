import { resolve } from "node:path";
import { NodeError, rotateKeys } from "@open-trm/node";
import { parse, str } from "../args.js";
import { EXIT, InputError, type Io, UsageError } from "../io.js";

/**
 * `trm keys rotate --db <file>`: adds a new signing key, which signs from now on (a running node picks it up);
 * older keys stay in the JWKS so that earlier signatures still verify. Prints the new key's `kid`.
 */
export async function keysCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, { db: { type: "string" } });
  const [verb, ...extra] = parsed.positionals;
  if (verb !== "rotate" || extra.length > 0) throw new UsageError("usage: trm keys rotate --db <file>");
  const db = str(parsed, "db");
  if (db === undefined) throw new UsageError("keys rotate needs --db <file>");
  try {
    io.stdout.write(`${await rotateKeys(resolve(io.cwd, db))}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof NodeError) throw new InputError(`cannot use the database ${db}: ${e.code}`);
    throw e;
  }
}
