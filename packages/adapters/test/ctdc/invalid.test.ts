// Invalid input and options give an error result with the path, never a throw, and never echo a value.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCtdc, toCtdcCsv } from "../../src/ctdc/index.js";
import { adult, victimProfile } from "./support/profiles.js";

const MARKER = "Zq9-MARKER-value";

function issuesOf(input: unknown, options: unknown = { layout: "2024" }) {
  const r = toCtdc(input, options as never);
  if (r.ok) throw new Error("expected issues");
  for (const i of r.issues) expect(i.message).not.toContain(MARKER);
  return r.issues;
}

describe("invalid input", () => {
  it.each([null, undefined, {}, "x", 3, true, { 0: adult() }])("refuses a non-array: %j", (input) => {
    expect(issuesOf(input)).toEqual([
      {
        code: "ADAPTER_WRONG_TYPE",
        severity: "error",
        path: "",
        message: "expected an array of victim profiles",
      },
    ]);
  });

  it("names the index and the field of an invalid profile", () => {
    const bad = adult() as unknown as { person: Record<string, unknown> };
    bad.person.sex = MARKER;
    const issues = issuesOf([adult(), bad]);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.code === "ADAPTER_INVALID_DOCUMENT")).toBe(true);
    expect(issues.map((i) => i.path)).toContain("/1/person/sex");
  });

  it("names a profile that breaks a semantic rule", () => {
    const p = adult();
    p.person.isChild = "yes"; // a child needs childContext (TRM-R002)
    expect(issuesOf([p]).map((i) => i.path)).toContain("/0/childContext");
  });

  it.each([null, 7, "profile", []])("names an item that is not a document: %j", (item) => {
    expect(issuesOf([adult(), item]).every((i) => i.path.startsWith("/1"))).toBe(true);
  });

  it("refuses a valid document of another type", () => {
    const dir = new URL("../../../../examples/consent/", import.meta.url);
    const name = readdirSync(dir).find((f) => f.endsWith(".json")) as string;
    const consent = JSON.parse(readFileSync(new URL(name, dir), "utf8"));
    expect(issuesOf([adult(), consent])).toEqual([
      {
        code: "ADAPTER_INVALID_DOCUMENT",
        severity: "error",
        path: "/1/documentType",
        message: "expected a victimProfile document",
      },
    ]);
  });
});

describe("invalid options", () => {
  it.each([
    { options: { layout: "2022" }, name: "layout" },
    { options: {}, name: "layout" },
    { options: null, name: "layout" },
    { options: { layout: "2024", k: 0 }, name: "k" },
    { options: { layout: "2024", k: 1.5 }, name: "k" },
    { options: { layout: "2024", k: "11" }, name: "k" },
    { options: { layout: "2021", maxSuppression: 2 }, name: "maxSuppression" },
    { options: { layout: "2021", maxSuppression: Number.NaN }, name: "maxSuppression" },
    { options: { layout: "2021", quasi: [] }, name: "quasi" },
    { options: { layout: "2021", quasi: ["duration"] }, name: "quasi" },
    { options: { layout: "2024", quasi: ["age", "age"] }, name: "quasi" },
    { options: { layout: "2024", quasi: "age" }, name: "quasi" },
  ])("refuses $options ($name)", ({ options, name }) => {
    const issues = issuesOf([adult()], options);
    expect(issues).toContainEqual(expect.objectContaining({ code: "ADAPTER_INVALID_VALUE", path: "" }));
    expect(issues.some((i) => i.message.startsWith(`option ${name}:`))).toBe(true);
  });
});

describe("arbitrary input", () => {
  const poisoned = fc
    .tuple(victimProfile, fc.constantFrom("/person/sex", "/trafficking/events", "/createdAt", "/person"))
    .map(([p, at]) => {
      const parts = at.split("/").slice(1);
      let o = p as unknown as Record<string, unknown>;
      for (const key of parts.slice(0, -1)) o = o[key] as Record<string, unknown>;
      o[parts[parts.length - 1] as string] = MARKER;
      return p;
    });

  it("never throws, and never echoes a value", () => {
    const input = fc.oneof(
      fc.anything(),
      fc.array(fc.oneof(victimProfile, poisoned, fc.anything()), { maxLength: 4 }),
    );
    const options = fc.oneof(
      fc.constant({ layout: "2021" }),
      fc.record({ layout: fc.constantFrom("2024", "x"), k: fc.anything() }),
    );
    fc.assert(
      fc.property(input, options, (i, o) => {
        const r = toCtdcCsv(i, o as never);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const x of r.issues) expect(`${x.path} ${x.message}`).not.toContain(MARKER);
        }
      }),
      { numRuns: 150 },
    );
  });
});
