// `pnpm generate`: writes the committed artefacts (JSON Schemas, codelists, declarations, code tables).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openApiFiles } from "../src/api/openapi/files.js";
import { buildArtifacts, SCHEMA_DIR } from "./lib/artifacts.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const files = await buildArtifacts();
// Remove stale generated files under schemas/v1 that no longer have a source (other generators own other files).
const owned = (p: string) =>
  p.endsWith(".schema.json") || p.startsWith("codelists/") || p.startsWith("types/") || p === "index.json";
function walk(dir: string, rel = ""): string[] {
  let out: string[] = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    out = e.isDirectory() ? out.concat(walk(dir, r)) : out.concat(r);
  }
  return out;
}
mkdirSync(join(root, SCHEMA_DIR), { recursive: true });
for (const rel of walk(join(root, SCHEMA_DIR))) {
  if (owned(rel) && !files.has(`${SCHEMA_DIR}/${rel}`)) rmSync(join(root, SCHEMA_DIR, rel));
}
for (const [path, content] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
// The OpenAPI document of the exchange API, beside the schemas it references.
const openapi = openApiFiles(root);
for (const [path, content] of openapi) writeFileSync(join(root, path), content);
console.log(`generate: wrote ${files.size + openapi.size} files`);
