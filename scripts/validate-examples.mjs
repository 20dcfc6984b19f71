// The README's main job for now: validate every example in examples/ with the generated JSON Schemas (Ajv,
// formats asserted) and with the Zod source of truth, and print a summary. Exit 1 when any example is invalid.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { documentTypes, isDocumentTypeName } from "@open-trm/schema";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = fileURLToPath(new URL("..", import.meta.url));
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  keywords: ["x-trm-sensitivity", "x-trm-codelist", "x-trm-documentType", "x-trm-standardVersion"],
});
addFormats(ajv);
const validators = {};
for (const info of Object.values(documentTypes)) {
  validators[info.name] = ajv.compile(
    JSON.parse(readFileSync(join(root, "schemas/v1", `${info.kebab}.schema.json`), "utf8")),
  );
}

const files = readdirSync(join(root, "examples"), { recursive: true })
  .filter((f) => String(f).endsWith(".json"))
  .map((f) => join(root, "examples", String(f)))
  .sort();
let invalid = 0;
const perType = {};
for (const file of files) {
  const rel = relative(root, file);
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    console.log(`FAIL ${rel}: not JSON`);
    invalid++;
    continue;
  }
  const type = doc?.documentType;
  if (!isDocumentTypeName(type)) {
    console.log(`FAIL ${rel}: /documentType is not one of the six document types`);
    invalid++;
    continue;
  }
  const ajvOk = validators[type](doc);
  const zodOk = documentTypes[type].schema.safeParse(doc).success;
  perType[type] = (perType[type] ?? 0) + 1;
  if (ajvOk && zodOk) {
    console.log(`ok   ${rel} (${type})`);
  } else {
    invalid++;
    const where = (validators[type].errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || "/"} ${e.keyword}`);
    console.log(`FAIL ${rel} (${type}): ajv=${ajvOk} zod=${zodOk} ${where.join("; ")}`);
  }
}
console.log(`\n${files.length} examples, ${files.length - invalid} valid, ${invalid} invalid`);
console.log(
  Object.entries(perType)
    .map(([t, n]) => `  ${t}: ${n}`)
    .join("\n"),
);
process.exit(invalid === 0 && files.length > 0 ? 0 : 1);
