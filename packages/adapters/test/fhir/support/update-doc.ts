// Rewrites the generated section of docs/mappings/fhir.md from the mapping data.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BEGIN, END, renderTables } from "./doc-tables.js";

const file = fileURLToPath(new URL("../../../../../docs/mappings/fhir.md", import.meta.url));
const text = readFileSync(file, "utf8");
const start = text.indexOf(BEGIN);
const end = text.indexOf(END);
if (start < 0 || end < start) throw new Error("markers not found");
writeFileSync(file, `${text.slice(0, start)}${renderTables()}${text.slice(end + END.length)}`);
