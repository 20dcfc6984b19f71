// Copies the committed JSON Schemas and codelists into the package, so consumers of @open-trm/schema get them.
import { cpSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const from = fileURLToPath(new URL("../../../schemas", import.meta.url));
const to = fileURLToPath(new URL("../dist/schemas", import.meta.url));
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
