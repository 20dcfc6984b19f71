// Every field of every document type appears on its page, with what the schema says about it; every code of
// every codelist has its row; every rule has its anchor and appears on the pages of the types it applies to.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";
import { decodeEntities, idsOf, readSite, rowById } from "./support/site-files.js";

type Node = { [k: string]: unknown };
const v1 = join(repoRoot, "schemas", "v1");
const readJson = (p: string) => JSON.parse(readFileSync(p, "utf8")) as Node;
const index = readJson(join(v1, "index.json")) as unknown as {
  documents: { documentType: string; file: string }[];
  codelists: { name: string; json: string }[];
};

interface SchemaField {
  pointer: string;
  node: Node;
  required: boolean;
}

/** Walks properties and array items of a JSON Schema (this test's own walker, independent of src/fields.ts). */
function walk(schema: Node, prefix = ""): SchemaField[] {
  const out: SchemaField[] = [];
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const [name, raw] of Object.entries((schema.properties as Record<string, Node> | undefined) ?? {})) {
    const pointer = `${prefix}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    out.push({ pointer, node: raw, required: required.has(name) });
    if (raw.properties) out.push(...walk(raw, pointer));
    const items = raw.items as Node | undefined;
    if (items?.properties) out.push(...walk(items, `${pointer}/*`));
  }
  return out;
}

const anchor = (pointer: string) => `f${pointer.replace(/\*/g, "x").replace(/[^A-Za-z0-9_.-]+/g, "-")}`;

describe("document pages", () => {
  it.each(index.documents)("every field of $documentType appears on its page", ({ file }) => {
    const schema = readJson(join(v1, file));
    // Pointers may wrap after each "/" (<wbr>); the text is the pointer itself.
    const page = readSite(`documents/${file.replace(".schema.json", ".html")}`).replace(/<wbr>/g, "");
    const fields = walk(schema);
    expect(fields.length).toBeGreaterThan(20);
    const missing = fields.filter((f) => !page.includes(`<code>${f.pointer}</code>`));
    expect(missing.map((f) => f.pointer)).toEqual([]);
    const ids = idsOf(page);
    expect(fields.filter((f) => !ids.has(anchor(f.pointer))).map((f) => f.pointer)).toEqual([]);
    expect(ids.size).toBeGreaterThanOrEqual(fields.length);
  });

  it.each(index.documents)(
    "rows of $documentType show required, sensitivity, codelist and description",
    ({ file }) => {
      const schema = readJson(join(v1, file));
      const page = readSite(`documents/${file.replace(".schema.json", ".html")}`);
      for (const f of walk(schema)) {
        const row = rowById(page, anchor(f.pointer));
        expect(row, f.pointer).toBeDefined();
        const text = row ?? "";
        expect(text.includes('class="req">required'), `${f.pointer} required`).toBe(f.required);
        const sensitivity = f.node["x-trm-sensitivity"];
        if (typeof sensitivity === "string")
          expect(text, f.pointer).toContain(`class="sens sens-${sensitivity}"`);
        const items = f.node.items as Node | undefined;
        const codelist = f.node["x-trm-codelist"] ?? items?.["x-trm-codelist"];
        if (typeof codelist === "string") expect(text, f.pointer).toContain(`codelists/${codelist}.html`);
        else expect(text, f.pointer).not.toContain("codelists/");
        const title = f.node.title as string;
        expect(decodeEntities(text), f.pointer).toContain(title);
      }
    },
  );

  it("shows example values taken from the synthetic examples", () => {
    const page = readSite("documents/referral.html");
    const row = rowById(page, anchor("/scope")) ?? "";
    expect(row).toMatch(/<code class="example">&quot;(national|transnational)&quot;<\/code>/);
  });

  it.each(index.documents)("renders every example document of $documentType", ({ file }) => {
    const slug = file.replace(".schema.json", "");
    const page = readSite(`documents/${slug}.html`);
    const examples = readdirSync(join(repoRoot, "examples", slug)).filter((f) => f.endsWith(".json"));
    expect(examples.length).toBeGreaterThan(0);
    for (const f of examples) expect(page).toContain(`<code>examples/${slug}/${f}</code>`);
    expect(page.match(/<details class="example"/g)?.length).toBe(examples.length);
  });
});

describe("codelist pages", () => {
  it.each(index.codelists)("$name lists every code with label, description and since", ({ name, json }) => {
    const list = readJson(join(v1, json)) as unknown as {
      open: boolean;
      codes: { code: string; label: { en: string }; since: string }[];
    };
    const page = readSite(`codelists/${name}.html`);
    const ids = idsOf(page);
    for (const c of list.codes) {
      expect(ids.has(`c-${c.code}`), c.code).toBe(true);
      const row = decodeEntities(rowById(page, `c-${c.code}`) ?? "");
      expect(row).toContain(c.label.en);
      expect(row).toContain(`<td data-label="Since">${c.since}</td>`);
    }
    expect(page).toContain(list.open ? "open list" : "closed list");
  });
});

describe("rule catalogue", () => {
  const rules = (readJson(join(v1, "rules.json")).rules as { id: string; appliesTo?: string[] }[]) ?? [];

  it("has an anchor for every rule", () => {
    const ids = idsOf(readSite("rules.html"));
    expect(rules.filter((r) => !ids.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it.each(index.documents)(
    "the $documentType page lists exactly the rules that apply to it",
    ({ documentType, file }) => {
      const page = readSite(`documents/${file.replace(".schema.json", ".html")}`);
      const section = page.slice(page.indexOf('<section id="rules"'));
      const table = section.slice(0, section.indexOf("</table>"));
      const listed = [...table.matchAll(/<code>(TRM-[A-Z]\d{3})<\/code>/g)].map((m) => m[1]);
      const want = rules.filter((r) => r.appliesTo?.includes(documentType)).map((r) => r.id);
      expect(listed).toEqual(want);
    },
  );
});
