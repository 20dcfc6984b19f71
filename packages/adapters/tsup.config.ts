import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "fhir/index": "src/fhir/index.ts",
    "htcds/index": "src/htcds/index.ts",
    "ctdc/index": "src/ctdc/index.ts",
    "csv/index": "src/csv/index.ts",
    "jcard/index": "src/jcard/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "node20",
});
