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
