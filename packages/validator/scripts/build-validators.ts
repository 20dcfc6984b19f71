// Precompiles the JSON Schemas into standalone validator code at build time, so that no schema is compiled
// at import or run time (offline, and fine under a strict Content Security Policy: no eval, no new Function).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { documentTypes } from "@open-trm/schema";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { ANNOTATION_KEYWORDS } from "../src/internal/keywords.js";
import { writeDeprecations } from "./lib/deprecations.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const out = join(here, "../src/generated");

const ajv = new Ajv2020.default({
  allErrors: true,
  verbose: true,
  inlineRefs: false,
  strict: true,
  code: { source: true, esm: true, lines: false },
  keywords: [...ANNOTATION_KEYWORDS],
});
addFormats.default(ajv);
const exports: Record<string, string> = {};
type Json = { [k: string]: unknown };
const schemas: Record<string, Json> = {};
for (const info of Object.values(documentTypes)) {
  schemas[info.name] = JSON.parse(
    readFileSync(join(root, "schemas/v1", `${info.kebab}.schema.json`), "utf8"),
  );
}

writeDeprecations(schemas, out);

// The published schemas are self-contained: a referral embeds the victim-profile schema and a directory the
// focal-point schema. For the compiled code, point those places at the other schema by $ref so its validator is
// generated once; the subtree must equal the other schema's body, so the verdict cannot change.
const body = (s: Json) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(s).filter(
        ([k]) => !k.startsWith("$") && !k.startsWith("x-trm-") && k !== "title" && k !== "description",
      ),
    ),
  );
function share(owner: string, path: string[], target: string) {
  let parent = schemas[owner] as Json;
  for (const key of path.slice(0, -1)) parent = parent[key] as Json;
  const last = path[path.length - 1] as string;
  const sub = parent[last] as Json;
  const other = schemas[target] as Json;
  if (body(sub) !== body(other))
    throw new Error(`${owner}: ${path.join("/")} differs from the ${target} schema`);
  parent[last] = { $ref: other.$id, title: sub.title, description: sub.description };
}
share("referral", ["properties", "subject", "properties", "victimProfile"], "victimProfile");
share("focalPointDirectory", ["properties", "focalPoints", "items"], "focalPoint");
for (const [name, schema] of Object.entries(schemas)) {
  ajv.addSchema(schema);
  exports[name] = schema.$id as string;
}
let code = standaloneCode.default(ajv, exports);

// Standalone ESM output still require()s three runtime helpers; turn them into imports.
const runtime: [RegExp, string, string][] = [
  [
    /require\("ajv\/dist\/runtime\/equal"\)\.default/g,
    "__equal",
    'import __equalMod from "ajv/dist/runtime/equal.js";',
  ],
  [
    /require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g,
    "__ucs2length",
    'import __ucs2Mod from "ajv/dist/runtime/ucs2length.js";',
  ],
  [
    /require\("ajv-formats\/dist\/formats"\)\.fullFormats/g,
    "__fullFormats",
    'import { fullFormats as __fullFormats } from "ajv-formats/dist/formats.js";',
  ],
];
const header = ['"use strict";'];
for (const [re, name, imp] of runtime) {
  if (!re.test(code)) continue;
  code = code.replace(re, name);
  header.push(imp);
}
header.push(
  "const __equal = typeof __equalMod === 'function' ? __equalMod : __equalMod.default;",
  "const __ucs2length = typeof __ucs2Mod === 'function' ? __ucs2Mod : __ucs2Mod.default;",
);
code = code.replace(/^"use strict";/, "");
if (/require\(/.test(code)) throw new Error("standalone code still contains require()");
if (/new Function|eval\(/.test(code)) throw new Error("standalone code would need eval");

mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, "structure.js"),
  `// GENERATED at build time by scripts/build-validators.ts. Do not edit.\n${header.join("\n")}\n${code}\n`,
);
const dts = Object.keys(exports)
  .map((n) => `export declare const ${n}: StructureValidator;`)
  .join("\n");
writeFileSync(
  join(out, "structure.d.ts"),
  `// GENERATED at build time by scripts/build-validators.ts. Do not edit.\nimport type { StructureValidator } from "../internal/ajv-types.js";\n${dts}\n`,
);
console.log(
  `build-validators: ${Object.keys(exports).length} validators, ${Math.round(code.length / 1024)} KiB`,
);
