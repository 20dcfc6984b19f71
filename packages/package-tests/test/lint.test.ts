// publint and arethetypeswrong on the packed tarballs: what npm users receive, not the workspace.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { beforeAll, describe, expect, it } from "vitest";
import { packAll, publishedPackages, REPO_DIR } from "./support/workspace.js";

const packages = publishedPackages();
let tarballs: Map<string, string>;

beforeAll(() => {
  tarballs = packAll(packages);
});

describe.each(packages.map((p) => [p.name, p] as const))("%s", (name, pkg) => {
  it("passes publint in strict mode with no suggestion", async () => {
    const dir = `${tarballs.get(name)}.d`;
    mkdirSync(dir, { recursive: true });
    execFileSync("tar", ["-xzf", tarballs.get(name) as string, "-C", dir]);
    const { messages } = await publint({ pkgDir: join(dir, "package"), pack: false, strict: true });
    expect(messages.map((m) => formatMessage(m, pkg.manifest as never) ?? m.code)).toEqual([]);
  });

  it("has types that resolve for every entry point (arethetypeswrong)", () => {
    // ESM-only packages (the CLI) are checked with the esm-only profile; node10 resolution predates
    // the exports map and Node >= 20.19 is required, so the node16 profile applies to the others.
    const esmOnly = !JSON.stringify(pkg.manifest.exports ?? {}).includes('"require"');
    const profile = esmOnly ? "esm-only" : "node16";
    const ignored = esmOnly ? ["node10", "node16-cjs"] : ["node10"];
    const bin = join(REPO_DIR, "packages/package-tests/node_modules/.bin/attw");
    const run = spawnSync(bin, [tarballs.get(name) as string, "--format", "json", "--profile", profile], {
      encoding: "utf8",
    });
    const report = JSON.parse(run.stdout) as { analysis?: { problems?: { resolutionKind?: string }[] } };
    const problems = (report.analysis?.problems ?? []).filter(
      (p) => !ignored.includes(p.resolutionKind ?? ""),
    );
    expect(problems).toEqual([]);
    expect(run.status).toBe(0);
  });
});
