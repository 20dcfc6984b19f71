// Properties of the built binary on generated input: whatever the documents, `trm validate` exits 0 or 1 (never
// 2 on a readable file, never 3), prints no stack trace, reports every document once, and fails exactly when
// a document is invalid. Documents are batched into one NDJSON file per run to keep the suite fast.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { brokenJson, EXAMPLES, mutatedExample, ndjsonLine } from "./support/documents.js";
import { FORMATS, runTrm, STACK_TRACE } from "./support/trm.js";

const dir = mkdtempSync(join(tmpdir(), "trm-property-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// JSON's own whitespace: a line of only these is blank; anything else (even U+00A0 or U+FEFF) is a document.
const BLANK = /^[ \t]*$/;

interface JsonReport {
  results: { file: string; line?: number; valid: boolean; issues: unknown[] }[];
  summary: { documents: number; valid: number; invalid: number; errors: number; warnings: number };
  valid: boolean;
}

describe("trm validate on generated NDJSON batches", () => {
  it("reports every non-blank line once, exits 1 exactly when one is invalid, in every format", () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.array(ndjsonLine, { minLength: 50, maxLength: 250 }),
        fc.constantFrom(...FORMATS.filter((f) => f !== "json")),
        fc.boolean(),
        (lines, otherFormat, crlf) => {
          const file = `batch-${run++}.ndjson`;
          writeFileSync(join(dir, file), lines.join(crlf ? "\r\n" : "\n"));
          const json = runTrm(["validate", file, "--format", "json"], { cwd: dir });
          expect(json.stderr).toBe("");
          expect([0, 1]).toContain(json.code);
          const report = JSON.parse(json.stdout) as JsonReport;
          const expected = lines.flatMap((l, i) => (BLANK.test(l) ? [] : [i + 1]));
          expect(report.results.map((r) => r.line)).toEqual(expected);
          expect(report.summary.documents).toBe(expected.length);
          expect(json.code).toBe(report.summary.invalid > 0 ? 1 : 0);
          expect(report.valid).toBe(json.code === 0);
          // Every format agrees on the exit code.
          const other = runTrm(["validate", file, "--format", otherFormat], { cwd: dir });
          expect(other.code).toBe(json.code);
          expect(other.stderr).toBe("");
        },
      ),
      { numRuns: 6 },
    );
  });

  it("--bundle exits 0 or 1 with no stack trace on the same kind of input", () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(ndjsonLine, { minLength: 20, maxLength: 120 }), (lines) => {
        const file = `bundle-${run++}.ndjson`;
        writeFileSync(join(dir, file), lines.join("\n"));
        const r = runTrm(["validate", "--bundle", file, "--format", "json"], { cwd: dir });
        expect(r.stderr).not.toMatch(STACK_TRACE);
        expect(r.stderr).toBe("");
        expect([0, 1]).toContain(r.code);
        const report = JSON.parse(r.stdout) as JsonReport;
        expect(r.code).toBe(report.summary.invalid > 0 ? 1 : 0);
      }),
      { numRuns: 3 },
    );
  });

  it("skips only lines of JSON whitespace, and splits lines at \\n and \\r\\n only", () => {
    const valid = JSON.stringify(EXAMPLES[0]);
    const lines = ["", "   ", "\t", "\u00A0", "\uFEFF", `${valid}\r`, `{"documentType":\r"consent"}`, valid];
    writeFileSync(join(dir, "blank.ndjson"), lines.join("\n"));
    const r = runTrm(["validate", "blank.ndjson", "--format", "json"], { cwd: dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.results.map((d) => [d.line, d.valid])).toEqual([
      [4, false],
      [5, false],
      [6, true],
      [7, false],
      [8, true],
    ]);
  });

  it("is all-valid (exit 0) on a batch of unchanged examples, so the batches above are not all invalid", () => {
    writeFileSync(join(dir, "examples.ndjson"), EXAMPLES.map((d) => JSON.stringify(d)).join("\n"));
    const r = runTrm(["validate", "examples.ndjson", "--quiet"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `${EXAMPLES.length} document(s) in 1 input(s): ${EXAMPLES.length} valid, 0 invalid`,
    );
  });
});

describe("trm validate on generated single files", () => {
  const content = fc.oneof(
    brokenJson.map((t) => Buffer.from(t)),
    mutatedExample.map((d) => Buffer.from(JSON.stringify(d, null, 2))),
    fc.array(mutatedExample, { maxLength: 4 }).map((ds) => Buffer.from(JSON.stringify(ds))),
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)), // not UTF-8, not JSON
    fc
      .constantFrom("", "\uFEFF", "\uFEFF{}", "[", "[[]]", "null", "{", '{"documentType":null}')
      .map((s) => Buffer.from(s)),
  );

  it("exits 0 or 1 with a summary and nothing on stderr", () => {
    let run = 0;
    fc.assert(
      fc.property(content, fc.constantFrom(...FORMATS), (bytes, format) => {
        const file = `single-${run++}.json`;
        writeFileSync(join(dir, file), bytes);
        const r = runTrm(["validate", file, "--format", format], { cwd: dir });
        expect(r.stderr).not.toMatch(STACK_TRACE);
        expect(r.stderr).toBe("");
        expect([0, 1]).toContain(r.code);
        expect(r.stdout.length).toBeGreaterThan(0);
      }),
      { numRuns: 12 },
    );
  });
});
