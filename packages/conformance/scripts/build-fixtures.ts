// `pnpm generate`: writes fixtures/ and manifest.json from the bases, the mutation table and the bundle table,
// removing stale fixtures.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLES_DIR, buildFixtures, FIXTURES_DIR } from "./lib/fixtures.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const files = buildFixtures();

const onDisk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? onDisk(join(dir, e.name)) : [join(dir, e.name)],
  );
mkdirSync(join(root, FIXTURES_DIR), { recursive: true });
for (const file of onDisk(join(root, FIXTURES_DIR))) {
  if (!files.has(relative(root, file).split("\\").join("/"))) rmSync(file);
}
// Directories left empty by a removed fixture or bundle go too.
const pruneEmpty = (dir: string): void => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    pruneEmpty(join(dir, e.name));
    if (readdirSync(join(dir, e.name)).length === 0) rmSync(join(dir, e.name), { recursive: true });
  }
};
pruneEmpty(join(root, FIXTURES_DIR));
for (const [path, content] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
const bundleFiles = [...files.keys()].filter((p) => p.startsWith(`${BUNDLES_DIR}/`)).length;
console.log(
  `generate: wrote ${files.size - 1 - bundleFiles} fixtures, ${bundleFiles} bundle documents and the manifest`,
);
