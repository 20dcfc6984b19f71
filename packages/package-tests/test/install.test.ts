// Installs the packed tarballs into fresh ESM and CommonJS projects (offline, from the pnpm store that
// the workspace install filled) and uses the public API and `trm` from there, as npm users would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { entrySpecifiers, packAll, pnpm, publishedPackages, REPO_DIR } from "./support/workspace.js";

const packages = publishedPackages();
const EXAMPLE = join(REPO_DIR, "examples/victim-profile/mk-presumed-child-sexual-exploitation.json");

function makeProject(type: "module" | "commonjs", tarballs: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `open-trm-consumer-${type}-`));
  const deps = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type, dependencies: deps }),
  );
  // Dependencies between our packages resolve to the tarballs too, never to the registry.
  const overrides = [...tarballs].map(([name, file]) => `  "${name}": "file:${file}"`).join("\n");
  writeFileSync(join(dir, "pnpm-workspace.yaml"), `overrides:\n${overrides}\n`);
  pnpm(["install", "--offline", "--config.ignore-scripts=true"], dir);
  return dir;
}

function node(dir: string, file: string, source: string): string {
  writeFileSync(join(dir, file), source);
  return execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
}

let tarballs: Map<string, string>;
let esmDir: string;
let cjsDir: string;

beforeAll(() => {
  tarballs = packAll(packages);
  esmDir = makeProject("module", tarballs);
  cjsDir = makeProject("commonjs", tarballs);
});

const entries = packages.flatMap((p) => entrySpecifiers(p).map((e) => ({ ...e, pkg: p.name })));

describe("an ESM consumer", () => {
  it.each(entries)("imports $specifier", ({ specifier }) => {
    if (specifier.endsWith(".json")) {
      const src = `const m = await import(${JSON.stringify(specifier)}, { with: { type: "json" } }); console.log(typeof m.default);`;
      expect(node(esmDir, "json.mjs", src).trim()).toBe("object");
      return;
    }
    const out = node(
      esmDir,
      "names.mjs",
      `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).sort()));`,
    );
    const names = JSON.parse(out) as string[];
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain("default");
  });

  it("validates a document through the installed validator", () => {
    const out = node(
      esmDir,
      "validate.mjs",
      `import { readFileSync } from "node:fs";
import { validate } from "@open-trm/validator";
const doc = JSON.parse(readFileSync(${JSON.stringify(EXAMPLE)}, "utf8"));
const bad = { ...doc, documentType: "nonsense" };
console.log(JSON.stringify([validate(doc).ok, validate(bad).ok]));`,
    );
    expect(JSON.parse(out)).toEqual([true, false]);
  });

  it("runs the installed trm binary", () => {
    const trm = join(esmDir, "node_modules/.bin/trm");
    expect(execFileSync(trm, ["--help"], { encoding: "utf8" })).toMatch(/^Usage:/m);
    expect(execFileSync(trm, ["validate", EXAMPLE], { encoding: "utf8" })).toMatch(/valid/);
    const version = JSON.parse(readFileSync(join(REPO_DIR, "packages/cli/package.json"), "utf8")).version;
    expect(execFileSync(trm, ["--version"], { encoding: "utf8" }).trim()).toBe(version);
  });
});

describe("a CommonJS consumer", () => {
  const cjsEntries = entries.filter((e) => e.require);

  it.each(cjsEntries)("requires $specifier with the same named exports as ESM", ({ specifier }) => {
    const esm = node(
      esmDir,
      "names.mjs",
      `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).sort()));`,
    );
    const cjs = node(
      cjsDir,
      "names.cjs",
      `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})).sort()));`,
    );
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it("validates and anonymises through the installed packages", () => {
    const out = node(
      cjsDir,
      "use.cjs",
      `const { readFileSync } = require("node:fs");
const { validate } = require("@open-trm/validator");
const { codelists } = require("@open-trm/schema/data");
const doc = JSON.parse(readFileSync(${JSON.stringify(EXAMPLE)}, "utf8"));
console.log(JSON.stringify([validate(doc).ok, Object.keys(codelists).length > 50]));`,
    );
    expect(JSON.parse(out)).toEqual([true, true]);
  });
});
