// `trm stats` as users run it: the BUILT binary on small generated datasets in a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTrm, STACK_TRACE } from "./support/trm.js";

const RARE = "Rare-Country-9b2";
let dir: string;
const times = (n: number, doc: unknown) => Array.from({ length: n }, () => doc);
// female/AL+XK 25, male/AL 11, female/missing 10, a single record with a rare value: 47 records.
const records = [
  ...times(25, { person: { sex: "female", citizenships: ["XK", "AL"] } }),
  ...times(11, { person: { sex: "male", citizenships: ["AL"] } }),
  ...times(10, { person: { sex: "female" } }),
  { person: { sex: "male", citizenships: [RARE] } },
];
const ndjson = records.map((d) => JSON.stringify(d)).join("\n");
const run = (args: readonly string[], input?: string) =>
  runTrm(["stats", ...args], { cwd: dir, ...(input === undefined ? {} : { input }) });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "trm-stats-"));
  writeFileSync(join(dir, "cases.ndjson"), `${ndjson}\n`);
  writeFileSync(join(dir, "cases.json"), JSON.stringify(records));
  writeFileSync(join(dir, "broken.ndjson"), `${ndjson}\nnot json\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BY = "/person/sex,/person/citizenships";

describe("trm stats", () => {
  it("prints CSV by default: counts rounded down to 11, cells below 11 left out, never a rare value", () => {
    const r = run(["cases.ndjson", "--by", BY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("/person/sex,/person/citizenships,count\r\nfemale,AL;XK,22\r\nmale,AL,11\r\n");
    expect(r.stdout).not.toContain(RARE);
  });

  it("prints JSON with the suppressed cells and the rounded total", () => {
    const r = run(["cases.json", "--by", BY, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      by: ["/person/sex", "/person/citizenships"],
      threshold: 11,
      rows: [
        { values: { "/person/sex": "female", "/person/citizenships": ["AL", "XK"] }, count: 22 },
        { values: { "/person/sex": "male", "/person/citizenships": ["AL"] }, count: 11 },
      ],
      total: 44,
      suppressedCells: 2,
    });
  });

  it.each([
    { threshold: "5", want: "female,AL;XK,25\r\nfemale,,10\r\nmale,AL,10\r\n" },
    { threshold: "10", want: "female,AL;XK,20\r\nfemale,,10\r\nmale,AL,10\r\n" },
    { threshold: "26", want: "" },
  ])("applies --threshold $threshold to standard input", ({ threshold, want }) => {
    const r = run(["-", "--by", BY, "--threshold", threshold], ndjson);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`/person/sex,/person/citizenships,count\r\n${want}`);
  });

  it("names the line that is not JSON (exit 1)", () => {
    const r = run(["broken.ndjson", "--by", BY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("trm: broken.ndjson line 48 is not JSON\n");
    expect(r.stdout).toBe("");
  });

  it.each([
    { given: ["cases.json"], want: "--by is required" },
    { given: ["--by", BY], want: "stats needs one dataset" },
    { given: ["cases.json", "--by", "sex"], want: "--by must list JSON Pointers" },
    { given: ["cases.json", "--by", BY, "--threshold", "0"], want: "--threshold must be a whole number" },
    { given: ["cases.json", "--by", BY, "--threshold=-3"], want: "--threshold must be a whole number" },
    { given: ["cases.json", "--by", BY, "--format", "human"], want: "--format must be one of csv, json" },
    { given: ["missing.ndjson", "--by", BY], want: "cannot read missing.ndjson: ENOENT" },
  ])("exits 2 on $given", ({ given, want }) => {
    const r = run(given);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(want);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
