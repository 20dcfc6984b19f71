// Builds every fixture, every bundle and the manifest in memory; `scripts/build-fixtures.ts` writes them, a test compares them.
import { type DocumentTypeName, documentTypeNames, documentTypes, STANDARD_VERSION } from "@open-trm/schema";
import type { BundleEntry, Manifest, ManifestEntry } from "../../src/manifest.js";
import { bundles } from "../mutations/bundles.js";
import { mutations } from "../mutations/index.js";
import { baseDescriptions, baseNames, loadBase } from "./bases.js";
import type { Bundle } from "./bundle.js";
import type { Mutation, Op } from "./mutation.js";
import { deleteAt, getAt, type Json, setAt } from "./pointer.js";

/** Directory of the fixture files, relative to the package root. */
export const FIXTURES_DIR = "fixtures";
/** The manifest file, relative to the package root. */
export const MANIFEST_FILE = "manifest.json";

/** Directory of the bundle fixtures, relative to the package root. */
export const BUNDLES_DIR = `${FIXTURES_DIR}/bundles`;
/**
 * The clock the expected warnings hold for: the TRM-R011 warnings depend on the day of validation. No fixture
 * records an event after the day before, so the verdicts hold for this clock and any later one.
 */
export const REFERENCE_TIME = "2026-11-28T12:00:00Z";

/** How to read the manifest; kept here so the README and the file say the same thing. */
export const CONVENTIONS = [
  "Each fixture is one JSON document, validated against schemas/v1/<kebab-type>.schema.json (JSON Schema 2020-12) of the Open TRM standard and against the semantic rules of the data model (section 7, TRM-R001 and following); `documentType` names the schema.",
  "`valid` is the verdict of a validator that asserts `format` (date, date-time, uuid, email, duration), applies `pattern` with ECMA-262 semantics (an anchored pattern must match the whole string) and then applies the semantic rules: a document is valid when it satisfies the schema and no rule of severity error fails. Warnings never change a verdict.",
  "`schemaValid` is the verdict of JSON Schema alone: true for every fixture except those of the structure categories. A validator of JSON Schema only compares with `schemaValid`.",
  "Every invalid fixture carries exactly one fault, listed in `errors`: a JSON Schema fault `{ pointer, keyword }`, or for the category `rule` the finding of one semantic rule `{ pointer, ruleId }` in a document that satisfies the schema.",
  "`errors[].pointer` is the JSON Pointer (RFC 6901) of the fault: for a missing property (`required`), an unknown property (`additionalProperties`) or a bad property name (`propertyNames`) it is the pointer of that property, that is the parent's pointer + '/' + the escaped name; for every other schema fault it is the pointer of the offending value; for a rule it is where the rule reports the finding (`\"\"` is the whole document).",
  "`errors[].keyword` is the JSON Schema keyword that fails; where a value carries both a `format` and a `pattern` that says the same thing, `format` is listed and a `pattern` failure at the same pointer is equally conformant.",
  "Fixtures whose listed keyword is `format` (in the categories badDate, badDateTime, badUuid, badEmail and badDuration) need format assertion; every such field of the standard also carries an equivalent `pattern`, so a validator that treats `format` as an annotation should still reject them.",
  "Rules that read the clock assume the time of validation is `referenceTime` or later: no fixture records an event after the day before it, and a date meant to lie in the future is decades ahead. `warnings` lists the warning-level findings `{ pointer, ruleId }` expected at `referenceTime`; TRM-R011 (focal point verification out of date) adds warnings once the fixtures age, from 2027-11-24 on.",
  "`bundles` lists sets of documents under fixtures/bundles/<name>/ to be validated together with the cross-document rules (TRM-X001 to TRM-X003): `files` in the order of validation, `valid` for the whole bundle, and for an invalid bundle one finding `{ file, pointer, ruleId }` in one of its documents. Every document of a bundle is valid on its own.",
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
  if (row.category === "base") throw new Error(`${where}: the category base is reserved for base documents`);
  const warnings = row.warnings ?? [];
  if (row.category === "edgeCase" || row.category === "ruleWarning") {
    if (row.errors.length > 0) throw new Error(`${where}: a valid fixture has no errors`);
    if ((row.category === "ruleWarning") !== warnings.length > 0) {
      throw new Error(`${where}: ruleWarning rows, and only they, list warnings`);
    }
    return;
  }
  if (row.errors.length !== 1) throw new Error(`${where}: an invalid fixture carries exactly one fault`);
  if (warnings.length > 0) throw new Error(`${where}: an invalid fixture lists no warnings`);
  const isRule = row.errors.every((e) => "ruleId" in e);
  if ((row.category === "rule") !== isRule) {
    throw new Error(`${where}: rule rows, and only they, expect a ruleId instead of a keyword`);
  }
}

