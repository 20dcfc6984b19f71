import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  diffSchemaSets,
  type PublishedCodelist,
  readSchemaDir,
  type SchemaSet,
  schemaSetFromFiles,
} from "../../src/diff/index.js";

const root = join(import.meta.dirname, "../../../..");

function current(): SchemaSet {
  const r = readSchemaDir(join(root, "schemas"));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe("diffSchemaSets", () => {
  test("the current schemas and codelists compared with themselves have no change", () => {
    const set = current();
    expect(Object.keys(set.schemas)).toContain("referral.schema.json");
    expect(Object.keys(set.codelists).length).toBeGreaterThan(60);
    expect(diffSchemaSets(set, structuredClone(set))).toEqual({ level: "none", changes: [] });
  });

  test("a code added to a closed list is major in the codelist and at every field that uses it", () => {
    const before = current();
    const after: { schemas: Record<string, unknown>; codelists: Record<string, PublishedCodelist> } =
      structuredClone(before);
    const sex = before.codelists.sex;
    if (!sex || sex.open) throw new Error("expected the closed sex codelist");
    const codes = sex.codes.map((c) => c.code);
    after.codelists.sex = { ...sex, codes: [...sex.codes, { code: "notRecorded" }] };
    for (const [file, schema] of Object.entries(before.schemas)) {
      const text = JSON.stringify(schema).replaceAll(
        JSON.stringify(codes),
        JSON.stringify([...codes, "notRecorded"]),
      );
      after.schemas[file] = JSON.parse(text);
    }
    const diff = diffSchemaSets(before, after);
    expect(diff.level).toBe("major");
    expect(diff.changes).toContainEqual(
      expect.objectContaining({
        file: "codelists/sex.json",
        path: `/codes/${codes.length}`,
        kind: "code-added-to-closed-list",
      }),
    );
    expect(diff.changes).toContainEqual(
      expect.objectContaining({
        file: "victim-profile.schema.json",
        path: "/properties/person/properties/sex/enum",
        level: "major",
      }),
    );
  });

  test("documents and codelists added are minor, removed are major", () => {
    const set = current();
    const { "consent.schema.json": consent, ...schemas } = set.schemas;
    const { riskLevel, ...codelists } = set.codelists;
    const smaller: SchemaSet = { schemas, codelists };
    expect(diffSchemaSets(smaller, set).changes).toEqual([
      {
        level: "minor",
        file: "consent.schema.json",
        path: "",
        kind: "document-added",
        message: "new document type",
      },
      {
        level: "minor",
        file: "codelists/riskLevel.json",
        path: "",
        kind: "codelist-added",
        message: "new codelist",
      },
    ]);
    expect(diffSchemaSets(set, smaller).changes.map((c) => [c.level, c.kind])).toEqual([
      ["major", "document-removed"],
      ["major", "codelist-removed"],
    ]);
    expect(consent).toBeDefined();
    expect(riskLevel).toBeDefined();
  });
});

describe("schemaSetFromFiles", () => {
  const schema = '{"type":"object"}';
  const codelist = '{"name":"sex","open":false,"codes":[{"code":"female"}]}';

  test("reads the highest version folder, schemas and codelists only", () => {
    const r = schemaSetFromFiles(
      new Map([
        ["v1/referral.schema.json", '{"type":"string"}'],
        ["v2/referral.schema.json", schema],
        ["v2/codelists/sex.json", codelist],
        ["v2/index.json", "{}"],
        ["v2/rules.json", "not read"],
      ]),
    );
    expect(r).toEqual({
      ok: true,
      folder: "v2/",
      value: {
        schemas: { "referral.schema.json": { type: "object" } },
        codelists: { sex: JSON.parse(codelist) },
      },
    });
  });

  test("a folder that holds the schemas itself is read as it is", () => {
    const r = schemaSetFromFiles(new Map([["referral.schema.json", schema]]));
    expect(r.ok && r.folder).toBe("");
  });

  test("broken files and empty folders are issues, not exceptions", () => {
    expect(
      schemaSetFromFiles(
        new Map([
          ["a.schema.json", "{"],
          ["codelists/x.json", '{"codes":3}'],
        ]),
      ),
    ).toEqual({
      ok: false,
      issues: [
        { file: "a.schema.json", message: "not valid JSON" },
        {
          file: "codelists/x.json",
          message: "not a codelist: expected name, open and codes with a code each",
        },
      ],
    });
    expect(schemaSetFromFiles(new Map()).ok).toBe(false);
    expect(readSchemaDir(join(root, "no-such-dir"))).toEqual({
      ok: false,
      issues: [{ file: "", message: "cannot read the directory: ENOENT" }],
    });
  });

  test("schemas/ and schemas/v1/ give the same set", () => {
    const a = readSchemaDir(join(root, "schemas"));
    const b = readSchemaDir(join(root, "schemas", "v1"));
    expect(a.ok && b.ok && a.value).toEqual(b.ok && b.value);
  });
});
