// `pnpm generate`: TypeScript types of the exchange API from the committed OpenAPI document (drift-tested).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderTypes } from "./lib/types.js";

const out = fileURLToPath(new URL("../src/generated/openapi.ts", import.meta.url));
writeFileSync(out, await renderTypes());
console.log("generate: wrote src/generated/openapi.ts");
