// Golden files for every output format of the built `trm` binary, and its exit codes.
// Inputs are copies under test/golden/inputs (so edits to examples/ never move a golden); the binary runs with
// cwd test/golden, so every path in a report is relative. `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`
// rewrites the goldens; review the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_DIR, FORMATS, type Format, REPO_DIR, runTrm, STACK_TRACE, type TrmRun } from "./support/trm.js";

const GOLDEN_DIR = join(CLI_DIR, "test", "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const EXT: Record<Format, string> = {
  human: "human.txt",
  json: "json",
  junit: "junit.xml",
  sarif: "sarif",
  github: "github.txt",
};

function golden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing: run with UPDATE_GOLDEN=1`);
  expect(actual, `output differs from golden ${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    readFileSync(file, "utf8"),
  );
}

// No report may name the machine's folders: CI clones the repository somewhere else.
function expectNoAbsolutePaths(run: TrmRun): void {
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toContain(REPO_DIR);
    expect(text).not.toMatch(/(^|[\s"'=(])\/(work|home|tmp|root|usr|var)\//m);
  }
}

const MIXED = ["inputs/valid.json", "inputs/invalid.json", "inputs/not-json.json", "inputs/batch.ndjson"];

/** Runs of `trm validate` whose stdout is compared with a golden file in each listed format. */
const CASES: readonly {
  name: string;
  args: readonly string[];
  exit: 0 | 1;
  formats: readonly Format[];
  stdin?: string;
}[] = [
  { name: "valid", args: ["inputs/valid.json"], exit: 0, formats: FORMATS },
  { name: "mixed", args: MIXED, exit: 1, formats: FORMATS },
  { name: "directory", args: ["inputs"], exit: 1, formats: ["human"] },
  {
    name: "stdin",
    args: ["-"],
    exit: 0,
    formats: ["human", "json"],
    stdin: readFileSync(join(GOLDEN_DIR, "inputs", "valid.json"), "utf8"),
  },
  {
    name: "stdin-ndjson",
    args: ["--ndjson", "-"],
    exit: 1,
    formats: ["human"],
    stdin: readFileSync(join(GOLDEN_DIR, "inputs", "batch.ndjson"), "utf8"),
  },
  {
    name: "quiet-max-issues",
    args: ["--quiet", "--max-issues", "2", ...MIXED],
    exit: 1,
    formats: ["human", "json"],
  },
];

describe("trm validate golden files", () => {
  for (const c of CASES) {
    for (const format of c.formats) {
      it(`${c.name} as ${format} (exit ${c.exit})`, () => {
        const run = runTrm(["validate", ...c.args, "--format", format], {
          ...(c.stdin === undefined ? {} : { input: c.stdin }),
        });
        golden(`${c.name}.${EXT[format]}`, run.stdout);
        expect(run.stderr).toBe("");
        expect(run.code).toBe(c.exit);
        expectNoAbsolutePaths(run);
      });
    }
  }

  it("reports the same verdicts in every format", () => {
    // The human golden is the easiest to review; the others must agree with it document by document.
    const human = runTrm(["validate", ...MIXED]).stdout;
    const json = JSON.parse(runTrm(["validate", ...MIXED, "--format", "json"]).stdout) as {
      results: { file: string; line?: number; valid: boolean; issues: { code: string }[] }[];
      summary: { documents: number; invalid: number; errors: number };
    };
    expect(json.summary).toMatchObject({ documents: 6, invalid: 3, errors: 7 });
    for (const r of json.results) {
      const where = r.line === undefined ? r.file : `${r.file}:${r.line}`;
      expect(human).toContain(`${r.valid ? "ok     " : "invalid"} ${where}`);
    }
    const github = runTrm(["validate", ...MIXED, "--format", "github"]).stdout;
    expect(github.match(/^::error /gm)?.length).toBe(json.summary.errors);
    const sarif = JSON.parse(runTrm(["validate", ...MIXED, "--format", "sarif"]).stdout) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]?.results.length).toBe(json.summary.errors);
  });
});

/** Every way to misuse the command: exit 2, nothing on stdout, a `trm: ` message on stderr, no stack trace. */
const USAGE_ERRORS: readonly { name: string; args: readonly string[] }[] = [
  { name: "unknown command", args: ["frobnicate"] },
  { name: "validate without inputs", args: ["validate"] },
  { name: "missing file", args: ["validate", "inputs/missing.json"] },
  { name: "missing file among valid ones", args: ["validate", "inputs/valid.json", "inputs/missing.json"] },
  { name: "missing directory", args: ["validate", "nowhere/"] },
  { name: "glob that matches nothing", args: ["validate", "inputs/*.yaml"] },
  { name: "unknown format", args: ["validate", "--format", "xml", "inputs/valid.json"] },
  { name: "unknown flag", args: ["validate", "--frobnicate", "inputs/valid.json"] },
  { name: "flag without its value", args: ["validate", "inputs/valid.json", "--format"] },
  { name: "negative --max-issues", args: ["validate", "--max-issues=-1", "inputs/valid.json"] },
  {
    name: "flag value that looks like a flag",
    args: ["validate", "--max-issues", "-1", "inputs/valid.json"],
  },
  { name: "fractional --max-issues", args: ["validate", "--max-issues", "1.5", "inputs/valid.json"] },
  { name: "unknown --fail-on", args: ["validate", "--fail-on", "notice", "inputs/valid.json"] },
  { name: "standard input twice", args: ["validate", "-", "-"] },
];

describe("trm exit codes", () => {
  it("exits 2 on usage errors and unreadable inputs, with a message on stderr", () => {
    const transcript: string[] = [];
    for (const u of USAGE_ERRORS) {
      const run = runTrm(u.args);
      transcript.push(`# ${u.name}\n$ trm ${u.args.join(" ")}\nexit ${run.code}\n${run.stderr}`);
      expect(run.code, u.name).toBe(2);
      expect(run.stderr, u.name).toMatch(/^trm: \S[^\n]*\n(?:[^\n]+\n)*$/);
      expect(run.stderr, u.name).not.toMatch(STACK_TRACE);
      expect(run.stdout, u.name).toBe("");
      expectNoAbsolutePaths(run);
    }
    golden("usage-errors.txt", transcript.join("\n"));
  });

  it("prints the help and exits 2 when no command is given", () => {
    const run = runTrm([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(runTrm(["--help"]).stdout);
    expect(run.stdout).toMatch(/^trm \d+\.\d+\.\d+: /);
  });

  it("exits 0 on help and version", () => {
    for (const args of [["--help"], ["help"], ["-h"], ["--version"], ["-v"]]) {
      const run = runTrm(args);
      expect(run.code, args.join(" ")).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
      expect(run.stderr).toBe("");
    }
  });

  it("exits 0 when every document is valid and 1 when one is not, whatever the format", () => {
    for (const format of FORMATS) {
      expect(runTrm(["validate", "inputs/valid.json", "--format", format]).code).toBe(0);
      for (const bad of ["inputs/invalid.json", "inputs/not-json.json", "inputs/batch.ndjson"]) {
        expect(runTrm(["validate", "inputs/valid.json", bad, "--format", format]).code, bad).toBe(1);
      }
    }
  });
});

// Keep the goldens themselves free of machine paths, even if someone rewrites them by hand.
describe("golden files", () => {
  it("contain no absolute path", () => {
    for (const c of CASES)
      for (const f of c.formats) {
        const file = join(GOLDEN_DIR, `${c.name}.${EXT[f]}`);
        if (existsSync(file)) expect(readFileSync(file, "utf8")).not.toContain(REPO_DIR);
      }
  });
});
