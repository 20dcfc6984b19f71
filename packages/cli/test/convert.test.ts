// `trm convert` run as users run it: the BUILT binary in a child process, on the examples, in both directions.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_DIR, runTrm, STACK_TRACE, type TrmRun } from "./support/trm.js";

const EX = join(REPO_DIR, "examples");
const PROFILE = join(EX, "victim-profile/si-adult-forced-labour-construction.json");
const FOCAL_POINT = join(EX, "focal-point/md-consular-section-in-slovenia.json");
const DIRECTORY = join(EX, "focal-point-directory/md-national-directory.json");
const REFERRAL = join(EX, "referral/si-to-md-adult-return-service-referral.json");
const read = (p: string) => JSON.parse(readFileSync(p, "utf8")) as Record<string, unknown>;
const trm = (...args: string[]): TrmRun => runTrm(["convert", ...args], { cwd: REPO_DIR });
const tmp = mkdtempSync(join(tmpdir(), "trm-convert-"));
const save = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe("trm convert: to and back", () => {
  it.each([
    { to: "fhir", from: "fhir", file: REFERRAL },
    { to: "fhir", from: "fhir", file: PROFILE },
    { to: "csv", from: "csv", file: PROFILE },
    { to: "csv", from: "csv", file: DIRECTORY },
    { to: "jcard", from: "jcard", file: FOCAL_POINT },
    { to: "vcard", from: "vcard", file: DIRECTORY },
  ])("--to $to then --from $from gives the document back ($file)", ({ to, from, file }) => {
    const out = trm(file, "--to", to);
    expect(out.stderr).toMatch(/trm: converted; nothing lost/);
    expect(out.code).toBe(0);
    const back = trm(save(`x.${to}`, out.stdout), "--from", from, "--to", "trm");
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(read(file));
  });

  it("FHIR output is one Bundle", () => {
    const out = trm(REFERRAL, "--to", "fhir");
    expect(JSON.parse(out.stdout)).toMatchObject({ resourceType: "Bundle" });
  });

  it("HTCDS: JSON records by default, CSV with --format csv; losses on stderr name pointers only", () => {
    const json = trm(PROFILE, "--to", "htcds");
    expect(json.code).toBe(0);
    const records = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(1);
    expect(Object.keys(records[0] ?? {}).every((k) => /^[a-z]{3}_[A-Za-z]+$/.test(k))).toBe(true);
    expect(json.stderr).toMatch(/not carried: \/victimProfile\/[^:]+: /);
    expect(json.stderr).not.toContain("Exemplu");
    const csv = trm(PROFILE, "--to", "htcds", "--format", "csv");
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^prs_FirstName,/);
  });

  it("HTCDS back to Open TRM needs --options, then gives a valid profile", () => {
    const records = save("h.json", trm(PROFILE, "--to", "htcds").stdout);
    const missing = trm(records, "--from", "htcds", "--to", "trm");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--options/);
    const profile = read(PROFILE);
    const options = save(
      "o.json",
      JSON.stringify({
        id: "00000000-0000-4000-8000-00000000ff01",
        createdAt: "2026-06-01T10:00:00+02:00",
        focalPoint: profile.recordedBy,
        trmStage: "identification",
        cooperationWithAuthorities: "cooperating",
        legalBases: ["consent", "explicitConsent9a"],
      }),
    );
    const back = trm(records, "--from", "htcds", "--to", "trm", "--options", options);
    expect(back.stderr).not.toMatch(STACK_TRACE);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({
      documentType: "victimProfile",
      id: "00000000-0000-4000-8000-00000000ff01",
    });
  });

  it("CTDC: a dataset (JSON array or NDJSON) gives the layout's header and a k report", () => {
    const profiles = readdirSync(join(EX, "victim-profile")).map((f) => read(join(EX, "victim-profile", f)));
    const ndjson = save("d.ndjson", profiles.map((p) => JSON.stringify(p)).join("\n"));
    const run = trm(ndjson, "--to", "ctdc", "--k", "2", "--layout", "2024");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\r\n")[0]).toMatch(/traffickMonths/);
    expect(run.stderr).toMatch(/CTDC 2024 layout, k = 2/);
  });
});

describe("trm convert: bad input and usage", () => {
  it.each([
    { args: [PROFILE], why: /needs --to/ },
    { args: [PROFILE, "--to", "pdf"], why: /--to must be one of/ },
    { args: [PROFILE, "--from", "csv", "--to", "fhir"], why: /--to must be trm/ },
    { args: [PROFILE, "--to", "trm"], why: /needs --from/ },
    { args: [PROFILE, "--to", "ctdc", "--k", "0"], why: /--k/ },
    { args: ["nope.json", "--to", "csv"], why: /cannot read nope.json/ },
  ])("exit 2 for $args", ({ args, why }) => {
    const run = trm(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(why);
  });

  it("an invalid document is refused with paths and no values (exit 1)", () => {
    const doc = { ...read(PROFILE), standardVersion: "SECRET-MARKER-9" };
    const run = trm(save("bad.json", JSON.stringify(doc)), "--to", "fhir");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/ADAPTER_INVALID_DOCUMENT at \/standardVersion/);
    expect(run.stderr).not.toContain("SECRET-MARKER-9");
  });

  it.each(["fhir", "csv", "jcard", "vcard"])(
    "foreign %s input is refused without a stack trace (exit 1)",
    (from) => {
      const run = trm(
        save(`foreign.${from}`, '{"hello": "SECRET-MARKER-7"}\n'),
        "--from",
        from,
        "--to",
        "trm",
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr).not.toContain("SECRET-MARKER-7");
      expect(run.stderr).toMatch(/nothing converted/);
    },
  );
});
