// Rewrites the generated tables of docs/mappings/ctdc.md: `npx tsx test/ctdc/write-doc-tables.ts`.
import { readFileSync, writeFileSync } from "node:fs";
import { END, renderDocTables, START } from "./support/doc-tables.js";

const file = new URL("../../../../docs/mappings/ctdc.md", import.meta.url);
const text = readFileSync(file, "utf8");
const from = text.indexOf(START);
const to = text.indexOf(END);
if (from < 0 || to < 0) throw new Error("the document has no table markers");
writeFileSync(file, text.slice(0, from) + renderDocTables() + text.slice(to + END.length));
