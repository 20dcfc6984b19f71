import { resolve } from "node:path";
import { createNode, NodeError } from "@open-trm/node";
import { parse, str } from "../args.js";
import { EXIT, InputError, type Io, UsageError } from "../io.js";

function portOf(text: string | undefined): number {
  if (text === undefined) return 8787;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError("--port must be an integer from 0 to 65535");
  return port;
}

/**
 * `trm serve --db <file> [--port 8787] [--host 127.0.0.1]`: runs the reference exchange node until SIGINT or
 * SIGTERM; prints one line with its URL when it listens, and request log lines (no values) on standard error.
 */
export async function serveCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, { db: { type: "string" }, port: { type: "string" }, host: { type: "string" } });
  if (parsed.positionals.length > 0) throw new UsageError("serve takes no arguments; run trm --help");
  const db = str(parsed, "db");
  if (db === undefined) throw new UsageError("serve needs --db <file>; run trm --help");
  const port = portOf(str(parsed, "port"));
  const host = str(parsed, "host") ?? "127.0.0.1";
  let node: ReturnType<typeof createNode>;
  let url: string;
  try {
    node = createNode({
      dbPath: resolve(io.cwd, db),
      host,
      port,
      logger: (entry) => io.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`),
    });
    url = await node.start();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (e instanceof NodeError) throw new InputError(`cannot use the database ${db}: ${e.code}`);
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
      throw new InputError(`cannot listen on ${host}:${port}: ${code}`);
    }
    throw e;
  }
  io.stdout.write(`listening on ${url}\n`);
  await new Promise<void>((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
  await node.stop();
  return EXIT.ok;
}
