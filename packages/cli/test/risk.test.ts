// `trm risk` as users run it: the BUILT binary on small generated datasets in a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTrm, STACK_TRACE } from "./support/trm.js";

const QUASI = "/person/sex,/person/birthDate,/person/citizenships";
const SECRET = "SECRET-7d1e";
let dir: string;

// 60 records in 6 classes of 10 (sex x birth year), then 3 rare records: two alike, one alone.
const common = Array.from({ length: 60 }, (_, i) => ({
  person: { sex: i % 2 ? "male" : "female", birthDate: String(2000 + (i % 3)), citizenships: ["XK", "AL"] },
  identification: { status: i % 4 ? "presumed" : "identified" },
}));
const rare = [
  {
    person: { sex: "female", birthDate: "1970", citizenships: ["AL", "XK"] },
    identification: { status: "x" },
  },
  {
    person: { sex: "female", birthDate: "1970", citizenships: ["XK", "AL"] },
    identification: { status: "x" },
  },
  { person: { sex: "male" }, identification: { status: "presumed" } },
];
const records = [...common, ...rare];
const ndjson = (docs: readonly unknown[]) => docs.map((d) => JSON.stringify(d)).join("\n");
const run = (args: readonly string[], input?: string) =>
  runTrm(["risk", ...args], { cwd: dir, ...(input === undefined ? {} : { input }) });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "trm-risk-"));
  // A blank line after the first record shifts every later record by one line.
  writeFileSync(join(dir, "cases.ndjson"), `${JSON.stringify(records[0])}\n\n${ndjson(records.slice(1))}\n`);
  writeFileSync(join(dir, "cases.json"), JSON.stringify(records, null, 2));
  writeFileSync(join(dir, "common.ndjson"), ndjson(common));
  writeFileSync(join(dir, "empty.ndjson"), "\n\n");
  writeFileSync(join(dir, "crlf.ndjson"), `\r\n${records.map((d) => JSON.stringify(d)).join("\r\n")}`);
  // Over 1 MiB, so lines and multi-byte characters cross the reader's chunks.
  const wide = Array.from({ length: 12_000 }, (_, i) => ({
    place: ["Škofja Loka", "Đakovo", "Ürgüp"][i % 3],
    n: i % 7,
  }));
  writeFileSync(
    join(dir, "wide.ndjson"),
    `${wide.map((d) => JSON.stringify({ ...d, pad: "é".repeat(60) })).join("\n")}\n`,
  );
  writeFileSync(join(dir, "broken.ndjson"), `${ndjson(common.slice(0, 4))}\n{"name": "${SECRET}"\n`);
  // A missing comma (the parser gives its position) and an unquoted value (it does not).
  writeFileSync(join(dir, "broken.json"), `[\n${JSON.stringify(common[0])}\n{"name": "${SECRET}"}\n]`);
  writeFileSync(join(dir, "unquoted.json"), `[\n${JSON.stringify(common[0])},\n{"name": ${SECRET}}\n]`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("trm risk --format json", () => {
  it("reports classes, sizes and the lines of the records below k in an NDJSON file (exit 1)", () => {
    const r = run(["cases.ndjson", "--quasi", QUASI, "--k", "5", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      dataset: "cases.ndjson",
      k: 5,
      recordCount: 63,
      classCount: 8,
      smallestClassSize: 1,
      recordsBelowK: 3,
      classesBelowKCount: 2,
      satisfied: false,
      classSizeDistribution: { "1": 1, "2": 1, "10": 6 },
    });
    expect(report.classesBelowK).toEqual([
      { values: { "/person/sex": "male" }, size: 1, records: [62], lines: [64] },
      {
        values: {
          "/person/sex": "female",
          "/person/birthDate": "1970",
          "/person/citizenships": ["AL", "XK"],
        },
        size: 2,
        records: [60, 61],
        lines: [62, 63],
      },
    ]);
    expect(r.stderr).toBe("");
  });

  it("gives the same counts for the same records as a JSON array, listed by index", () => {
    const r = run(["cases.json", "--quasi", QUASI, "--k", "5", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ recordCount: 63, classCount: 8, smallestClassSize: 1, recordsBelowK: 3 });
    expect(report.classesBelowK.map((c: { records: number[] }) => c.records)).toEqual([[62], [60, 61]]);
    expect(report.classesBelowK[0]).not.toHaveProperty("lines");
  });

  it("reads standard input and reports l-diversity of a sensitive attribute (exit 0 when k holds)", () => {
    const r = run(
      ["-", "--quasi", "/person/sex,/person/birthDate", "--k", "10", "--sensitive", "/identification/status"],
      ndjson(common),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("k-anonymity holds");
    const json = run(
      [
        "-",
        "--quasi",
        "/person/sex",
        "--k",
        "10",
        "--sensitive",
        "/identification/status",
        "--format",
        "json",
      ],
      ndjson(common),
    );
    const report = JSON.parse(json.stdout);
    // Every female record (even index) has status identified when i % 4 === 0, presumed otherwise.
    expect(report.lDiversity).toEqual({
      "/identification/status": { l: 1, distribution: { "1": 1, "2": 1 } },
    });
    expect(report).toMatchObject({ classCount: 2, smallestClassSize: 30, recordsBelowK: 0, satisfied: true });
  });

  it("reads CRLF line ends and a last line without one", () => {
    const r = run(["crlf.ndjson", "--quasi", QUASI, "--k", "5", "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ recordCount: 63, classCount: 8, recordsBelowK: 3 });
    expect(report.classesBelowK[0]).toMatchObject({ records: [62], lines: [64] });
  });

  it("reads lines and multi-byte characters across chunks", () => {
    const r = run(["wide.ndjson", "--quasi", "/place,/n", "--k", "11", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      recordCount: 12_000,
      classCount: 21,
      smallestClassSize: 571,
    });
  });

  it("reports an empty dataset as k-anonymous", () => {
    const r = run(["empty.ndjson", "--quasi", "/a", "--k", "11", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ recordCount: 0, classCount: 0, recordsBelowK: 0 });
  });
});

describe("trm risk (human)", () => {
  it("lists the classes below k with their values and lines, and says k-anonymity does not hold", () => {
    const r = run(["cases.ndjson", "--quasi", QUASI, "--k", "5"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("k-anonymity of cases.ndjson: 63 records, k = 5");
    expect(r.stdout).toContain(
      "size 1: /person/sex=male, /person/birthDate=(missing), /person/citizenships=(missing) (line 64)",
    );
    expect(r.stdout).toContain("/person/citizenships=[AL, XK] (lines 62, 63)");
    expect(r.stdout).toContain("k-anonymity does not hold: 3 records are in classes smaller than 5");
  });
});

describe("trm risk errors", () => {
  it.each([
    { name: "an NDJSON line", file: "broken.ndjson", want: "trm: broken.ndjson line 5 is not JSON\n" },
    { name: "a JSON array", file: "broken.json", want: "trm: broken.json line 3 is not JSON\n" },
    { name: "a JSON array", file: "unquoted.json", want: "trm: unquoted.json is not JSON\n" },
  ])("names the line of $name that is not JSON when it can, never its content (exit 1)", ({ file, want }) => {
    const r = run([file, "--quasi", "/name", "--k", "2", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(want);
    expect(r.stdout).toBe("");
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it.each([
    { given: [], want: "risk needs one dataset" },
    { given: ["a.json", "b.json", "--quasi", "/a", "--k", "2"], want: "risk needs one dataset" },
    { given: ["cases.json", "--k", "2"], want: "--quasi is required" },
    { given: ["cases.json", "--quasi", "person/sex", "--k", "2"], want: "--quasi must list JSON Pointers" },
    { given: ["cases.json", "--quasi", "/a,", "--k", "2"], want: "--quasi must list JSON Pointers" },
    { given: ["cases.json", "--quasi", "/a"], want: "--k is required" },
    { given: ["cases.json", "--quasi", "/a", "--k", "0"], want: "--k must be a whole number" },
    { given: ["cases.json", "--quasi", "/a", "--k", "2.5"], want: "--k must be a whole number" },
    { given: ["cases.json", "--quasi", "/a", "--k", "2", "--sensitive", "x"], want: "--sensitive must list" },
    {
      given: ["cases.json", "--quasi", "/a", "--k", "2", "--format", "xml"],
      want: "--format must be one of",
    },
    { given: ["cases.json", "--quasi", "/a", "--k", "2", "--nope"], want: "Unknown option '--nope'" },
    { given: ["missing.json", "--quasi", "/a", "--k", "2"], want: "cannot read missing.json: ENOENT" },
    { given: [".", "--quasi", "/a", "--k", "2"], want: "cannot read .: not a file" },
  ])("exits 2 on $given", ({ given, want }) => {
    const r = run(given);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(want);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
