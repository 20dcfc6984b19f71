// Builds the site once into a temporary directory for every test file; tests read it and open it in Chromium.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../../src/build.js";
import { repoRoot } from "./paths.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The directory the site was built into for this test run. */
    siteDir: string;
    /** The HTML pages built, as paths from the site root. */
    sitePages: readonly string[];
  }
}

let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), "trm-site-test-"));
  const outDir = join(dir, "site");
  const result = await buildSite({ root: repoRoot, outDir });
  project.provide("siteDir", outDir);
  project.provide("sitePages", result.pages);
}

export function teardown(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
