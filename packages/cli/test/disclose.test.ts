// `trm disclose` run as users run it: the BUILT binary (bin/trm.js) in a child process, on the example stories.
import { validate } from "@open-trm/validator";
import { describe, expect, it } from "vitest";
import { REPO_DIR, runTrm, STACK_TRACE, type TrmRun } from "./support/trm.js";

const PROFILE = "examples/victim-profile/si-adult-forced-labour-construction.json";
const RETURN = "examples/consent/si-adult-consent-return.json";
const WITHDRAWN = "examples/consent/si-adult-consent-law-enforcement-withdrawn.json";
const MD_NATIONAL = "00000000-0000-4000-8000-000000005401";
// Values of the profile that must never appear in a message (stderr).
const SECRETS = ["Ion", "Exemplu", "TEST000201", "+37360000001", "example.net", "1991-07-23", "fictional"];

const trm = (...args: string[]): TrmRun => runTrm(["disclose", ...args], { cwd: REPO_DIR });

function expectClean(run: TrmRun): void {
  expect(run.stderr).not.toMatch(STACK_TRACE);
  for (const secret of SECRETS) expect(run.stderr).not.toContain(secret);
}

describe("trm disclose", () => {
  it("prints the minimised profile on stdout and the pointers on stderr (exit 0)", () => {
    const run = trm(
      PROFILE,
      "--consent",
      RETURN,
      "--to",
      MD_NATIONAL,
      "--purpose",
      "safeReturn",
      "--at",
      "2026-05-05T11:00:00+02:00",
    );
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      person: { givenNames?: string };
      case: { notes?: string };
      extensions?: unknown;
    };
    expect(validate(doc).ok).toBe(true);
    expect(doc.person.givenNames).toBe("Ion"); // identity is covered for the Moldovan focal point
    expect(doc.case.notes).toBeUndefined();
    expect(run.stderr).toContain("basis of consent");
    expect(run.stderr).toMatch(/disclosed fields \(\d+\):\n {2}\/createdAt/);
    expect(run.stderr).toMatch(/withheld fields \(\d+\):\n(.|\n)*\/case\/notes/);
    expect(run.stderr).toContain("/assistance/cooperationWithAuthorities");
    expectClean(run);
  });

  it("accepts a country code and a recipient category", () => {
    const run = trm(
      PROFILE,
      "--consent",
      RETURN,
      "--to",
      "MD",
      "--recipient-category",
      "serviceProvider",
      "--purpose",
      "transnationalReferral",
      "--at",
      "2026-05-05T11:00:00+02:00",
    );
    expect(run.code).toBe(0);
    expect(validate(JSON.parse(run.stdout)).ok).toBe(true);
    expectClean(run);
  });

  it("refuses the withdrawn consent now (exit 1, nothing on stdout)", () => {
    const run = trm(
      PROFILE,
      "--consent",
      WITHDRAWN,
      "--to",
      "SI",
      "--recipient-category",
      "prosecution",
      "--purpose",
      "legalProceedings",
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "trm: disclosure refused: CONSENT_WITHDRAWN: The consent was withdrawn before the time of disclosure.\n",
    );
  });

  it("discloses under the same consent before it was withdrawn (--at)", () => {
    const run = trm(
      PROFILE,
      "--consent",
      WITHDRAWN,
      "--to",
      "SI",
      "--recipient-category",
      "prosecution",
      "--purpose",
      "legalProceedings",
      "--at",
      "2026-04-01T12:00:00+02:00",
    );
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { proceedings?: unknown[]; person: { contact?: unknown } };
    expect(doc.proceedings).toBeDefined();
    expectClean(run);
  });

  it.each([
    ["a purpose not consented to", ["--to", MD_NATIONAL, "--purpose", "research"], "PURPOSE_NOT_COVERED"],
    ["a recipient not consented to", ["--to", "RO", "--purpose", "safeReturn"], "RECIPIENT_NOT_COVERED"],
    [
      "a category not consented to",
      ["--to", "MD", "--recipient-category", "family", "--purpose", "safeReturn"],
      "RECIPIENT_NOT_COVERED",
    ],
  ])("refuses %s (exit 1)", (_, flags, reason) => {
    const run = trm(PROFILE, "--consent", RETURN, ...flags, "--at", "2026-05-05T11:00:00+02:00");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(reason);
    expectClean(run);
  });

  it.each([
    [
      "a consent of another person",
      [PROFILE, "--consent", "examples/consent/mk-guardian-consent-with-child-assent.json"],
      "SUBJECT_MISMATCH",
    ],
    [
      "a file that is not JSON",
      ["packages/cli/test/golden/inputs/not-json.json", "--consent", RETURN],
      "INVALID_INPUT",
    ],
    [
      "an invalid document",
      [PROFILE, "--consent", "packages/cli/test/golden/inputs/invalid.json"],
      "INVALID_INPUT",
    ],
  ])("refuses %s (exit 1)", (_, files, reason) => {
    const run = trm(
      ...files,
      "--to",
      MD_NATIONAL,
      "--purpose",
      "safeReturn",
      "--at",
      "2026-05-05T11:00:00+02:00",
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(reason);
    expectClean(run);
  });

  const base = ["--consent", RETURN, "--to", MD_NATIONAL, "--purpose", "safeReturn"];
  it.each([
    ["no profile", base, /exactly one victim profile/],
    ["two profiles", [PROFILE, PROFILE, ...base], /exactly one victim profile/],
    ["no --consent", [PROFILE, "--to", "MD", "--purpose", "safeReturn"], /--consent/],
    ["no --to", [PROFILE, "--consent", RETURN, "--purpose", "safeReturn"], /--to/],
    ["no --purpose", [PROFILE, "--consent", RETURN, "--to", "MD"], /--purpose/],
    [
      "a bad --to",
      [PROFILE, "--consent", RETURN, "--to", "Moldova", "--purpose", "safeReturn"],
      /--to must be/,
    ],
    [
      "a lower-case country",
      [PROFILE, "--consent", RETURN, "--to", "md", "--purpose", "safeReturn"],
      /--to must be/,
    ],
    [
      "an unknown purpose",
      [PROFILE, "--consent", RETURN, "--to", "MD", "--purpose", "gossip"],
      /--purpose must be one of/,
    ],
    [
      "an unknown category",
      [PROFILE, ...base, "--recipient-category", "press"],
      /--recipient-category must be one of/,
    ],
    ["a bad --at", [PROFILE, ...base, "--at", "yesterday"], /--at must be/],
    ["a time without offset", [PROFILE, ...base, "--at", "2026-05-05T11:00:00"], /--at must be/],
    ["an unknown flag", [PROFILE, ...base, "--everything"], /Unknown option/],
    [
      "a missing file",
      ["examples/victim-profile/nobody.json", ...base],
      /cannot read examples\/victim-profile\/nobody.json: ENOENT/,
    ],
    [
      "a missing consent",
      [PROFILE, "--consent", "nope.json", "--to", "MD", "--purpose", "safeReturn"],
      /cannot read nope.json/,
    ],
  ])("usage error: %s (exit 2)", (_, args, message) => {
    const run = trm(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expectClean(run);
  });
});
