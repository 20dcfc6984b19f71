import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type DocumentTypeName, documentTypeNames, documentTypes } from "@open-trm/schema";
import { describe, expect, test } from "vitest";
import { buildFixtures, FIXTURES_DIR, MANIFEST_FILE } from "../scripts/lib/fixtures.js";
import type { FixtureCategory } from "../src/manifest.js";
import {
  acceptedKeywords,
  ajvFault,
  compileSchemas,
  documentTypeOf,
  exampleFiles,
  isSchemaError,
  listFiles,
  manifest,
  manifestFiles,
  PACKAGE_ROOT,
  REPO_ROOT,
  readJson,
  zodPointers,
} from "./support.js";

const ajv = compileSchemas();
const zodParse = (type: DocumentTypeName, doc: unknown) => documentTypes[type].schema.safeParse(doc);

describe("generated fixtures", () => {
  test("committed files equal a fresh build (run `pnpm generate` when this fails)", () => {
    const built = buildFixtures();
    const drifted = [...built]
      .filter(([path, content]) => {
        const file = join(PACKAGE_ROOT, path);
        return !existsSync(file) || readFileSync(file, "utf8") !== content;
      })
      .map(([path]) => path);
    expect(drifted).toEqual([]);
    const stale = listFiles(join(PACKAGE_ROOT, FIXTURES_DIR), PACKAGE_ROOT).filter((p) => !built.has(p));
    expect(stale).toEqual([]);
    expect(built.has(MANIFEST_FILE)).toBe(true);
  });

  test("every manifest entry exists and every fixture file is in the manifest, once", () => {
    const listed = manifestFiles(manifest);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((p) => !existsSync(join(PACKAGE_ROOT, p)))).toEqual([]);
    const onDisk = listFiles(join(PACKAGE_ROOT, FIXTURES_DIR), PACKAGE_ROOT);
    expect(onDisk.filter((p) => !listed.includes(p))).toEqual([]);
  });

  test("paths, verdicts and errors are consistent", () => {
    const validCategories: FixtureCategory[] = ["base", "edgeCase", "ruleWarning"];
    for (const f of manifest.fixtures) {
      const kebab = documentTypes[f.documentType as DocumentTypeName]?.kebab;
      expect(f.path, f.path).toMatch(
        new RegExp(`^fixtures/${kebab}/${f.valid ? "valid" : "invalid"}/[a-z0-9-]+\\.json$`),
      );
      expect(f.valid, f.path).toBe(validCategories.includes(f.category));
      expect(f.errors.length, f.path).toBe(f.valid ? 0 : 1);
      // A rule fixture names a rule, a structure fixture a keyword; only rule warnings list warnings.
      expect(f.schemaValid, f.path).toBe(f.valid || f.category === "rule");
      expect(f.errors.every((e) => isSchemaError(e) !== (f.category === "rule"))).toBe(true);
      expect(f.warnings.length > 0, f.path).toBe(f.category === "ruleWarning");
    }
    for (const b of manifest.bundles) {
      expect(b.path).toBe(`fixtures/bundles/${b.name}`);
      expect(b.files.every((p) => p.startsWith(`${b.path}/`) && p.endsWith(".json"))).toBe(true);
      expect(b.valid, b.name).toBe(b.category === "bundle");
      expect(b.errors.length, b.name).toBe(b.valid ? 0 : 1);
      expect(b.errors.every((e) => b.files.includes(e.file))).toBe(true);
    }
    expect(manifest.standardVersion).toBe("1.0");
    expect(new Date(manifest.referenceTime).toISOString()).toBe("2026-11-28T12:00:00.000Z");
  });

  const required: FixtureCategory[] = [
    "missingRequired",
    "unknownProperty",
    "wrongType",
    "badCode",
    "badDateTime",
    "badUuid",
    "tooLong",
    "emptyArray",
    "wrongDocumentType",
    "standardVersionMismatch",
    "badExtensionNamespace",
  ];
  test.each(documentTypeNames)("%s has two bases, 15+ invalid fixtures and the core categories", (type) => {
    const mine = manifest.fixtures.filter((f) => f.documentType === type);
    expect(mine.filter((f) => f.category === "base").length).toBeGreaterThanOrEqual(2);
    expect(mine.filter((f) => !f.schemaValid).length).toBeGreaterThanOrEqual(15);
    const categories = new Set(mine.map((f) => f.category));
    expect(required.filter((c) => !categories.has(c))).toEqual([]);
    const unknown = mine
      .filter((f) => f.category === "unknownProperty")
      .map((f) => f.errors[0]?.pointer ?? "");
    expect(unknown.some((p) => p.split("/").length === 2)).toBe(true); // top level
    expect(unknown.some((p) => p.split("/").length > 2)).toBe(true); // nested
  });
});

