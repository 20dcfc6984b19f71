// The validator reports TRM-S014 from the built index: here the index is replaced by one that deprecates a code
// used by an example, to prove the wiring (Open TRM 1.0 deprecates nothing yet).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, vi } from "vitest";
import { createValidator } from "../src/validate.js";
import { REPO_DIR } from "./support/documents.js";

vi.mock("../src/generated/deprecations.js", () => ({
  victimProfile: [
    {
      path: ["trafficking", "exploitationForms", null],
      codelist: "exploitationForm",
      codes: ["sexualExploitation"],
    },
  ],
  referral: [],
  consent: [{ path: ["notice"] }],
  bestInterestsAssessment: [],
  focalPoint: [],
  focalPointDirectory: [],
}));

const read = (rel: string) => JSON.parse(readFileSync(join(REPO_DIR, "examples", rel), "utf8"));

test("a deprecated code or property is a warning: the document stays valid and the rules still run", () => {
  const v = createValidator();
  const profile = read("victim-profile/mk-presumed-child-sexual-exploitation.json");
  expect(profile.trafficking.exploitationForms).toContain("sexualExploitation");
  const r = v.validate(profile);
  expect(r.ok).toBe(true);
  expect(r.issues.filter((i) => i.code === "TRM-S014").map((i) => [i.severity, i.path])).toEqual([
    [
      "warning",
      `/trafficking/exploitationForms/${profile.trafficking.exploitationForms.indexOf("sexualExploitation")}`,
    ],
  ]);
  const consent = read("consent/si-adult-consent-return.json");
  expect(v.validate(consent).issues).toContainEqual(
    expect.objectContaining({ code: "TRM-S014", path: "/notice", severity: "warning" }),
  );
  // A rule error on the same document is still found: the warning does not stop the semantic rules.
  const broken = { ...profile, updatedAt: "2000-01-01T00:00:00Z" };
  expect(v.validate(broken).issues.map((i) => i.code)).toEqual(
    expect.arrayContaining(["TRM-S014", "TRM-R001"]),
  );
});
