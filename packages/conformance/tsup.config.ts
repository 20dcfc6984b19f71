import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "node20",
  // `fixturePath` resolves from the module's own location: shim import.meta.url in the CJS build.
  shims: true,
});
