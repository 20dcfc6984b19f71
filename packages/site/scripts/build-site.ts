// `pnpm docs` / `pnpm --filter @open-trm/site build`: writes the documentation site to docs/site/.
// Usage: tsx scripts/build-site.ts [--out <dir>]
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "../src/build.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const outFlag = process.argv.indexOf("--out");
const outArg = outFlag > 0 ? process.argv[outFlag + 1] : undefined;
const started = performance.now();
const result = await buildSite(outArg ? { root, outDir: resolve(outArg) } : { root });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const mb = (result.bytes / 1_048_576).toFixed(1);
console.log(
  `site: ${result.pages.length} pages, ${result.files} files, ${mb} MB in ${result.outDir} (${seconds} s)`,
);
