// `pnpm --filter @open-trm/schema baseline`: after `changeset version`, records the schemas of the release being
// made as the baseline that the next changes are compared with (docs/versioning.md, "Releasing").
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readSchemaFiles } from "../src/diff/index.js";
import { BASELINE_DIR } from "./lib/release-level.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const baseline = join(root, BASELINE_DIR);
const { version } = JSON.parse(readFileSync(join(root, "packages/schema/package.json"), "utf8")) as {
  version: string;
};
// Only what the classifier reads: the JSON Schemas and the codelists (CSV, .d.ts and index.json are derived).
const kept = [...readSchemaFiles(join(root, "schemas")).keys()].filter((p) =>
  /^v\d+\/([^/]+\.schema\.json|codelists\/[^/]+\.json)$/.test(p),
);
mkdirSync(baseline, { recursive: true });
for (const entry of readdirSync(baseline)) {
  if (/^v\d+$/.test(entry)) rmSync(join(baseline, entry), { recursive: true });
}
for (const rel of kept) {
  mkdirSync(dirname(join(baseline, rel)), { recursive: true });
  cpSync(join(root, "schemas", rel), join(baseline, rel));
}
writeFileSync(
  join(baseline, "release.json"),
  `${JSON.stringify({ package: "@open-trm/schema", version }, null, 2)}\n`,
);
console.log(`update-baseline: ${kept.length} files of release ${version} in ${BASELINE_DIR}`);
