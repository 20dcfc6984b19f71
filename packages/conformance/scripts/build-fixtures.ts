// `pnpm generate`: writes fixtures/ and manifest.json from the bases and the mutation table, removing stale fixtures.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildFixtures, FIXTURES_DIR } from "./lib/fixtures.js";

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
for (const [path, content] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
console.log(`generate: wrote ${files.size - 1} fixtures and the manifest`);
