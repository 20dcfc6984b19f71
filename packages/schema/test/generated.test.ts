import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { buildArtifacts, SCHEMA_DIR } from "../scripts/lib/artifacts.js";
import {
  codelists,
  country,
  documentTypes,
  language,
  SENSITIVITY_KEYWORD,
  sensitivityClasses,
} from "../src/index.js";
import section6 from "./fixtures/data-model-section6.json" with { type: "json" };

const root = join(import.meta.dirname, "../../..");
const read = (p: string) => readFileSync(join(root, p), "utf8");
type Node = { [k: string]: unknown };
const isObj = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

describe("generated artefacts", () => {
  test("committed files equal a fresh generation (run `pnpm generate` when this fails)", async () => {
    const files = await buildArtifacts();
    const drifted = [...files].filter(([path, content]) => read(path) !== content).map(([p]) => p);
    expect(drifted).toEqual([]);
    const onDisk = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? onDisk(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
      );
    const owned = onDisk(SCHEMA_DIR).filter((p) =>
      /\.schema\.json$|\/codelists\/|\/types\/|\/index\.json$/.test(p),
    );
    expect(owned.filter((p) => !files.has(p))).toEqual([]);
  });

  const schemas = Object.values(documentTypes).map((info) => ({
    info,
    schema: JSON.parse(read(`${SCHEMA_DIR}/${info.kebab}.schema.json`)) as Node,
  }));

  test.each(schemas)("$info.name is a valid JSON Schema 2020-12 with a versioned $id", ({ info, schema }) => {
    const ajv = new Ajv2020.default({ strict: false, validateSchema: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`https://open-trm.org/schemas/v1/${info.kebab}.schema.json`);
  });

  test.each(schemas)(
    "$info.name: every property has title and description, every object is closed",
    ({ schema }) => {
      const problems: string[] = [];
      let leaves = 0;
      const walk = (node: Node, path: string) => {
        const target = node.type === "array" && isObj(node.items) ? node.items : node;
        if (target.type === "object" && isObj(target.properties)) {
          if (target.additionalProperties !== false) problems.push(`${path}: not closed`);
          for (const [name, prop] of Object.entries(target.properties)) {
            if (!isObj(prop)) continue;
            const at = `${path}/${name}`;
            if (!prop.title) problems.push(`${at}: no title`);
            if (!prop.description) problems.push(`${at}: no description`);
            const s = prop[SENSITIVITY_KEYWORD];
            if (!sensitivityClasses.includes(s as never))
              problems.push(`${at}: bad or missing sensitivity ${String(s)}`);
            walk(prop, at);
            const inner = prop.type === "array" && isObj(prop.items) ? prop.items : prop;
            if (!isObj(inner.properties)) leaves++;
          }
        }
      };
      walk(schema, "");
      expect(problems).toEqual([]);
      expect(leaves).toBeGreaterThan(5);
    },
  );
});

describe("codelists", () => {
  const expected = section6.codelists as Record<string, string[]>;
  test.each(Object.entries(expected))(
    "%s holds exactly the codes of data-model.md section 6",
    (name, codes) => {
      const list = (codelists as Record<string, { codes: readonly string[] }>)[name];
      expect(list, name).toBeDefined();
      expect([...(list?.codes ?? [])].sort()).toEqual([...codes].sort());
    },
  );

  test("exploitationForm includes the 2024 additions of Directive (EU) 2024/1712", () => {
    const byCode = new Map(codelists.exploitationForm.entries.map((e) => [e.code, e]));
    for (const c of ["exploitationOfSurrogacy", "forcedMarriage", "illegalAdoption"]) {
      expect(byCode.get(c)?.source).toMatch(/2024\/1712/);
    }
  });

  test("every code of every list has an English label, a description, a source and since", () => {
    for (const list of [...Object.values(codelists), country, language]) {
      expect(list.entries.length).toBe(list.codes.length);
      for (const e of list.entries) {
        expect(e.label.en.trim(), `${list.name}.${e.code}`).not.toBe("");
        expect(e.description.trim(), `${list.name}.${e.code}`).not.toBe("");
        expect(e.source.trim(), `${list.name}.${e.code}`).not.toBe("");
        expect(e.since).toMatch(/^\d+\.\d+$/);
      }
    }
  });

  test("country and language lists come from maintained packages and include XK and Romani", () => {
    expect(country.source).toMatch(/i18n-iso-countries/);
    expect(country.codes).toContain("XK");
    expect(country.codes).toContain("MD");
    expect(country.codes.length).toBeGreaterThanOrEqual(249);
    expect(language.source).toMatch(/iso-639-3/);
    expect(language.codes).toContain("sq");
    expect(language.codes).toContain("rom");
    expect(language.codes).not.toContain("eng");
  });

  test("codelist CSV and JSON agree", () => {
    for (const list of [codelists.trmStage, codelists.legalBasis, country]) {
      const jsonFile = JSON.parse(read(`${SCHEMA_DIR}/codelists/${list.name}.json`)) as {
        codes: { code: string }[];
      };
      const csv = read(`${SCHEMA_DIR}/codelists/${list.name}.csv`).trim().split("\r\n");
      expect(csv[0]).toBe("code,label_en,description,source,since,deprecated");
      expect(csv.length - 1).toBe(jsonFile.codes.length);
      expect(jsonFile.codes.map((c) => c.code)).toEqual([...list.codes]);
    }
  });
});
