import { describe, expect, it } from "vitest";
import {
  anonymise,
  builtInPolicies,
  builtInPolicyNames,
  isBuiltInPolicyName,
  type Policy,
  PolicySchema,
  parsePolicy,
  policyJsonSchema,
  resolvePolicy,
} from "../../src/anonymise/index.js";
import { AnonymiseError } from "../../src/errors.js";
import { KEY } from "./support.js";

const valid: Policy = {
  name: "case-review",
  classes: {
    public: "keep",
    internal: "keep",
    identifier: "pseudonymise",
    quasi: "generalise",
    freeText: "redact",
    direct: "drop",
    special: "keep",
  },
  pointers: { "/person/birthDate": "drop", "/proceedings": "drop" },
};

describe("built-in policies", () => {
  it.each(builtInPolicyNames)("%s is valid against the policy schema and names itself", (name) => {
    expect(parsePolicy(builtInPolicies[name])).toEqual({ ok: true, value: builtInPolicies[name] });
    expect(builtInPolicies[name].name).toBe(name);
    expect(isBuiltInPolicyName(name)).toBe(true);
  });

  it("never keeps direct or free text, and drops or pseudonymises identifiers", () => {
    for (const name of builtInPolicyNames) {
      const { classes, pointers } = builtInPolicies[name];
      expect(classes.direct).toBe("drop");
      expect(classes.freeText).toBe("drop");
      expect(["drop", "pseudonymise"]).toContain(classes.identifier);
      expect(Object.values(pointers ?? {})).not.toContain("keep");
    }
  });
});

describe("parsePolicy", () => {
  it("accepts a complete custom policy", () => {
    expect(parsePolicy(valid).ok).toBe(true);
  });

  it.each([
    ["a missing class", { ...valid, classes: { ...valid.classes, special: undefined } }, "/classes/special"],
    ["an unknown operation", { ...valid, classes: { ...valid.classes, quasi: "blur" } }, "/classes/quasi"],
    ["an unknown property", { ...valid, extra: true }, ""],
    ["a bad name", { ...valid, name: "Case Review" }, "/name"],
    [
      "a pointer that is not a JSON Pointer",
      { ...valid, pointers: { "person/birthDate": "drop" } },
      "/pointers/person~1birthDate",
    ],
    [
      "a pointer that names no field",
      { ...valid, pointers: { "/person/birthdate": "drop" } },
      "/pointers/~1person~1birthdate",
    ],
    ["a shift of 0 days", { ...valid, dateShift: { maxDays: 0 } }, "/dateShift/maxDays"],
    ["an unknown date granularity", { ...valid, generalise: { dates: "week" } }, "/generalise/dates"],
  ])("rejects %s with the path of the fault", (_, policy, path) => {
    const r = parsePolicy(policy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });

  it("accepts ancestors of fields and array templates as pointers", () => {
    const r = parsePolicy({
      ...valid,
      pointers: { "/subject/victimProfile": "drop", "/trafficking/events/*/from": "keep" },
    });
    expect(r.ok).toBe(true);
  });
});

describe("resolvePolicy", () => {
  it("throws POLICY_UNKNOWN for an unknown name and POLICY_INVALID with the path for a bad object", () => {
    expect(() => resolvePolicy("share-everything")).toThrowError(
      expect.objectContaining({ code: "POLICY_UNKNOWN" }),
    );
    let error: unknown;
    try {
      anonymise(
        {},
        { policy: { ...valid, classes: { ...valid.classes, direct: "show" } } as never, key: KEY },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnonymiseError);
    expect((error as AnonymiseError).code).toBe("POLICY_INVALID");
    expect((error as AnonymiseError).message).toContain("/classes/direct");
  });
});

describe("policyJsonSchema", () => {
  it("is a draft 2020-12 schema of a closed object requiring name and classes", () => {
    const schema = policyJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["name", "classes"]);
    expect(PolicySchema.safeParse(builtInPolicies.statistics).success).toBe(true);
  });
});
