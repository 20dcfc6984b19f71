// Reads the schemas and codelists of one version from files: a directory on disk, or any map of files (the CLI
// builds one from a git tree). Only `*.schema.json` and `codelists/*.json` are read; CSV and .d.ts are derived.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isObject } from "./json.js";
import type { PublishedCodelist, SchemaSet } from "./types.js";

/** A file that could not be used. */
export interface LoadIssue {
  /** The file, relative to the directory given (`""` for the directory itself). */
  readonly file: string;
  /** What is wrong, without the file's content. */
  readonly message: string;
}

/** The schemas and codelists read, or why they could not be read. */
export type LoadResult =
  | { readonly ok: true; readonly value: SchemaSet; readonly folder: string }
  | { readonly ok: false; readonly issues: readonly LoadIssue[] };

const SCHEMA = /^[^/]+\.schema\.json$/;
const CODELIST = /^codelists\/([^/]+)\.json$/;
const VERSION_FOLDER = /^v(\d+)\//;

function isCodelist(v: unknown): v is PublishedCodelist {
  return (
    isObject(v) &&
    typeof v.name === "string" &&
    typeof v.open === "boolean" &&
    Array.isArray(v.codes) &&
    v.codes.every((c) => isObject(c) && typeof c.code === "string")
  );
}

/**
 * Builds a schema set from files keyed by path; when the schemas sit in version folders (`v1/`, `v2/`), the
 * highest version folder is read, so `schemas/` and `schemas/v1/` give the same set.
 * @example
 * const r = schemaSetFromFiles(new Map([["v1/referral.schema.json", '{"type":"object"}']]));
 * // r.ok && r.folder === "v1/"
 */
export function schemaSetFromFiles(files: ReadonlyMap<string, string>): LoadResult {
  const paths = [...files.keys()].map((p) => p.replace(/\\/g, "/"));
  let folder = "";
  if (!paths.some((p) => SCHEMA.test(p))) {
    const versions = paths
      .map((p) => Number(VERSION_FOLDER.exec(p)?.[1] ?? Number.NaN))
      .filter((v) => v >= 0);
    if (versions.length > 0) folder = `v${Math.max(...versions)}/`;
  }
  const schemas: Record<string, unknown> = {};
  const codelists: Record<string, PublishedCodelist> = {};
  const issues: LoadIssue[] = [];
  for (const [key, text] of files) {
    const path = key.replace(/\\/g, "/");
    if (!path.startsWith(folder)) continue;
    const rel = path.slice(folder.length);
    const list = CODELIST.exec(rel)?.[1];
    if (!SCHEMA.test(rel) && list === undefined) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      issues.push({ file: path, message: "not valid JSON" });
      continue;
    }
    if (list === undefined) schemas[rel] = value;
    else if (isCodelist(value)) codelists[list] = value;
    else
      issues.push({ file: path, message: "not a codelist: expected name, open and codes with a code each" });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (Object.keys(schemas).length === 0)
    return { ok: false, issues: [{ file: "", message: "no JSON Schemas (*.schema.json) found" }] };
  return { ok: true, value: { schemas, codelists }, folder };
}

/**
 * Reads every `.json` file under a directory, keyed by its path relative to the directory (`/` separators).
 * @example
 * const files = readSchemaFiles("schemas"); // Map { "v1/referral.schema.json" => "{...}", ... }
 */
export function readSchemaFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".json")) files.set(path, readFileSync(join(dir, path), "utf8"));
    }
  };
  walk("");
  return files;
}

/**
 * Reads the schema set of a directory (`schemas/`, `schemas/v1/` or a baseline copy); I/O failures are issues.
 * @example
 * const r = readSchemaDir("schemas");
 * if (r.ok) console.log(Object.keys(r.value.schemas));
 */
export function readSchemaDir(dir: string): LoadResult {
  let files: Map<string, string>;
  try {
    files = readSchemaFiles(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
    return { ok: false, issues: [{ file: "", message: `cannot read the directory: ${code}` }] };
  }
  return schemaSetFromFiles(files);
}
