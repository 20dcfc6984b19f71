import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { InputError } from "./io.js";

/** One input to validate: a file path, or standard input. */
export interface Input {
  /** The name shown in reports: the path as given or relative to the working directory, or `-`. */
  readonly name: string;
  /** Absolute path, or undefined for standard input. */
  readonly path?: string;
  /** Whether to read it as NDJSON (one document per line). */
  readonly ndjson: boolean;
}

const DOC_FILE = /\.(json|ndjson|jsonl)$/i;
const isNdjsonName = (p: string) => /\.(ndjson|jsonl)$/i.test(p);

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/**
 * Expands the command's arguments: files as given, directories to their .json/.ndjson/.jsonl files, globs
 * (`*`, `**`, `?`) to matching files, `-` to standard input. A name that matches nothing is an input error.
 */
export function expandInputs(args: readonly string[], cwd: string, forceNdjson: boolean): Input[] {
  const inputs: Input[] = [];
  const show = (abs: string) => relative(cwd, abs).split(sep).join("/") || abs;
  for (const arg of args) {
    if (arg === "-") {
      inputs.push({ name: "-", ndjson: forceNdjson });
      continue;
    }
    if (/[*?]/.test(arg)) {
      const normal = arg.split(sep).join("/");
      const staticPart = normal
        .split("/")
        .filter((_, i, parts) => !/[*?]/.test(parts.slice(0, i + 1).join("/")));
      const base = resolve(cwd, staticPart.join("/") || ".");
      const re = globToRegExp(resolve(cwd, normal).split(sep).join("/"));
      let files: string[] = [];
      try {
        files = walk(base).filter((f) => re.test(f.split(sep).join("/")));
      } catch {
        files = [];
      }
      if (files.length === 0) throw new InputError(`no files match ${arg}`);
      for (const f of files) inputs.push({ name: show(f), path: f, ndjson: forceNdjson || isNdjsonName(f) });
      continue;
    }
    const abs = resolve(cwd, arg);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(abs);
    } catch (e) {
      throw new InputError(`cannot read ${arg}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
    }
    if (st.isDirectory()) {
      const files = walk(abs).filter((f) => DOC_FILE.test(f));
      if (files.length === 0) throw new InputError(`no .json, .ndjson or .jsonl files in ${arg}`);
      for (const f of files) inputs.push({ name: show(f), path: f, ndjson: forceNdjson || isNdjsonName(f) });
    } else inputs.push({ name: arg, path: abs, ndjson: forceNdjson || isNdjsonName(abs) });
  }
  return inputs;
}
