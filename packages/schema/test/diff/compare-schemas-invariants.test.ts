// Properties of the classifier beyond single keyword changes: equality, key order, recursion, file names.
import { describe, expect, test } from "vitest";
import { compareSchemas } from "../../src/diff/index.js";
import { arr, code, obj, str } from "./support.js";

describe("compareSchemas", () => {
  test("a schema compared with itself, or with a copy whose keys are reordered, has no change", () => {
    const s = obj(
      { a: str({ maxLength: 3, title: "A" }), b: arr(code("referralStatus", ["draft", "sent"])) },
      ["a"],
    );
    const reordered = JSON.parse(
      JSON.stringify({
        additionalProperties: false,
        required: ["a"],
        properties: s.properties,
        type: "object",
      }),
    );
    expect(compareSchemas(s, s)).toEqual({ level: "none", changes: [] });
    expect(compareSchemas(s, reordered)).toEqual({ level: "none", changes: [] });
  });

  test("recursive definitions terminate", () => {
    const tree = (max: number) => ({
      $ref: "#/$defs/node",
      $defs: { node: obj({ label: str({ maxLength: max }), children: arr({ $ref: "#/$defs/node" }) }) },
    });
    const before = { ...tree(10), $ref: "#/$defs/node" };
    const after = {
      ...tree(5),
      $ref: "#/$defs/other",
      $defs: { ...tree(5).$defs, other: tree(5).$defs.node },
    };
    const diff = compareSchemas(before, after);
    expect(diff.level).toBe("major");
    expect(diff.changes.map((c) => c.path)).toContain("/$defs/node/properties/label/maxLength");
  });

  test("the file name is carried into every change", () => {
    const diff = compareSchemas(obj({ a: str() }), obj({}), { file: "referral.schema.json" });
    expect(diff.changes).toEqual([
      {
        level: "major",
        file: "referral.schema.json",
        path: "/properties/a",
        kind: "property-removed",
        message: 'property "a" removed',
      },
    ]);
  });
});
