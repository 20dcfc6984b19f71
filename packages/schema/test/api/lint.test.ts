import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT } from "./support.js";

const run = promisify(execFile);
const pkg = join(import.meta.dirname, "../..");
const redocly = join(pkg, "node_modules/.bin/redocly");
const config = join(pkg, "redocly.yaml");
// Offline: no telemetry, no update check.
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", CI: "true" };

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string }[];
}

async function lint(file: string): Promise<LintReport> {
  const args = ["lint", file, "--config", config, "--format", "json"];
  // Redocly exits 1 when it finds errors; the JSON report is on stdout either way.
  const out = await run(redocly, args, { env, cwd: pkg, maxBuffer: 32 << 20 }).catch(
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? "" }),
  );
  return JSON.parse(out.stdout) as LintReport;
}

const scratch = mkdtempSync(join(tmpdir(), "trm-openapi-lint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("Redocly lint (recommended ruleset plus stricter rules, offline)", () => {
  test.each(["openapi.json", "openapi.yaml"])("schemas/v1/%s has no error and no warning", async (file) => {
    const report = await lint(join(ROOT, "schemas/v1", file));
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  test("the linter catches a missing operationId and an error response that is not a problem", async () => {
    const doc = JSON.parse(readFileSync(join(ROOT, "schemas/v1/openapi.json"), "utf8"));
    delete doc.paths["/referrals"].post.operationId;
    doc.paths["/referrals/{id}"].get.responses["404"] = { description: "Not found." };
    // Copies of the published schemas go beside it, so the relative `$ref`s still resolve.
    for (const f of readdirSync(join(ROOT, "schemas/v1")).filter((n) => n.endsWith(".schema.json"))) {
      copyFileSync(join(ROOT, "schemas/v1", f), join(scratch, f));
    }
    const broken = join(scratch, "openapi.json");
    writeFileSync(broken, JSON.stringify(doc));
    const report = await lint(broken);
    const rules = report.problems.map((p) => p.ruleId);
    expect(rules).toContain("operation-operationId");
    expect(rules).toContain("operation-4xx-problem-details-rfc7807");
    expect(report.totals.errors).toBeGreaterThanOrEqual(2);
  });
});
