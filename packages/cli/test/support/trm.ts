// Runs the BUILT `trm` binary (bin/trm.js -> dist/main.js) as CI and users do: a child process of this Node.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** packages/cli */
export const CLI_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The repository root. */
export const REPO_DIR = join(CLI_DIR, "..", "..");
export const BIN = join(CLI_DIR, "bin", "trm.js");

if (!existsSync(join(CLI_DIR, "dist", "main.js")))
  throw new Error("packages/cli/dist/main.js is missing: build first (turbo run build)");

/** What one run of the binary printed and returned. */
export interface TrmRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a run. */
export interface TrmOptions {
  /** Working directory; paths in reports are relative to it (default: packages/cli/test/golden). */
  readonly cwd?: string;
  /** Text written to standard input (default: nothing, stdin closed). */
  readonly input?: string;
}

// A fixed, small environment: no colours, no TTY, the same in CI and on a laptop.
const env = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? "",
  NO_COLOR: "1",
  LANG: "C.UTF-8",
  TZ: "UTC",
});

/** Runs `trm <args>` synchronously. */
export function runTrm(args: readonly string[], options: TrmOptions = {}): TrmRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? join(CLI_DIR, "test", "golden"),
    input: options.input ?? "",
    encoding: "utf8",
    env: env(),
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `trm <args>` without blocking the event loop (for several runs at once). */
export function runTrmAsync(args: readonly string[], options: TrmOptions = {}): Promise<TrmRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? join(CLI_DIR, "test", "golden"),
      env: env(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.end(options.input ?? "");
  });
}

/** Output formats of `trm validate`. */
export const FORMATS = ["human", "json", "junit", "sarif", "github"] as const;
export type Format = (typeof FORMATS)[number];

/** A stack trace line as V8 prints it (`    at fn (file:line:col)`), or a Node internal error banner. */
export const STACK_TRACE =
  /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$|node:internal|Error: .*\n\s+at /m;
