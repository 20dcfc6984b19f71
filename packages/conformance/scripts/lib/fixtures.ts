// Builds every fixture and the manifest in memory; `scripts/build-fixtures.ts` writes them, a test compares them.
import { type DocumentTypeName, documentTypeNames, documentTypes, STANDARD_VERSION } from "@open-trm/schema";
import type { Manifest, ManifestEntry } from "../../src/manifest.js";
import { mutations } from "../mutations/index.js";
import { baseDescriptions, baseNames, loadBase } from "./bases.js";
import type { Mutation, Op } from "./mutation.js";
import { deleteAt, getAt, type Json, setAt } from "./pointer.js";

/** Directory of the fixture files, relative to the package root. */
export const FIXTURES_DIR = "fixtures";
/** The manifest file, relative to the package root. */
export const MANIFEST_FILE = "manifest.json";

/** How to read the manifest; kept here so the README and the file say the same thing. */
export const CONVENTIONS = [
  "Each fixture is one JSON document, validated against schemas/v1/<kebab-type>.schema.json (JSON Schema 2020-12) of the Open TRM standard; `documentType` names the schema.",
  "`valid` is the verdict of a validator that asserts `format` (date, date-time, uuid, email, duration) and applies `pattern` with ECMA-262 semantics (an anchored pattern must match the whole string).",
  "Every invalid fixture carries exactly one fault, listed in `errors`.",
  "`errors[].pointer` is the JSON Pointer (RFC 6901) of the fault: for a missing property (`required`), an unknown property (`additionalProperties`) or a bad property name (`propertyNames`) it is the pointer of that property, that is the parent's pointer + '/' + the escaped name; for every other fault it is the pointer of the offending value.",
  "`errors[].keyword` is the JSON Schema keyword that fails; where a value carries both a `format` and a `pattern` that says the same thing, `format` is listed and a `pattern` failure at the same pointer is equally conformant.",
  "Fixtures whose listed keyword is `format` (in the categories badDate, badDateTime, badUuid, badEmail and badDuration) need format assertion; every such field of the standard also carries an equivalent `pattern`, so a validator that treats `format` as an annotation should still reject them.",
  "Semantic rules beyond JSON Schema (TRM-R001 and following) are out of scope: a valid fixture may break them.",
].join(" ");

const serialise = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function applyOps(doc: Json, apply: Op | readonly Op[]): void {
  const ops: readonly Op[] = Array.isArray(apply) ? apply : [apply as Op];
  for (const op of ops) {
    if (op.op === "set") setAt(doc, op.pointer, structuredClone(op.value));
    else deleteAt(doc, op.pointer);
  }
}

function checkRow(row: Mutation): void {
  const where = `${row.type}/${row.name}`;
  if (!NAME.test(row.name)) throw new Error(`${where}: name is not kebab-case`);
  const validCategory = row.category === "edgeCase";
  if (validCategory !== (row.errors.length === 0)) {
    throw new Error(`${where}: edgeCase rows have no errors, every other row exactly one`);
  }
  if (row.errors.length > 1) throw new Error(`${where}: an invalid fixture carries exactly one fault`);
  if (row.category === "base") throw new Error(`${where}: the category base is reserved for base documents`);
}

/** Builds every fixture file and the manifest: path (relative to the package root) -> file content. */
export function buildFixtures(): Map<string, string> {
  const files = new Map<string, string>();
  const entries: ManifestEntry[] = [];
  const add = (
    type: DocumentTypeName,
    entry: Omit<ManifestEntry, "path" | "documentType">,
    name: string,
    doc: Json,
  ) => {
    const path = `${FIXTURES_DIR}/${documentTypes[type].kebab}/${entry.valid ? "valid" : "invalid"}/${name}.json`;
    if (files.has(path)) throw new Error(`duplicate fixture ${path}`);
    const content = serialise(doc);
    const twin = [...files].find(
      ([p, c]) => c === content && p.startsWith(`${FIXTURES_DIR}/${documentTypes[type].kebab}/`),
    );
    if (twin) throw new Error(`${path} has the same content as ${twin[0]}`);
    files.set(path, content);
    entries.push({ path, documentType: type, ...entry });
  };

  for (const type of documentTypeNames) {
    const rows = mutations.filter((m) => m.type === type);
    for (const base of baseNames) {
      const doc = loadBase(type, base);
      if (getAt(doc, "/documentType") !== type) throw new Error(`base ${type}.${base}: wrong documentType`);
      add(
        type,
        { valid: true, category: "base", description: baseDescriptions[type][base], errors: [] },
        base,
        doc,
      );
    }
    // Valid edge cases first, then the invalid rows, each in table order.
    const ordered = [
      ...rows.filter((r) => r.errors.length === 0),
      ...rows.filter((r) => r.errors.length > 0),
    ];
    for (const row of ordered) {
      checkRow(row);
      const doc = loadBase(type, row.base);
      applyOps(doc, row.apply);
      const entry = {
        valid: row.errors.length === 0,
        category: row.category,
        description: row.description,
        errors: row.errors.map((e) => ({ pointer: e.pointer, keyword: e.keyword })),
      };
      add(type, entry, row.name, doc);
    }
  }

  const manifest: Manifest = {
    standardVersion: STANDARD_VERSION,
    conventions: CONVENTIONS,
    fixtures: entries,
  };
  files.set(MANIFEST_FILE, serialise(manifest));
  return files;
}
