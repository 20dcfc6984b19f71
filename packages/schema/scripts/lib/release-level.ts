// The release-level check: the schemas of the working tree against the baseline of the last release, and the
// level the classifier detects against the level the pending changesets declare (docs/versioning.md).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReleaseLevel, SchemaChange } from "../../src/diff/index.js";
import { compareLevels, diffSchemaSets, maxLevel, readSchemaDir } from "../../src/diff/index.js";

/** The package whose schemas the check guards. */
export const SCHEMA_PACKAGE = "@open-trm/schema";
/** Where the baseline lives, relative to the repository root. */
export const BASELINE_DIR = "packages/schema/baseline";

const BUMP = /^\s*(["']?)([^"':\s][^"':]*)\1\s*:\s*(major|minor|patch|none)\s*$/;

/** The bumps one changeset declares, by package name, or the line that cannot be read. */
export type ParsedChangeset =
  | { readonly ok: true; readonly bumps: ReadonlyMap<string, ReleaseLevel> }
  | { readonly ok: false; readonly problem: string };

/**
 * Reads the front matter of a changeset (`"@open-trm/schema": minor`, one package a line).
 * @example
 * parseChangeset('---\n"@open-trm/schema": minor\n---\n\nNew optional field.\n');
 */
export function parseChangeset(text: string): ParsedChangeset {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const end = lines.indexOf("---", 1);
  if (lines[0] !== "---" || end < 0) return { ok: false, problem: "no front matter between --- lines" };
  const bumps = new Map<string, ReleaseLevel>();
  for (const [i, line] of lines.slice(1, end).entries()) {
    if (line.trim() === "") continue;
    const m = BUMP.exec(line);
    if (!m) return { ok: false, problem: `line ${i + 2} is not "<package>": major|minor|patch|none` };
    bumps.set(m[2] as string, m[3] as ReleaseLevel);
  }
  return { ok: true, bumps };
}

/**
 * The level the changesets declare for a package: the highest bump of the package or of any package in its
 * `fixed` group (changesets gives every package of a fixed group the same version).
 * @example
 * declaredLevel([bumps], "@open-trm/schema", [["@open-trm/schema", "@open-trm/validator"]]); // "minor"
 */
export function declaredLevel(
  changesets: readonly ReadonlyMap<string, ReleaseLevel>[],
  pkg: string,
  fixed: readonly (readonly string[])[] = [],
): ReleaseLevel {
  const group = new Set([pkg, ...fixed.filter((g) => g.includes(pkg)).flat()]);
  return maxLevel(
    changesets.flatMap((c) => [...c].filter(([name]) => group.has(name)).map(([, level]) => level)),
  );
}

/** The outcome of the check. */
export interface ReleaseCheck {
  /** True when the detected level does not exceed the declared one and the baseline is the last release's. */
  readonly ok: boolean;
  /** The level the classifier finds between the baseline and the working tree. */
  readonly detected: ReleaseLevel;
  /** The level the pending changesets declare for the schema package. */
  readonly declared: ReleaseLevel;
  /** The changes found. */
  readonly changes: readonly SchemaChange[];
  /** Why the check fails, one sentence each; empty when it passes. */
  readonly problems: readonly string[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/**
 * Runs the check on a repository: `.changeset/`, `schemas/`, the baseline and the schema package's version.
 * @example
 * const check = checkReleaseLevel("/path/to/repo");
 * if (!check.ok) console.error(check.problems.join("\n"));
 */
export function checkReleaseLevel(root: string): ReleaseCheck {
  const problems: string[] = [];
  const dir = join(root, ".changeset");
  const config = existsSync(join(dir, "config.json"))
    ? (readJson(join(dir, "config.json")) as { fixed?: string[][] })
    : {};
  const bumps: ReadonlyMap<string, ReleaseLevel>[] = [];
  for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!file.endsWith(".md") || file === "README.md") continue;
    const parsed = parseChangeset(readFileSync(join(dir, file), "utf8"));
    if (parsed.ok) bumps.push(parsed.bumps);
    else problems.push(`.changeset/${file}: ${parsed.problem}`);
  }
  const declared = declaredLevel(bumps, SCHEMA_PACKAGE, config.fixed ?? []);

  const release = readJson(join(root, BASELINE_DIR, "release.json")) as { version?: unknown };
  const { version } = readJson(join(root, "packages/schema/package.json")) as { version?: unknown };
  if (release.version !== version)
    problems.push(
      `the baseline holds release ${String(release.version)} but ${SCHEMA_PACKAGE} is at ${String(version)}: after \`changeset version\`, run \`pnpm --filter ${SCHEMA_PACKAGE} baseline\``,
    );
  const [before, after] = [readSchemaDir(join(root, BASELINE_DIR)), readSchemaDir(join(root, "schemas"))];
  for (const [name, r] of [
    ["baseline", before],
    ["schemas", after],
  ] as const) {
    if (!r.ok) problems.push(...r.issues.map((i) => `${name}: ${i.file ? `${i.file}: ` : ""}${i.message}`));
  }
  if (!before.ok || !after.ok) return { ok: false, detected: "none", declared, changes: [], problems };
  const diff = diffSchemaSets(before.value, after.value);
  if (compareLevels(diff.level, declared) > 0)
    problems.push(
      `the schemas changed at level ${diff.level} since release ${String(release.version)}, but the pending changesets declare ${declared} for ${SCHEMA_PACKAGE} (or its fixed group): add a changeset with \`pnpm changeset\``,
    );
  return { ok: problems.length === 0, detected: diff.level, declared, changes: diff.changes, problems };
}
