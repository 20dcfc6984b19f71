import { defineConfig } from "tsup";

export default defineConfig({
  // `diff` (the breaking-change classifier, Node only) and `upgrade` stay out of the light `data` entry.
  entry: {
    index: "src/index.ts",
    data: "src/data.ts",
    diff: "src/diff/index.ts",
    upgrade: "src/upgrade/index.ts",
    api: "src/api/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "node20",
});
