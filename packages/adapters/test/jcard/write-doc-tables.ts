// Rewrites the generated blocks of docs/mappings/jcard.md from the mapping tables: npx tsx test/jcard/write-doc-tables.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderTables } from "./doc-tables.js";

const DOC = join(import.meta.dirname, "../../../../docs/mappings/jcard.md");
const tables = renderTables();
const text = readFileSync(DOC, "utf8").replace(
  /(<!-- generated:([a-z-]+) -->\n)[\s\S]*?(\n<!-- \/generated -->)/g,
  (_, open: string, name: string, close: string) => `${open}${tables[name] ?? ""}${close}`,
);
writeFileSync(DOC, text);
