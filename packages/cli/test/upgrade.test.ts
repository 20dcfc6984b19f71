// `trm upgrade` run as users run it: the BUILT binary on the examples, from files and standard input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_DIR, runTrm, STACK_TRACE, type TrmRun } from "./support/trm.js";

const CONSENT = "examples/consent/si-adult-consent-return.json";
const consent = JSON.parse(readFileSync(join(REPO_DIR, CONSENT), "utf8"));
const trm = (args: string[], input?: string): TrmRun =>
  runTrm(["upgrade", ...args], input === undefined ? { cwd: REPO_DIR } : { cwd: REPO_DIR, input });

function expectClean(run: TrmRun): void {
  expect(run.stderr).not.toMatch(STACK_TRACE);
  // Values of the example that must never appear in a message.
  for (const secret of [consent.id, consent.subjectRef, consent.createdAt])
    expect(run.stderr).not.toContain(secret);
}

describe("trm upgrade", () => {
  it("upgrades a 1.0 document to the current version (the identity step), validates it and prints it", () => {
    for (const args of [[CONSENT], [CONSENT, "--to", "1.0"]]) {
      const run = trm(args);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(consent);
      expect(run.stderr).toBe(`upgraded ${CONSENT} from 1.0 to 1.0 (1.0->1.0)\n`);
    }
  });

  it("reads standard input with -", () => {
    const run = trm(["-"], JSON.stringify(consent));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(consent);
  });

  it("an unknown target version is a usage error (exit 2)", () => {
    const run = trm([CONSENT, "--to", "2.0"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe("trm: --to must be a known version of the standard: 1.0\n");
  });

  it("a document of an unknown version cannot be upgraded (exit 1, nothing on stdout)", () => {
    const run = trm(["-"], JSON.stringify({ ...consent, standardVersion: "0.9" }));
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toContain("UNKNOWN_SOURCE_VERSION  /standardVersion");
    expectClean(run);
  });

  it("a document that is invalid after the upgrade is reported like trm validate (exit 1, nothing on stdout)", () => {
    const { recordedBy: _, ...broken } = consent;
    const run = trm(["-"], JSON.stringify({ ...broken, collectionMethod: "telepathy" }));
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toContain("invalid - after upgrading to 1.0\n");
    expect(run.stderr).toContain("  error   TRM-S001  /recordedBy  required property is missing");
    expect(run.stderr).toContain("TRM-S004  /collectionMethod");
    expect(run.stderr).not.toContain("telepathy");
    expectClean(run);
  });

  it("input that is not JSON is invalid (exit 1); a missing file or argument is a usage error (exit 2)", () => {
    const notJson = trm(["-"], "{ nope");
    expect(notJson).toMatchObject({ code: 1, stdout: "" });
    expect(notJson.stderr).toContain("TRM-P001");
    expect(trm(["missing.json"])).toMatchObject({
      code: 2,
      stderr: "trm: cannot read missing.json: ENOENT\n",
    });
    expect(trm([])).toMatchObject({
      code: 2,
      stderr: "trm: upgrade needs exactly one document file (or - for standard input)\n",
    });
  });
});
