import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "node20",
  // import.meta.url locates the migrations folder in the CommonJS build too.
  shims: true,
  // Native (better-sqlite3) and server packages are loaded from node_modules at run time, never bundled; the
  // client's signing module is imported, not copied into this bundle, so there is one implementation of it.
  external: ["better-sqlite3", "fastify", "@open-trm/client"],
});
