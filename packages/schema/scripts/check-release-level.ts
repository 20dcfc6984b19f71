// `pnpm --filter @open-trm/schema check:release`: fails when the schemas changed more than the pending changesets
// declare. Also run by the package's tests (test/diff/release-level.test.ts).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkReleaseLevel } from "./lib/release-level.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const check = checkReleaseLevel(root);
for (const c of check.changes.filter((c) => c.level !== "patch"))
  console.log(`${c.level.padEnd(5)}  ${c.file}#${c.path}  ${c.kind}: ${c.message}`);
console.log(
  `check-release-level: detected ${check.detected}, declared ${check.declared}; ${check.changes.length} change(s)`,
);
for (const p of check.problems) console.error(`check-release-level: ${p}`);
process.exitCode = check.ok ? 0 : 1;
