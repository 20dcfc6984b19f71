import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** A JSON file found on disk, parsed, or the parse error when it is not JSON. */
export type JsonFile =
  | { readonly path: string; readonly ok: true; readonly value: unknown }
  | { readonly path: string; readonly ok: false; readonly error: string };

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules") return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".json") ? [p] : [];
  });
}

/** Every `*.json` file under `dirs` as it is when called (missing directories yield nothing), sorted, paths relative to `root`. */
export function readJsonFiles(root: string, dirs: readonly string[]): JsonFile[] {
  return dirs
    .flatMap((d) => walk(join(root, d)))
    .sort()
    .map((abs) => {
      const path = relative(root, abs);
      try {
        return { path, ok: true as const, value: JSON.parse(readFileSync(abs, "utf8")) as unknown };
      } catch (e) {
        return { path, ok: false as const, error: e instanceof Error ? e.message : String(e) };
      }
    });
}
