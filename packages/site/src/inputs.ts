// Reads what the site is generated from: the published JSON Schemas, codelists and rule catalogue in
// schemas/v1, the synthetic examples, and the repository's markdown documents.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

/** A JSON Schema node, read as plain data. */
export type SchemaNode = { readonly [keyword: string]: unknown };

/** One code of a codelist as published in `schemas/v1/codelists/<name>.json`. */
export interface CodeEntry {
  readonly code: string;
  readonly label: Readonly<Record<string, string>>;
  readonly description: string;
  readonly source: string;
  readonly since: string;
  readonly deprecated?: boolean | string;
}

/** A codelist as published in `schemas/v1/codelists/<name>.json`. */
export interface CodelistFile {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly open: boolean;
  readonly source: string;
  readonly codes: readonly CodeEntry[];
}

/** One entry of `schemas/v1/rules.json`. */
export interface RuleEntry {
  readonly id: string;
  readonly layer: string;
  readonly severity: string;
  readonly message: string;
  readonly guidance: string;
  readonly appliesTo?: readonly string[];
}

/** One document type with its schema and examples. */
export interface DocumentInput {
  /** The `documentType` value, e.g. `victimProfile`. */
  readonly documentType: string;
  /** The kebab-case name used for files, e.g. `victim-profile`. */
  readonly slug: string;
  /** The schema `$id`. */
  readonly schemaId: string;
  /** The schema file name in `schemas/v1`. */
  readonly schemaFile: string;
  /** The JSON Schema. */
  readonly schema: SchemaNode;
  /** The example documents, by file name, sorted by name. */
  readonly examples: readonly { readonly file: string; readonly text: string; readonly value: unknown }[];
}

/** A markdown document of the repository. */
export interface MarkdownInput {
  /** Path from the repository root, with `/` separators. */
  readonly path: string;
  /** The markdown source. */
  readonly source: string;
}

/** Everything the site is generated from. */
export interface SiteInputs {
  readonly standardVersion: string;
  readonly documents: readonly DocumentInput[];
  readonly codelists: readonly CodelistFile[];
  readonly rules: readonly RuleEntry[];
  /** Markdown documents: guides, privacy, versioning, mappings, decisions, examples, changelogs, changesets. */
  readonly markdown: readonly MarkdownInput[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

function markdownIn(
  root: string,
  dir: string,
  keep: (name: string) => boolean = () => true,
): MarkdownInput[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => name.endsWith(".md") && keep(name))
    .sort()
    .map((name) => ({ path: `${dir}/${name}`, source: readFileSync(join(abs, name), "utf8") }));
}

function changelogs(root: string): MarkdownInput[] {
  const found = markdownIn(root, ".", (n) => n === "CHANGELOG.md").map((m) => ({
    ...m,
    path: "CHANGELOG.md",
  }));
  const packages = join(root, "packages");
  for (const pkg of existsSync(packages) ? readdirSync(packages).sort() : []) {
    found.push(...markdownIn(root, `packages/${pkg}`, (n) => n === "CHANGELOG.md"));
  }
  return found;
}

/**
 * Reads the schemas, codelists, rules, examples and markdown documents from a repository checkout.
 * @example
 * const inputs = loadInputs("/path/to/open-trm");
 * inputs.documents.map((d) => d.documentType);
 */
export function loadInputs(root: string): SiteInputs {
  const v1 = join(root, "schemas", "v1");
  const index = readJson(join(v1, "index.json")) as {
    standardVersion: string;
    documents: { documentType: string; $id: string; file: string }[];
    codelists: { name: string; json: string }[];
  };
  const documents = index.documents.map((d): DocumentInput => {
    const slug = d.file.replace(/\.schema\.json$/, "");
    const exampleDir = join(root, "examples", slug);
    const files = existsSync(exampleDir) ? readdirSync(exampleDir).filter((f) => f.endsWith(".json")) : [];
    const examples = files.sort().map((file) => {
      const text = readFileSync(join(exampleDir, file), "utf8");
      return { file, text, value: JSON.parse(text) as unknown };
    });
    return {
      documentType: d.documentType,
      slug,
      schemaId: d.$id,
      schemaFile: d.file,
      schema: readJson(join(v1, d.file)) as SchemaNode,
      examples,
    };
  });
  const codelists = index.codelists.map((c) => readJson(join(v1, c.json)) as CodelistFile);
  const rules = (readJson(join(v1, "rules.json")) as { rules: RuleEntry[] }).rules;
  const markdown = [
    ...markdownIn(root, "docs", (n) => n !== "rules.md"),
    ...markdownIn(root, "docs/guides"),
    ...markdownIn(root, "docs/mappings"),
    ...markdownIn(root, "docs/decisions"),
    ...markdownIn(root, "examples", (n) => n === "README.md"),
    ...changelogs(root),
    ...markdownIn(root, ".changeset", (n) => basename(n) !== "README.md"),
  ];
  return { standardVersion: index.standardVersion, documents, codelists, rules, markdown };
}
