// Every conformance fixture of @open-trm/conformance gives the manifest's verdict through the BUILT `trm` binary
// (bin/trm.js -> dist/main.js), as a user runs it: `trm validate --format json` over the fixtures, a few
// invocations for all of them, and `trm validate --bundle --format json` once per bundle.
//
// The binary runs with the conformance package as working directory and the manifest's relative paths as
// arguments, so nothing depends on where the repository is cloned. It uses the real clock: TRM-R011 warnings
// appear on the focal point fixtures once they age (from 2027-11-24), and warnings never change a verdict.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BundleEntry, type ManifestEntry, manifest } from "@open-trm/conformance";
import { beforeAll, describe, expect, test } from "vitest";

const CLI_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(CLI_DIR, "bin", "trm.js");
/** The conformance package's root: the working directory of every run, so manifest paths work as arguments. */
const SUITE_DIR = dirname(createRequire(import.meta.url).resolve("@open-trm/conformance/package.json"));

interface JsonIssue {
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly path: string;
  readonly message: string;
  readonly ruleId?: string;
}
interface JsonResult {
  readonly file: string;
  readonly documentType?: string;
  readonly valid: boolean;
  readonly issues: readonly JsonIssue[];
}
interface JsonReport {
  readonly results: readonly JsonResult[];
  readonly summary: { readonly documents: number; readonly invalid: number };
  readonly valid: boolean;
}
interface Run {
  readonly code: number | null;
  readonly report: JsonReport;
  readonly stderr: string;
}

/** Runs `trm validate --format json [...flags] <files>` in the suite's directory and parses the report. */
function trmValidate(files: readonly string[], flags: readonly string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "validate", "--format", "json", ...flags, ...files], {
      cwd: SUITE_DIR,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", LANG: "C.UTF-8", TZ: "UTC" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      try {
        resolve({ code, report: JSON.parse(stdout) as JsonReport, stderr });
      } catch {
        reject(new Error(`trm printed no JSON report (exit ${code}): ${stderr || stdout.slice(0, 500)}`));
      }
    });
  });
}

/** Whether the CLI's result for an invalid fixture shows the manifest's fault. */
function showsFault(f: ManifestEntry, r: JsonResult): boolean {
  return f.errors.every((want) => {
    const at = r.issues.filter((i) => i.severity === "error" && i.path === want.pointer);
    // A rule fixture: that rule at that pointer. A structure fixture: any structure issue at that pointer.
    return "ruleId" in want ? at.some((i) => i.ruleId === want.ruleId) : at.length > 0;
  });
}

/**
 * A fixture whose top-level `documentType` names another type (category wrongDocumentType): the manifest picks
 * the schema from its `documentType`, `trm` from the document's own, so the binary validates it as the other type.
 * It is still invalid, but its issues are those of the other type, not one at `/documentType`.
 */
const claimsOtherType = (f: ManifestEntry): boolean =>
  f.category === "wrongDocumentType" && f.errors[0]?.pointer === "/documentType";

describe("trm validate gives every conformance fixture its manifest verdict", () => {
  if (!existsSync(join(CLI_DIR, "dist", "main.js")))
    throw new Error("packages/cli/dist/main.js is missing: build first (turbo run build)");

  // One invocation per document type, run in parallel.
  const batches = [...new Set(manifest.fixtures.map((f) => f.documentType))].map((type) =>
    manifest.fixtures.filter((f) => f.documentType === type),
  );
  const results = new Map<string, JsonResult[]>();
  const runs: { batch: readonly ManifestEntry[]; run: Run }[] = [];
  beforeAll(async () => {
    const done = await Promise.all(
      batches.map(async (batch) => ({ batch, run: await trmValidate(batch.map((f) => f.path)) })),
    );
    for (const { batch, run } of done) {
      runs.push({ batch, run });
      for (const r of run.report.results) results.set(r.file, [...(results.get(r.file) ?? []), r]);
    }
  });

  test("the suite is there and large", () => {
    expect(manifest.fixtures.length).toBeGreaterThan(300);
    expect(manifest.fixtures.filter((f) => f.category === "rule").length).toBeGreaterThanOrEqual(22);
    expect(batches.length).toBe(6);
  });

  test("each run reports every file once, and exits 1 when a file is invalid, else 0", () => {
    expect(runs.length).toBe(batches.length);
    for (const { batch, run } of runs) {
      expect(run.stderr).toBe("");
      expect(run.report.results.map((r) => r.file)).toEqual(batch.map((f) => f.path));
      expect(run.report.summary.documents).toBe(batch.length);
      const allValid = batch.every((f) => f.valid);
      expect({ code: run.code, valid: run.report.valid }).toEqual({
        code: allValid ? 0 : 1,
        valid: allValid,
      });
    }
  });

  test.each(manifest.fixtures.map((f) => [f.path, f] as const))("%s", (path, f) => {
    const [r, ...more] = results.get(path) ?? [];
    expect(more).toEqual([]);
    expect(r, "a result for the file").toBeDefined();
    if (!r) return;
    const errors = r.issues.filter((i) => i.severity === "error");
    expect(r.valid, JSON.stringify(r.issues)).toBe(f.valid);
    if (f.valid) {
      // Warnings may come and go with the clock; errors may not.
      expect(errors).toEqual([]);
    } else if (claimsOtherType(f)) {
      expect(r.documentType).toBeDefined();
      expect(r.documentType).not.toBe(f.documentType);
      expect(errors.length).toBeGreaterThan(0);
    } else {
      expect(showsFault(f, r), JSON.stringify(r.issues)).toBe(true);
    }
  });
});

describe("trm validate --bundle gives every conformance bundle its manifest verdict", () => {
  const reports = new Map<string, Run>();
  beforeAll(async () => {
    const done = await Promise.all(
      manifest.bundles.map(async (b) => [b.name, await trmValidate(b.files, ["--bundle"])] as const),
    );
    for (const [name, run] of done) reports.set(name, run);
  });

  test("there are valid bundles and bundles for each cross-document rule", () => {
    expect(manifest.bundles.filter((b) => b.valid).length).toBeGreaterThanOrEqual(1);
    for (const rule of ["TRM-X001", "TRM-X002", "TRM-X003"]) {
      const mine = manifest.bundles.filter((b) => b.errors.some((e) => e.ruleId === rule));
      expect(mine.length).toBeGreaterThanOrEqual(2);
    }
  });

  test.each(manifest.bundles.map((b) => [b.name, b] as const))("%s", (_name, b: BundleEntry) => {
    const run = reports.get(b.name);
    expect(run).toBeDefined();
    if (!run) return;
    expect(run.stderr).toBe("");
    expect({ code: run.code, valid: run.report.valid }).toEqual({ code: b.valid ? 0 : 1, valid: b.valid });
    const byFile = new Map(run.report.results.map((r) => [r.file, r]));
    expect([...byFile.keys()].sort()).toEqual([...b.files].sort());
    const atFault = new Set(b.errors.map((e) => e.file));
    for (const file of b.files) {
      const r = byFile.get(file);
      expect(r?.valid, `${file}: ${JSON.stringify(r?.issues)}`).toBe(!atFault.has(file));
    }
    for (const e of b.errors) {
      const issues = byFile.get(e.file)?.issues ?? [];
      expect(
        issues.some((i) => i.severity === "error" && i.path === e.pointer && i.ruleId === e.ruleId),
        `${e.file}: ${JSON.stringify(issues)}`,
      ).toBe(true);
    }
  });
});
