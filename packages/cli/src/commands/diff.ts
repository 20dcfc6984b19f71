import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import {
  diffSchemaSets,
  type LoadResult,
  readSchemaDir,
  type SchemaChange,
  type SchemaSet,
  schemaSetFromFiles,
} from "@open-trm/schema/diff";
import { choice, parse, str } from "../args.js";
import { EXIT, InputError, type Io, UsageError } from "../io.js";

function git(args: readonly string[], cwd: string, input?: string): Buffer | undefined {
  const r = spawnSync("git", args, { cwd, input, maxBuffer: 512 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

// `<ref>` reads `schemas/` at that commit, `<ref>:<folder>` another folder; undefined when it is not a ref.
// Reads blobs with ls-tree and one cat-file batch: nothing is checked out and the working tree is not touched.
function readGitTree(spec: string, cwd: string): LoadResult | undefined {
  const colon = spec.indexOf(":");
  const [ref, folder] =
    colon < 0 ? [spec, "schemas"] : [spec.slice(0, colon), spec.slice(colon + 1).replace(/\/+$/, "")];
  const top = git(["rev-parse", "--show-toplevel"], cwd)?.toString("utf8").trim();
  if (
    !top ||
    ref === "" ||
    ref.startsWith("-") ||
    !git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd)
  )
    return undefined;
  // `ref:` or `ref:.` reads the whole tree.
  const prefix = folder === "" || folder === "." ? "" : `${folder}/`;
  const pathspec = prefix === "" ? [] : ["--", folder];
  const listing = git(["ls-tree", "-r", "-z", "--full-tree", ref, ...pathspec], top)?.toString("utf8") ?? "";
  const blobs = listing
    .split("\0")
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line))
    .filter((m): m is RegExpExecArray => m?.[2]?.startsWith(prefix) === true && m[2].endsWith(".json"));
  if (blobs.length === 0)
    return { ok: false, issues: [{ file: folder, message: `no JSON files in ${folder} at ${ref}` }] };
  const out = git(["cat-file", "--batch"], top, `${blobs.map((m) => m[1]).join("\n")}\n`);
  if (!out) return { ok: false, issues: [{ file: folder, message: `cannot read ${folder} at ${ref}` }] };
  const files = new Map<string, string>();
  let at = 0;
  for (const m of blobs) {
    // Each object is "<sha> blob <size>\n<content>\n".
    const eol = out.indexOf(10, at);
    const size = Number(out.subarray(at, eol).toString("latin1").split(" ")[2]);
    files.set((m[2] as string).slice(prefix.length), out.subarray(eol + 1, eol + 1 + size).toString("utf8"));
    at = eol + 1 + size + 1;
  }
  return schemaSetFromFiles(files);
}

function load(spec: string, io: Io): SchemaSet {
  const path = resolve(io.cwd, spec);
  const isDir = statSync(path, { throwIfNoEntry: false })?.isDirectory();
  const r = isDir ? readSchemaDir(path) : readGitTree(spec, io.cwd);
  if (r === undefined) throw new UsageError(`${spec} is neither a schemas directory nor a git ref`);
  if (!r.ok)
    throw new InputError(
      r.issues.map((i) => `${spec}: ${i.file ? `${i.file}: ` : ""}${i.message}`).join("\n"),
    );
  return r.value;
}

const line = (c: SchemaChange) => `${c.level.padEnd(5)}  ${c.file}#${c.path}  ${c.kind}: ${c.message}\n`;

/** `trm diff <old> <new> [--format human|json]`: classifies the changes between two versions of the schemas. */
export async function diffCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, { format: { type: "string" } });
  const format = choice("format", str(parsed, "format"), ["human", "json"] as const, "human");
  const [before, after] = parsed.positionals;
  if (parsed.positionals.length !== 2 || before === undefined || after === undefined)
    throw new UsageError("diff needs two arguments: <old> <new>, each a schemas directory or a git ref");
  const diff = diffSchemaSets(load(before, io), load(after, io));
  if (format === "json") io.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
  else {
    for (const c of diff.changes) io.stdout.write(line(c));
    const count = (l: string) => diff.changes.filter((c) => c.level === l).length;
    const summary =
      diff.changes.length === 0
        ? "no changes"
        : `${diff.changes.length} change(s): ${count("major")} major, ${count("minor")} minor, ${count("patch")} patch`;
    io.stdout.write(`${diff.changes.length > 0 ? "\n" : ""}${summary}; release level: ${diff.level}\n`);
  }
  return diff.level === "major" ? EXIT.invalid : EXIT.ok;
}
