// `pnpm generate` in the validator: writes the rule catalogue artefacts.
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueArtifacts } from "./lib/catalogue-artifacts.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const files = catalogueArtifacts();
for (const [path, content] of files) writeFileSync(join(root, path), content);
console.log(`generate-catalogue: wrote ${files.size} files`);