function checkBundle(bundle: Bundle, names: Set<string>): void {
  const where = `bundle ${bundle.name}`;
  if (!NAME.test(bundle.name)) throw new Error(`${where}: name is not kebab-case`);
  if (names.has(bundle.name)) throw new Error(`${where}: duplicate name`);
  names.add(bundle.name);
  const files = bundle.documents.map((d) => d.file);
  if (files.some((f) => !NAME.test(f))) throw new Error(`${where}: a file name is not kebab-case`);
  if (new Set(files).size !== files.length) throw new Error(`${where}: duplicate file name`);
  if (files.length < 2) throw new Error(`${where}: a bundle holds at least two documents`);
  if ((bundle.category === "bundle") !== (bundle.errors.length === 0)) {
    throw new Error(`${where}: valid bundles have no errors, crossRule bundles exactly one`);
  }
  if (bundle.errors.length > 1) throw new Error(`${where}: an invalid bundle carries exactly one fault`);
  if (bundle.errors.some((e) => !files.includes(e.file)))
    throw new Error(`${where}: error in an unknown file`);
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
        {
          valid: true,
          schemaValid: true,
          category: "base",
          description: baseDescriptions[type][base],
          errors: [],
          warnings: [],
        },
        base,
        doc,
      );
    }
    // Valid rows first (edge cases and rule warnings), then the invalid rows, each in table order.
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
        schemaValid: row.errors.every((e) => "ruleId" in e),
        category: row.category,
        description: row.description,
        errors: row.errors.map((e) =>
          "ruleId" in e
            ? { pointer: e.pointer, ruleId: e.ruleId }
            : { pointer: e.pointer, keyword: e.keyword },
        ),
        warnings: (row.warnings ?? []).map((w) => ({ pointer: w.pointer, ruleId: w.ruleId })),
      };
      add(type, entry, row.name, doc);
    }
  }

  const bundleEntries: BundleEntry[] = [];
  const bundleNames = new Set<string>();
  const orderedBundles = [
    ...bundles.filter((b) => b.errors.length === 0),
    ...bundles.filter((b) => b.errors.length > 0),
  ];
  for (const bundle of orderedBundles) {
    checkBundle(bundle, bundleNames);
    const dir = `${BUNDLES_DIR}/${bundle.name}`;
    const fileOf = (stem: string) => `${dir}/${stem}.json`;
    for (const d of bundle.documents) {
      const doc = loadBase(d.type, d.base);
      if (d.apply) applyOps(doc, d.apply);
      if (getAt(doc, "/documentType") !== d.type) throw new Error(`${dir}/${d.file}: wrong documentType`);
      files.set(fileOf(d.file), serialise(doc));
    }
    bundleEntries.push({
      name: bundle.name,
      path: dir,
      files: bundle.documents.map((d) => fileOf(d.file)),
      valid: bundle.errors.length === 0,
      category: bundle.category,
      description: bundle.description,
      errors: bundle.errors.map((e) => ({ file: fileOf(e.file), pointer: e.pointer, ruleId: e.ruleId })),
      warnings: [],
    });
  }

  const manifest: Manifest = {
    standardVersion: STANDARD_VERSION,
    conventions: CONVENTIONS,
    referenceTime: REFERENCE_TIME,
    fixtures: entries,
    bundles: bundleEntries,
  };
  files.set(MANIFEST_FILE, serialise(manifest));
  return files;
}
