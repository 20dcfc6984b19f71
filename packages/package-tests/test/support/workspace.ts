import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

export const REPO_DIR = resolve(import.meta.dirname, "../../../..");

/** A workspace package that is published to npm (not `private`). */
export interface PublishedPackage {
  readonly dir: string;
  readonly name: string;
  readonly version: string;
  readonly manifest: Record<string, unknown>;
}

/** Every non-private package under packages/, in a stable order. */
export function publishedPackages(): PublishedPackage[] {
  const root = join(REPO_DIR, "packages");
  return readdirSync(root)
    .sort()
    .map((d) => join(root, d))
    .flatMap((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
      if (manifest.private === true) return [];
      return [{ dir, name: String(manifest.name), version: String(manifest.version), manifest }];
    });
}

/**
 * The pnpm command line to run: the pnpm that runs this test (`npm_execpath`), else `pnpm` on PATH.
 * Packing must use pnpm: it rewrites `workspace:*` ranges into real versions.
 */
export function pnpmCommand(): readonly string[] {
  const execPath = process.env.npm_execpath;
  // pnpm's JavaScript entry runs under node; its standalone build (what npx installs) is a native binary.
  if (execPath && /pnpm/.test(basename(execPath)))
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, execPath] : [execPath];
  if (spawnSync("pnpm", ["--version"], { stdio: "ignore" }).status === 0) return ["pnpm"];
  throw new Error("pnpm is not available: run the tests through pnpm (npx -y pnpm@12.4.2 test)");
}

/** Runs pnpm with arguments in a directory and returns its stdout; throws with stderr on failure. */
export function pnpm(args: readonly string[], cwd: string): string {
  const [cmd, ...pre] = pnpmCommand();
  return execFileSync(cmd as string, [...pre, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Packs every published package into a new temporary directory; returns name -> tarball path. */
export function packAll(packages: readonly PublishedPackage[]): Map<string, string> {
  const out = mkdtempSync(join(tmpdir(), "open-trm-pack-"));
  const tarballs = new Map<string, string>();
  for (const p of packages) {
    pnpm(["pack", "--pack-destination", out], p.dir);
    const file = `${p.name.replace(/^@/, "").replace("/", "-")}-${p.version}.tgz`;
    tarballs.set(p.name, join(out, file));
  }
  return tarballs;
}

/** The import specifiers of a package's exports map (no wildcards, no package.json). */
export function entrySpecifiers(p: PublishedPackage): { specifier: string; require: boolean }[] {
  const exportsMap = (p.manifest.exports ?? {}) as Record<string, unknown>;
  return Object.entries(exportsMap)
    .filter(([key]) => !key.includes("*") && key !== "./package.json")
    .map(([key, target]) => ({
      specifier: key === "." ? p.name : `${p.name}/${key.slice(2)}`,
      require: typeof target === "object" && target !== null && "require" in target,
    }));
}
