// `trm diff` run as users run it: the BUILT binary on crafted schema folders and on a throw-away git repository.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_DIR, runTrm, STACK_TRACE, type TrmRun } from "./support/trm.js";

let dir: string;
const object = (properties: Record<string, unknown>, required: string[] = []) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://open-trm.org/schemas/v1/consent.schema.json",
  type: "object",
  properties,
  required,
  additionalProperties: false,
});
const urgency = (codes: string[], open: boolean) => ({
  name: "urgency",
  open,
  codes: codes.map((code) => ({ code, label: { en: code } })),
});
const status = {
  type: "string",
  enum: ["draft", "sent"],
  "x-trm-codelist": "urgency",
  description: "How soon.",
};

function write(root: string, files: Record<string, unknown>): void {
  for (const [rel, value] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`);
  }
}

const trm = (...args: string[]): TrmRun => runTrm(["diff", ...args], { cwd: dir });
function expectClean(run: TrmRun): void {
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(`${run.stdout}${run.stderr}`).not.toContain(dir);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "trm-diff-"));
  const base = {
    "v1/consent.schema.json": object({ status }),
    "v1/codelists/urgency.json": urgency(["draft", "sent"], true),
  };
  write(join(dir, "old"), base);
  write(join(dir, "same"), base);
  write(join(dir, "minor"), {
    "v1/consent.schema.json": object({
      status: { ...status, enum: ["draft", "sent", "held"], description: "How soon it is." },
      note: { type: "string" },
    }),
    "v1/codelists/urgency.json": urgency(["draft", "sent", "held"], true),
  });
  write(join(dir, "major"), {
    "v1/consent.schema.json": object({ status, note: { type: "string", maxLength: 10 } }, ["note"]),
    "v1/codelists/urgency.json": urgency(["draft"], true),
  });
  write(join(dir, "broken"), { "v1/consent.schema.json": "{ not json" });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("trm diff on directories", () => {
  it("prints each change with its level, file and JSON Pointer, and exits 1 when one is major", () => {
    const run = trm("old", "major");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'major  consent.schema.json#/properties/note  property-added-required: new required property "note"',
        'major  codelists/urgency.json#/codes/1  code-removed: code "sent" removed',
        "",
        "2 change(s): 2 major, 0 minor, 0 patch; release level: major",
        "",
      ].join("\n"),
    );
    expectClean(run);
  });

  it("exits 0 when the changes are minor or patch", () => {
    const run = trm("old", "minor");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("minor  consent.schema.json#/properties/status/enum  enum-widened");
    expect(run.stdout).toContain("minor  consent.schema.json#/properties/note  property-added-optional");
    expect(run.stdout).toContain(
      "patch  consent.schema.json#/properties/status/description  annotation-changed",
    );
    expect(run.stdout).toContain("minor  codelists/urgency.json#/codes/2  code-added");
    expect(run.stdout).toMatch(/release level: minor\n$/);
  });

  it("prints the diff as JSON with --format json", () => {
    const run = trm("old", "major", "--format", "json");
    expect(run.code).toBe(1);
    const diff = JSON.parse(run.stdout);
    expect(diff.level).toBe("major");
    expect(diff.changes).toContainEqual({
      level: "major",
      file: "codelists/urgency.json",
      path: "/codes/1",
      kind: "code-removed",
      message: 'code "sent" removed',
    });
  });

  it("finds no change between equal folders, and between schemas/ and schemas/v1/ of this repository", () => {
    expect(trm("old", "same")).toMatchObject({ code: 0, stdout: "no changes; release level: none\n" });
    const repo = runTrm(["diff", "schemas", "schemas/v1", "--format", "json"], { cwd: REPO_DIR });
    expect(repo.code).toBe(0);
    expect(JSON.parse(repo.stdout)).toEqual({ level: "none", changes: [] });
  });

  it.each([
    [["old"], "diff needs two arguments"],
    [[], "diff needs two arguments"],
    [["old", "major", "--format", "xml"], "--format must be one of human, json"],
    [["old", "nowhere"], "nowhere is neither a schemas directory nor a git ref"],
    [["old", "broken"], "broken: v1/consent.schema.json: not valid JSON"],
  ])("%j is a usage error (exit 2)", (args, message) => {
    const run = trm(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expectClean(run);
  });
});

describe("trm diff on git refs", () => {
  let repo: string;
  const git = (...args: string[]) => {
    const r = spawnSync(
      "git",
      ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args],
      { cwd: repo, encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(r.stderr);
  };

  beforeAll(() => {
    repo = join(dir, "repo");
    write(join(repo, "schemas"), {
      "v1/consent.schema.json": object({ status }),
      "v1/codelists/urgency.json": urgency(["draft", "sent"], false),
    });
    git("init", "--quiet");
    git("add", ".");
    git("commit", "--quiet", "-m", "release");
    // The working tree moves on: a code added to the closed list.
    write(join(repo, "schemas"), {
      "v1/consent.schema.json": object({ status: { ...status, enum: ["draft", "sent", "held"] } }),
      "v1/codelists/urgency.json": urgency(["draft", "sent", "held"], false),
    });
  });

  it("reads schemas/ at a ref without checking it out", () => {
    const run = runTrm(["diff", "HEAD", "schemas"], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "major  consent.schema.json#/properties/status/enum  code-added-to-closed-list",
    );
    expect(run.stdout).toContain("major  codelists/urgency.json#/codes/2  code-added-to-closed-list");
    expectClean(run);
  });

  it("reads another folder with ref:folder, and compares two refs", () => {
    expect(runTrm(["diff", "HEAD:schemas/v1", "schemas", "--format", "json"], { cwd: repo }).stdout).toBe(
      runTrm(["diff", "HEAD", "schemas", "--format", "json"], { cwd: repo }).stdout,
    );
    expect(runTrm(["diff", "HEAD", "HEAD"], { cwd: repo })).toMatchObject({
      code: 0,
      stdout: "no changes; release level: none\n",
    });
  });

  it("a ref without the folder, or an unknown ref, is a usage error", () => {
    const missing = runTrm(["diff", "HEAD:nothing", "schemas"], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no JSON files in nothing at HEAD");
    const unknown = runTrm(["diff", "no-such-ref", "schemas"], { cwd: repo });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("neither a schemas directory nor a git ref");
  });
});
