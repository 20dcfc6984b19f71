import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { documentTypeNames } from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import { tokenEscapes } from "../../src/csv/column-name.js";
import { toCsv } from "../../src/csv/index.js";
import { shapeOf } from "../../src/csv/shape.js";
import { listLayout, listPaths } from "../../src/csv/sheets-layout.js";
import { renderCellTable } from "./cell-table.js";
import { examples, repoRoot } from "./support.js";

// docs/mappings/csv.md is hand-written prose around generated sections; this test keeps the sections in step
// with the code. Run with UPDATE_CSV_DOCS=1 to rewrite them after a deliberate change.
const DOC = join(repoRoot, "docs", "mappings", "csv.md");

function escapesTable(): string {
  const rows = tokenEscapes.map((e) => `| \`${e.char}\` | \`${e.written}\` |`);
  return ["| character in a key | written as |", "|---|---|", ...rows].join("\n");
}

function layoutsTable(): string {
  const out: string[] = [];
  for (const type of documentTypeNames) {
    const shape = shapeOf(type);
    out.push(`**${type}**`, "", "| sheet | key columns | one row per |", "|---|---|---|");
    for (const tokens of listPaths(shape)) {
      const layout = listLayout(shape, tokens);
      if (!layout) throw new Error("list path without layout");
      const item =
        layout.item.kind === "object"
          ? "item (its fields as columns)"
          : `item (\`value\`: ${layout.item.kind})`;
      out.push(`| \`${tokens.join(".")}\` | ${layout.keys.map((k) => `\`${k}\``).join(", ")} | ${item} |`);
    }
    out.push("");
  }
  return out.join("\n").trimEnd();
}

function exampleSheets(): string {
  const doc = examples.find((e) => e.name.endsWith("mk-national-coordinator.json"))?.doc;
  const r = toCsv(doc, { form: "sheets" });
  if (!r.ok) throw new Error("invalid example");
  const shown = ["roles", "phones", "phones.languages"];
  return (
    shown
      // Shown with LF line ends: the page is Markdown, the files themselves end lines with CRLF (RFC 4180).
      .map(
        (name) =>
          `Sheet \`${name}\`:\n\n\`\`\`csv\n${r.value[name]?.trimEnd().replace(/\r\n/g, "\n")}\n\`\`\``,
      )
      .join("\n\n")
  );
}

const sections: Record<string, () => string> = {
  escapes: escapesTable,
  cells: renderCellTable,
  layouts: layoutsTable,
  "example-sheets": exampleSheets,
};

function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/mappings/csv.md lacks the ${name} section`);
  return `${doc.slice(0, i + start.length)}\n${body}\n${doc.slice(j)}`;
}

describe("docs/mappings/csv.md", () => {
  if (process.env.UPDATE_CSV_DOCS === "1") {
    let doc = readFileSync(DOC, "utf8");
    for (const [name, render] of Object.entries(sections)) doc = replaceSection(doc, name, render());
    writeFileSync(DOC, doc);
  }
  const doc = readFileSync(DOC, "utf8");

  it.each(Object.keys(sections))("the generated section %s matches the code", (name) => {
    const render = sections[name] as () => string;
    expect(replaceSection(doc, name, render())).toBe(doc);
  });

  it("cites its sources", () => {
    for (const source of ["RFC 4180", "RFC 6901", "RFC 8259", "OWASP"]) expect(doc).toContain(source);
  });
});