describe.each(documentTypeNames)("%s fixtures get their schema verdict from Zod and Ajv", (type) => {
  const fixtures = manifest.fixtures.filter((f) => f.documentType === type);
  test.each(fixtures.map((f) => [f.path, f] as const))("%s", (_path, f) => {
    const doc = readJson(join(PACKAGE_ROOT, f.path));
    const zod = zodParse(type, doc);
    const ajvOk = ajv[type](doc);
    const ajvFaults = (ajv[type].errors ?? []).map(ajvFault);

    // The schema verdict: rule fixtures satisfy the schema, structure fixtures carry one schema fault.
    expect({ zod: zod.success, ajv: ajvOk }).toEqual({ zod: f.schemaValid, ajv: f.schemaValid });
    if (f.schemaValid) return;

    const zodAt = zodPointers(zod.error?.issues ?? []);
    for (const want of f.errors.filter(isSchemaError)) {
      // Ajv reports the expected keyword (or its equivalent pattern) at the pointer.
      const atPointer = ajvFaults.filter((e) => e.pointer === want.pointer);
      expect(atPointer.map((e) => e.pointer)).toContain(want.pointer);
      expect(atPointer.some((e) => acceptedKeywords(want.keyword).includes(e.keyword))).toBe(true);
      expect(zodAt).toContain(want.pointer);
    }
    // Exactly one fault: neither validator reports anything elsewhere.
    const wanted = new Set(f.errors.map((e) => e.pointer));
    expect([...new Set(ajvFaults.map((e) => e.pointer))]).toEqual([...wanted]);
    expect([...new Set(zodAt)]).toEqual([...wanted]);
  });
});

describe("every document of every bundle satisfies the schema (Zod and Ajv)", () => {
  const docs = manifest.bundles.flatMap((b) => b.files);
  test.each(docs)("%s", (path) => {
    const doc = readJson(join(PACKAGE_ROOT, path));
    const type = documentTypeOf(doc);
    expect(type).toBeDefined();
    if (!type) return;
    const ajvOk = ajv[type](doc);
    const where = (ajv[type].errors ?? []).map((e) => `${ajvFault(e).pointer} ${e.keyword}`);
    expect({ ajv: ajvOk, where }).toEqual({ ajv: true, where: [] });
    expect(zodPointers(zodParse(type, doc).error?.issues ?? [])).toEqual([]);
  });
});

describe("examples/ are valid documents", () => {
  test("examples/ holds at least three documents of each type", () => {
    const perType = new Map<string, number>();
    for (const p of exampleFiles)
      perType.set(p.split("/")[1] ?? "", (perType.get(p.split("/")[1] ?? "") ?? 0) + 1);
    for (const t of [
      "victim-profile",
      "referral",
      "consent",
      "best-interests-assessment",
      "focal-point",
      "focal-point-directory",
    ]) {
      expect(perType.get(t) ?? 0, t).toBeGreaterThanOrEqual(3);
    }
  });
  test.each(exampleFiles)("%s", (path) => {
    const doc = readJson(join(REPO_ROOT, path));
    const type = documentTypeOf(doc);
    expect(type, "/documentType names one of the six document types").toBeDefined();
    if (!type) return;
    const ajvOk = ajv[type](doc);
    const where = (ajv[type].errors ?? []).map((e) => `${ajvFault(e).pointer} ${e.keyword}`);
    expect({ ajv: ajvOk, where }).toEqual({ ajv: true, where: [] });
    const zod = zodParse(type, doc);
    expect(zodPointers(zod.error?.issues ?? [])).toEqual([]);
  });
});
