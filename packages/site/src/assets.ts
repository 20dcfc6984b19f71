// Browser assets: the stylesheet, and the page scripts bundled with esbuild. The validator script bundles
// @open-trm/validator's built dist, so the page runs the very validators the CLI runs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** A file of the site: its path from the site root and its content. */
export interface SiteFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Bundles the browser scripts (`assets/site.js`, `assets/validator.js`) and reads the stylesheet.
 * @example
 * const files = await buildAssets();
 */
export async function buildAssets(): Promise<SiteFile[]> {
  const result = await build({
    entryPoints: { site: here("./browser/site.ts"), validator: here("./browser/validator-page.ts") },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    minify: true,
    write: false,
    outdir: "assets",
    logLevel: "silent",
  });
  const scripts = result.outputFiles.map((f) => ({
    path: `assets/${f.path.split(/[\\/]/).pop() ?? ""}`,
    content: f.contents,
  }));
  return [...scripts, { path: "assets/site.css", content: readFileSync(here("./assets/site.css"), "utf8") }];
}
