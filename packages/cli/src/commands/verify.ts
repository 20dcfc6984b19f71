import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Jwks, verifyDocument } from "@open-trm/client";
import { parse, str } from "../args.js";
import { EXIT, InputError, type Io, UsageError } from "../io.js";

const DETACHED_JWS = /^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/;

function readText(path: string, io: Io): string {
  try {
    return readFileSync(resolve(io.cwd, path), "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${what} is not JSON`);
  }
}

// A JWKS from a file or an http(s) URL; a node's `GET /` (NodeInfo) carries its JWKS under `jwks` and is accepted.
async function readJwks(source: string, io: Io): Promise<Jwks> {
  let value: unknown;
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { headers: { accept: "application/json" } });
    } catch {
      throw new InputError("cannot fetch the JWKS: the server did not answer");
    }
    if (!response.ok) throw new InputError(`cannot fetch the JWKS: HTTP ${response.status}`);
    value = parseJson(await response.text(), "the JWKS");
  } else value = parseJson(readText(source, io), "the JWKS");
  const set = value as { keys?: unknown; jwks?: { keys?: unknown } };
  const keys = Array.isArray(set?.keys) ? set.keys : set?.jwks?.keys;
  if (!Array.isArray(keys)) throw new InputError("the JWKS has no keys array");
  return { keys } as Jwks;
}

/**
 * `trm verify <doc> --jwks <file|url> [--signature <jws|file>]`: checks a node's signature of a document. A
 * ReferralRecord or ConsentRecord carries its own `signature`; a bare document needs `--signature`.
 * Exit 0 valid, 1 invalid signature, 2 usage or input error.
 */
export async function verifyCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, { jwks: { type: "string" }, signature: { type: "string" } });
  if (parsed.positionals.length !== 1) throw new UsageError("verify needs exactly one document file");
  const jwksSource = str(parsed, "jwks");
  if (jwksSource === undefined) throw new UsageError("verify needs --jwks <file|url>");
  const file = parsed.positionals[0] as string;
  const value = parseJson(readText(file, io), file);
  const record = value as { document?: unknown; signature?: unknown };
  const isRecord =
    typeof record === "object" &&
    record !== null &&
    "document" in record &&
    typeof record.signature === "string";
  const option = str(parsed, "signature");
  let signature: string;
  if (option !== undefined) signature = DETACHED_JWS.test(option) ? option : readText(option, io).trim();
  else if (isRecord) signature = record.signature as string;
  else throw new UsageError("a bare document needs --signature <jws|file>");
  const doc = isRecord ? record.document : value;
  const result = await verifyDocument(doc, signature, await readJwks(jwksSource, io));
  if (!result.ok) {
    io.stderr.write(`trm: signature invalid: ${result.reason}\n`);
    return EXIT.invalid;
  }
  io.stdout.write(`signature valid (kid ${result.kid})\n`);
  return EXIT.ok;
}
