// TRM-S014: deprecated properties (JSON Schema `deprecated: true`) and deprecated codes (codelist `deprecated`) are
// reported as warnings. Open TRM 1.0 deprecates nothing yet, so the fixtures deprecate a property and a code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { deprecatedCodes } from "../scripts/lib/deprecations.js";
import { catalogue } from "../src/catalogue.js";
import {
  bestInterestsAssessment,
  consent,
  focalPoint,
  focalPointDirectory,
  referral,
  victimProfile,
} from "../src/generated/deprecations.js";
import { deprecationIndex, deprecationIssues } from "../src/internal/deprecations.js";
import { validate } from "../src/validate.js";
import { REPO_DIR } from "./support/documents.js";

const schemaOf = (kebab: string) =>
  JSON.parse(readFileSync(join(REPO_DIR, "schemas/v1", `${kebab}.schema.json`), "utf8"));
const example = (type: string, name: string) =>
  JSON.parse(readFileSync(join(REPO_DIR, "examples", type, name), "utf8"));

const fixtureSchema = {
  type: "object",
  properties: {
    oldNote: { type: "string", deprecated: true },
    status: { type: "string", enum: ["open", "pending", "closed"], "x-trm-codelist": "status" },
    tags: { type: "array", items: { type: "string", enum: ["a", "legacy"], "x-trm-codelist": "tag" } },
    byCountry: {
      type: "object",
      additionalProperties: { type: "object", properties: { fax: { type: "string", deprecated: true } } },
    },
  },
};
const codes = { status: ["pending"], tag: ["legacy"], unused: ["x"] };

describe("deprecationIndex", () => {
  test("finds deprecated properties and the coded fields whose list deprecates a code, through arrays and maps", () => {
    expect(deprecationIndex(fixtureSchema, codes)).toEqual([
      { path: ["oldNote"] },
      { path: ["status"], codelist: "status", codes: ["pending"] },
      { path: ["tags", null], codelist: "tag", codes: ["legacy"] },
      { path: ["byCountry", null, "fax"] },
    ]);
  });

  test("indexes a deprecated code of a real codelist everywhere the real schemas use it, the embedded profile included", () => {
    const deprecated = { exploitationForm: ["forcedBegging"] };
    expect(deprecationIndex(schemaOf("victim-profile"), deprecated)).toEqual([
      {
        path: ["trafficking", "exploitationForms", null],
        codelist: "exploitationForm",
        codes: ["forcedBegging"],
      },
    ]);
    const referral = deprecationIndex(schemaOf("referral"), deprecated).map((e) => e.path.join("/"));
    expect(referral).toEqual([
      "subject/exploitationForms/",
      "subject/victimProfile/trafficking/exploitationForms/",
    ]);
  });
});

describe("deprecationIssues", () => {
  const entries = deprecationIndex(fixtureSchema, codes);

  test("warns at each deprecated property present and each deprecated code used, never echoing a value", () => {
    const doc = {
      oldNote: "Call Ana Exemplu",
      status: "pending",
      tags: ["a", "legacy", "legacy"],
      byCountry: { "a/b": { fax: "+44 7700 900123" } },
    };
    const issues = deprecationIssues(doc, entries);
    expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["TRM-S014", "warning", "/oldNote"],
      ["TRM-S014", "warning", "/status"],
      ["TRM-S014", "warning", "/tags/1"],
      ["TRM-S014", "warning", "/tags/2"],
      ["TRM-S014", "warning", "/byCountry/a~1b/fax"],
    ]);
    expect(issues[1]?.message).toContain("codelist status");
    for (const secret of ["Ana", "Exemplu", "7700", "pending", "legacy"])
      expect(JSON.stringify(issues)).not.toContain(secret);
  });

  test("is silent when only current codes are used, and on values of the wrong shape", () => {
    expect(deprecationIssues({ status: "open", tags: ["a"], byCountry: { si: {} } }, entries)).toEqual([]);
    for (const doc of [null, 3, "pending", [], { status: 1, tags: "legacy", byCountry: [{ fax: 1 }] }])
      expect(() => deprecationIssues(doc, entries)).not.toThrow();
    expect(deprecationIssues({ tags: "legacy", byCountry: [{ fax: "x" }] }, entries)).toEqual([
      { code: "TRM-S014", severity: "warning", path: "/byCountry/0/fax", message: expect.any(String) },
    ]);
  });

  test("a real example with a code the fixture deprecates gets a warning and stays valid", () => {
    const doc = example("victim-profile", "mk-presumed-child-sexual-exploitation.json");
    const form = doc.trafficking.exploitationForms[0] as string;
    const index = deprecationIndex(schemaOf("victim-profile"), { exploitationForm: [form] });
    expect(deprecationIssues(doc, index).map((i) => i.path)).toEqual(["/trafficking/exploitationForms/0"]);
    expect(validate(doc).ok).toBe(true);
  });
});

describe("the built index", () => {
  test("matches the current schemas and codelists (rebuild the validator when this fails)", () => {
    const built = [
      [victimProfile, "victim-profile"],
      [referral, "referral"],
      [consent, "consent"],
      [bestInterestsAssessment, "best-interests-assessment"],
      [focalPoint, "focal-point"],
      [focalPointDirectory, "focal-point-directory"],
    ] as const;
    for (const [entries, file] of built)
      expect(entries, file).toEqual(deprecationIndex(schemaOf(file), deprecatedCodes()));
  });

  test("TRM-S014 is a structure warning in the catalogue", () => {
    expect(catalogue.find((c) => c.id === "TRM-S014")).toMatchObject({
      layer: "structure",
      severity: "warning",
    });
  });
});
