import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** Exit codes of every trm command; CI can trust them. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;

/** Where a command reads and writes; the real process by default, buffers in tests. */
export interface Io {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
}

/** A usage error: bad flags or arguments (exit 2). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** An input that cannot be read: missing file, permission denied (exit 2). */
export class InputError extends Error {
  override readonly name = "InputError";
}

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  // Opening standard input costs a few milliseconds of start-up; only `-` needs it.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
});

/** Reads a whole stream (standard input) as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads one input named on the command line: a file relative to the working directory, or `-` for stdin. */
export async function readTextInput(name: string, io: Io): Promise<string> {
  if (name === "-") return readAll(io.stdin);
  try {
    return readFileSync(resolve(io.cwd, name), "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
}
