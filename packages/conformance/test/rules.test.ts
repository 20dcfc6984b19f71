// The verdicts of the whole validator (structure, then the semantic rules of data model section 7) on every
// fixture and bundle, with the clock at the manifest's reference time; and that the verdicts do not move with
// the clock.
import { join } from "node:path";
import { createValidator, type Issue, type ValidationResult } from "@open-trm/validator";
import { describe, expect, test } from "vitest";
import type { CrossRuleId, DocumentRuleId, ManifestEntry } from "../src/manifest.js";
import { manifest, PACKAGE_ROOT, readJson } from "./support.js";

const REFERENCE = new Date(manifest.referenceTime);
const validator = createValidator({ now: () => REFERENCE });
const read = (path: string): unknown => readJson(join(PACKAGE_ROOT, path));

/** Rule findings as `{ pointer, ruleId }`, sorted, for comparison with the manifest. */
const findings = (issues: readonly Issue[], severity: Issue["severity"]) =>
  issues
    .filter((i) => i.severity === severity)
    .map((i) => ({ pointer: i.path, ruleId: i.ruleId }))
    .sort((a, b) => `${a.pointer} ${a.ruleId}`.localeCompare(`${b.pointer} ${b.ruleId}`));

const sorted = <T extends { pointer: string; ruleId: string; file?: string }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) =>
    `${a.file ?? ""} ${a.pointer} ${a.ruleId}`.localeCompare(`${b.file ?? ""} ${b.pointer} ${b.ruleId}`),
  );

const ERROR_RULES: DocumentRuleId[] = [
  "TRM-R001",
  "TRM-R002",
  "TRM-R003",
  "TRM-R004",
  "TRM-R005",
  "TRM-R006",
  "TRM-R007",
  "TRM-R008",
  "TRM-R009",
  "TRM-R010",
  "TRM-R013",
];
const WARNING_RULES: DocumentRuleId[] = ["TRM-R002", "TRM-R011", "TRM-R012"];
const CROSS_RULES: CrossRuleId[] = ["TRM-X001", "TRM-X002", "TRM-X003"];

describe("the suite covers the semantic rules", () => {
  test.each(ERROR_RULES)("%s: at least two rule fixtures", (ruleId) => {
    const mine = manifest.fixtures.filter(
      (f) => f.category === "rule" && f.errors.some((e) => "ruleId" in e && e.ruleId === ruleId),
    );
    expect(mine.length).toBeGreaterThanOrEqual(2);
  });

  test.each(WARNING_RULES)("%s: at least one valid fixture with the warning", (ruleId) => {
    const mine = manifest.fixtures.filter((f) => f.valid && f.warnings.some((w) => w.ruleId === ruleId));
    expect(mine.length).toBeGreaterThanOrEqual(1);
  });

  test.each(CROSS_RULES)("%s: at least two invalid bundles", (ruleId) => {
    const mine = manifest.bundles.filter((b) => b.errors.some((e) => e.ruleId === ruleId));
    expect(mine.length).toBeGreaterThanOrEqual(2);
  });

  test("at least one valid bundle", () => {
    expect(manifest.bundles.filter((b) => b.valid).length).toBeGreaterThanOrEqual(1);
  });
});

/** Checks a result against a manifest entry: verdict, the one fault, and the warnings. */
function expectEntry(f: ManifestEntry, r: ValidationResult): void {
  expect(r.ok, "verdict").toBe(f.valid);
  expect(findings(r.issues, "warning"), "warnings").toEqual(sorted(f.warnings));
  if (f.valid) {
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  } else if (f.category === "rule") {
    // Exactly the one rule, once, at the pointer; the issue code is the rule id.
    expect(findings(r.issues, "error")).toEqual(f.errors);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(
      f.errors.map((e) => ("ruleId" in e ? e.ruleId : "")),
    );
  } else if (f.errors[0]?.pointer === "/documentType") {
    // The validator takes the schema from the document's own `documentType`, which names another type.
    expect(r.documentType).toBeDefined();
    expect(r.documentType).not.toBe(f.documentType);
  } else {
    // One structure fault: issues only at the manifest pointer, none from a rule (rules run on valid structure).
    expect(r.issues.filter((i) => i.ruleId !== undefined)).toEqual([]);
    expect([...new Set(r.issues.map((i) => i.path))]).toEqual(f.errors.map((e) => e.pointer));
  }
}

describe("every fixture gets its manifest verdict from the validator at the reference time", () => {
  test.each(manifest.fixtures.map((f) => [f.path, f] as const))("%s", (_path, f) => {
    expectEntry(f, validator.validate(read(f.path)));
  });
});

describe("every bundle gets its manifest verdict from validateBundle at the reference time", () => {
  test.each(manifest.bundles.map((b) => [b.name, b] as const))("%s", (_name, b) => {
    const docs = b.files.map(read);
    // Each document is valid on its own, without warnings: the fault is in the combination.
    expect(docs.map((d) => validator.validate(d).issues)).toEqual(docs.map(() => []));
    const bundle = validator.validateBundle(docs);
    expect(bundle.ok).toBe(b.valid);
    const all = bundle.results.flatMap((r, i) =>
      r.issues.map((x) => ({ file: b.files[i] ?? "", pointer: x.path, ruleId: x.ruleId ?? x.code, x })),
    );
    const pick = (severity: Issue["severity"]) =>
      sorted(
        all
          .filter((a) => a.x.severity === severity)
          .map(({ file, pointer, ruleId }) => ({ file, pointer, ruleId })),
      );
    expect(pick("error")).toEqual(sorted(b.errors));
    expect(pick("warning")).toEqual(sorted(b.warnings));
  });
});

describe("verdicts do not depend on the clock", () => {
  const LATER = [
    "2026-11-28T18:00:00Z",
    "2027-11-23T12:00:00Z",
    "2027-11-24T12:00:00Z",
    "2031-06-01T00:00:00Z",
    "2061-12-30T00:00:00Z",
  ];
  const docs = new Map(manifest.fixtures.map((f) => [f.path, read(f.path)]));
  test.each(LATER)("at %s", (time) => {
    const v = createValidator({ now: () => new Date(time) });
    const wrong = manifest.fixtures
      .filter((f) => v.validate(docs.get(f.path)).ok !== f.valid)
      .map((f) => f.path);
    expect(wrong).toEqual([]);
    const wrongBundles = manifest.bundles
      .filter((b) => v.validateBundle(b.files.map(read)).ok !== b.valid)
      .map((b) => b.name);
    expect(wrongBundles).toEqual([]);
  });

  // The README says when TRM-R011 warnings start to appear on the fixtures that list none.
  const quiet = manifest.fixtures.filter((f) => f.valid && f.warnings.length === 0);
  const warned = (time: string) => {
    const v = createValidator({ now: () => new Date(time) });
    return quiet.filter((f) => v.validate(docs.get(f.path)).issues.length > 0).map((f) => f.path);
  };
  test("valid fixtures without listed warnings draw none through 2027-11-23", () => {
    expect(warned("2027-11-23T23:59:59Z")).toEqual([]);
  });
  test("from 2027-11-24 on, TRM-R011 warns on the focal points, and only warns", () => {
    const v = createValidator({ now: () => new Date("2027-11-24T00:00:00Z") });
    const issues = quiet.flatMap((f) => v.validate(docs.get(f.path)).issues);
    expect(issues.length).toBeGreaterThan(0);
    expect(new Set(issues.map((i) => `${i.severity} ${i.ruleId}`))).toEqual(new Set(["warning TRM-R011"]));
  });
});
