import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/conformance/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "node20",
  // import.meta.url locates the OpenAPI document of @open-trm/schema from the CommonJS build of the tester too.
  shims: true,
});
