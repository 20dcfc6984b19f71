// `trm anonymise`, run as users run it: the BUILT binary, a temporary key file, the examples as input.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validate } from "@open-trm/validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_DIR, runTrm, STACK_TRACE } from "./support/trm.js";

const EXAMPLE = join(REPO_DIR, "examples", "victim-profile", "mk-presumed-child-sexual-exploitation.json");
const REFERRAL = join(REPO_DIR, "examples", "referral", "mk-to-al-child-case-transfer-return.json");
const PLANTED = "PLANTED-7f3e-Zorana";
let dir: string;
let key: Buffer;
const at = (name: string) => join(dir, name);
const structure = (doc: unknown) => validate(doc).issues.filter((i) => i.ruleId === undefined);
const compact = (path: string) => JSON.stringify(JSON.parse(readFileSync(path, "utf8")));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "trm-anonymise-"));
  key = randomBytes(32);
  writeFileSync(at("trm.key"), key);
  writeFileSync(at("other.key"), randomBytes(48));
  writeFileSync(at("short.key"), randomBytes(31));
  const invalid = { ...JSON.parse(readFileSync(EXAMPLE, "utf8")), secret: PLANTED };
  writeFileSync(
    at("mixed.ndjson"),
    `${compact(EXAMPLE)}\n${JSON.stringify(invalid)}\n{"not json ${PLANTED}\n\n${compact(REFERRAL)}\n`,
  );
  writeFileSync(
    at("bad-policy.json"),
    JSON.stringify({ name: "mine", classes: { public: "keep", quasi: "blur" } }),
  );
  writeFileSync(at("not-json-policy.json"), `{ "name": ${PLANTED}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const trm = (args: string[], input?: string) =>
  runTrm(["anonymise", ...args], { cwd: dir, ...(input ? { input } : {}) });

function expectClean(r: { stdout: string; stderr: string }) {
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stdout + r.stderr).not.toContain(PLANTED);
  expect(r.stdout + r.stderr).not.toContain(key.toString("hex").slice(0, 16));
}

describe("trm anonymise: usage errors (exit 2)", () => {
  it.each([
    ["no --key-file", [EXAMPLE], /--key-file is required/],
    ["an unreadable key file", [EXAMPLE, "--key-file", "missing.key"], /cannot read the key file: ENOENT/],
    ["a key file under 32 bytes", [EXAMPLE, "--key-file", "short.key"], /at least 32 bytes/],
    [
      "an invalid policy file",
      [EXAMPLE, "--key-file", "trm.key", "--policy", "bad-policy.json"],
      /at \/classes\/quasi/,
    ],
    [
      "a policy file that is not JSON",
      [EXAMPLE, "--key-file", "trm.key", "--policy", "not-json-policy.json"],
      /not valid JSON/,
    ],
    [
      "an unknown policy",
      [EXAMPLE, "--key-file", "trm.key", "--policy", "everything"],
      /--policy is not share-minimum/,
    ],
    ["no input", ["--key-file", "trm.key"], /exactly one file/],
    ["an unreadable input", ["missing.json", "--key-file", "trm.key"], /cannot read missing.json: ENOENT/],
  ])("%s", (_, args, message) => {
    const r = trm(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expectClean(r);
  });
});

describe("trm anonymise: documents", () => {
  it.each(["share-minimum", "research", "statistics"])(
    "--policy %s writes a valid document (exit 0)",
    (policy) => {
      const r = trm([EXAMPLE, "--key-file", "trm.key", "--policy", policy]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(structure(out)).toEqual([]);
      expect(out.extensions["org.open-trm.anonymisation"].policy).toBe(policy);
      expect(r.stderr).toMatch(
        new RegExp(
          `^trm anonymise: 1 anonymised, 0 invalid \\(policy ${policy}, key hmac-sha256:[0-9a-f]{16}\\)`,
        ),
      );
      expect(r.stdout).not.toContain("Shembulli");
      expectClean(r);
    },
  );

  it("uses share-minimum when no policy is given, and reads standard input", () => {
    const r = trm(["-", "--key-file", "trm.key"], readFileSync(EXAMPLE, "utf8"));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).extensions["org.open-trm.anonymisation"].policy).toBe("share-minimum");
  });

  it("gives the same pseudonyms with the same key file and others with another", () => {
    const a = JSON.parse(trm([EXAMPLE, "--key-file", "trm.key"]).stdout);
    const b = JSON.parse(trm([EXAMPLE, "--key-file", "trm.key"]).stdout);
    const c = JSON.parse(trm([EXAMPLE, "--key-file", "other.key"]).stdout);
    expect(b).toEqual(a);
    expect(c.id).not.toBe(a.id);
    expect(c.correlationId).not.toBe(a.correlationId);
  });

  it("anonymises a JSON array document by document", () => {
    writeFileSync(at("pair.json"), `[${compact(EXAMPLE)},${compact(REFERRAL)}]`);
    const r = trm(["pair.json", "--key-file", "trm.key"]);
    expect(r.code).toBe(0);
    const [profile, referral] = JSON.parse(r.stdout);
    expect(referral.caseRef).toBe(profile.id);
  });
});

describe("trm anonymise --ndjson", () => {
  it("streams valid lines, reports invalid ones by line, path and code only (exit 1)", () => {
    const r = trm(["mixed.ndjson", "--key-file", "trm.key"]);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((d) => d.documentType)).toEqual(["victimProfile", "referral"]);
    for (const doc of lines) expect(structure(doc)).toEqual([]);
    expect(lines[1].caseRef).toBe(lines[0].id);
    expect(r.stderr).toContain("mixed.ndjson:2: /secret TRM-S002");
    expect(r.stderr).toContain("mixed.ndjson:3: (document) TRM-P001");
    expect(r.stderr).toMatch(/2 anonymised, 2 invalid/);
    expectClean(r);
  });

  it("reads NDJSON from standard input with --ndjson", () => {
    const r = trm(
      ["-", "--ndjson", "--key-file", "trm.key", "--policy", "research"],
      `${compact(EXAMPLE)}\n`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
  });
});
