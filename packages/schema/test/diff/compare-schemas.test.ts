// Table-driven: each case is a small before/after schema pair and the exact changes the classifier must report.
import { describe, expect, test } from "vitest";
import type { ChangeKind, ChangeLevel } from "../../src/diff/index.js";
import { compareSchemas } from "../../src/diff/index.js";
import { arr, code, obj, type Schema, str } from "./support.js";

// Whether each list is closed, as the published codelists say (decision 0004).
const closedLists: Record<string, boolean> = { referralStatus: true, onlinePlatform: false };

interface Case {
  readonly name: string;
  readonly given: readonly [Schema | boolean, Schema | boolean];
  readonly want: readonly (readonly [ChangeLevel, string, ChangeKind])[];
}

const cases: readonly Case[] = [
  {
    name: "new required property",
    given: [obj({ a: str() }, ["a"]), obj({ a: str(), b: str() }, ["a", "b"])],
    want: [["major", "/properties/b", "property-added-required"]],
  },
  {
    name: "new optional property in a closed object",
    given: [obj({ a: str() }), obj({ a: str(), b: str() })],
    want: [["minor", "/properties/b", "property-added-optional"]],
  },
  {
    name: "new optional property that constrains what an open object accepted",
    given: [obj({ a: str() }, [], {}), obj({ a: str(), b: str() }, [], {})],
    want: [
      ["minor", "/properties/b", "property-added-optional"],
      ["major", "/properties/b/type", "type-narrowed"],
    ],
  },
  {
    name: "property removed",
    given: [obj({ a: str(), b: str() }), obj({ a: str() })],
    want: [["major", "/properties/b", "property-removed"]],
  },
  {
    name: "existing property becomes required",
    given: [obj({ a: str() }), obj({ a: str() }, ["a"])],
    want: [["major", "/required", "required-added"]],
  },
  {
    name: "property no longer required",
    given: [obj({ a: str() }, ["a"]), obj({ a: str() })],
    want: [["minor", "/required", "required-removed"]],
  },
  {
    name: "type narrowed (null no longer allowed)",
    given: [obj({ a: { type: ["string", "null"] } }), obj({ a: str() })],
    want: [["major", "/properties/a/type", "type-narrowed"]],
  },
  {
    name: "type widened from integer to number",
    given: [obj({ n: { type: "integer" } }), obj({ n: { type: "number" } })],
    want: [["minor", "/properties/n/type", "type-widened"]],
  },
  {
    name: "type tightened from number to integer",
    given: [obj({ n: { type: "number" } }), obj({ n: { type: "integer" } })],
    want: [["major", "/properties/n/type", "type-narrowed"]],
  },
  {
    name: "pattern added",
    given: [obj({ p: str() }), obj({ p: str({ pattern: "^\\+[1-9]\\d{1,14}$" }) })],
    want: [["major", "/properties/p/pattern", "pattern-added"]],
  },
  {
    name: "pattern changed",
    given: [obj({ p: str({ pattern: "^[a-z]+$" }) }), obj({ p: str({ pattern: "^[a-z0-9]+$" }) })],
    want: [["major", "/properties/p/pattern", "pattern-changed"]],
  },
  {
    name: "pattern removed",
    given: [obj({ p: str({ pattern: "^[a-z]+$" }) }), obj({ p: str() })],
    want: [["minor", "/properties/p/pattern", "pattern-removed"]],
  },
  {
    name: "code removed from an enum",
    given: [obj({ s: code("onlinePlatform", ["web", "app"]) }), obj({ s: code("onlinePlatform", ["web"]) })],
    want: [["major", "/properties/s/enum", "enum-narrowed"]],
  },
  {
    name: "code added to an open codelist",
    given: [obj({ s: code("onlinePlatform", ["web"]) }), obj({ s: code("onlinePlatform", ["web", "app"]) })],
    want: [["minor", "/properties/s/enum", "enum-widened"]],
  },
  {
    name: "code added to a closed codelist",
    given: [
      obj({ s: code("referralStatus", ["draft"]) }),
      obj({ s: code("referralStatus", ["draft", "sent"]) }),
    ],
    want: [["major", "/properties/s/enum", "code-added-to-closed-list"]],
  },
  {
    name: "standardVersion const widened to a list (decision 0003)",
    given: [
      obj({ standardVersion: str({ const: "1.0" }) }),
      obj({ standardVersion: str({ enum: ["1.0", "1.1"] }) }),
    ],
    want: [["minor", "/properties/standardVersion/enum", "enum-widened"]],
  },
  {
    name: "const replaced: the old value is gone and a new one allowed",
    given: [obj({ v: str({ const: "1.0" }) }), obj({ v: str({ const: "2.0" }) })],
    want: [
      ["major", "/properties/v/const", "enum-narrowed"],
      ["minor", "/properties/v/const", "enum-widened"],
    ],
  },
  {
    name: "maxLength lowered",
    given: [obj({ t: str({ maxLength: 200 }) }), obj({ t: str({ maxLength: 100 }) })],
    want: [["major", "/properties/t/maxLength", "bound-tightened"]],
  },
  {
    name: "maxLength raised",
    given: [obj({ t: str({ maxLength: 200 }) }), obj({ t: str({ maxLength: 1000 }) })],
    want: [["minor", "/properties/t/maxLength", "bound-loosened"]],
  },
  {
    name: "minLength added",
    given: [obj({ t: str() }), obj({ t: str({ minLength: 1 }) })],
    want: [["major", "/properties/t/minLength", "bound-tightened"]],
  },
  {
    name: "minimum raised and maximum removed",
    given: [
      obj({ n: { type: "integer", minimum: 0, maximum: 10 } }),
      obj({ n: { type: "integer", minimum: 1 } }),
    ],
    want: [
      ["major", "/properties/n/minimum", "bound-tightened"],
      ["minor", "/properties/n/maximum", "bound-loosened"],
    ],
  },
  {
    name: "array made non-empty",
    given: [obj({ xs: arr(str()) }), obj({ xs: arr(str(), { minItems: 1 }) })],
    want: [["major", "/properties/xs/minItems", "bound-tightened"]],
  },
  {
    name: "maxItems raised",
    given: [obj({ xs: arr(str(), { maxItems: 10 }) }), obj({ xs: arr(str(), { maxItems: 20 }) })],
    want: [["minor", "/properties/xs/maxItems", "bound-loosened"]],
  },
  {
    name: "array items narrowed",
    given: [obj({ xs: arr({ type: ["string", "integer"] }) }), obj({ xs: arr(str()) })],
    want: [["major", "/properties/xs/items/type", "type-narrowed"]],
  },
  {
    name: "additionalProperties closed",
    given: [obj({ a: str() }, [], {}), obj({ a: str() })],
    want: [["major", "/additionalProperties", "additional-properties-closed"]],
  },
  {
    name: "additionalProperties opened",
    given: [obj({ a: str() }), obj({ a: str() }, [], {})],
    want: [["minor", "/additionalProperties", "additional-properties-opened"]],
  },
  {
    name: "format added",
    given: [obj({ d: str() }), obj({ d: str({ format: "date" }) })],
    want: [["major", "/properties/d/format", "format-added"]],
  },
  {
    name: "format removed",
    given: [obj({ d: str({ format: "date" }) }), obj({ d: str() })],
    want: [["minor", "/properties/d/format", "format-removed"]],
  },
  {
    name: "description, title and examples changed",
    given: [
      obj({ a: str({ title: "A", description: "Old.", examples: ["x"] }) }),
      obj({ a: str({ title: "Ay", description: "New.", examples: ["y"] }) }),
    ],
    want: [
      ["patch", "/properties/a/title", "annotation-changed"],
      ["patch", "/properties/a/description", "annotation-changed"],
      ["patch", "/properties/a/examples", "annotation-changed"],
    ],
  },
  {
    name: "sensitivity class lowered",
    given: [
      obj({ a: str({ "x-trm-sensitivity": "direct" }) }),
      obj({ a: str({ "x-trm-sensitivity": "quasi" }) }),
    ],
    want: [["major", "/properties/a/x-trm-sensitivity", "sensitivity-lowered"]],
  },
  {
    name: "sensitivity class raised",
    given: [
      obj({ a: str({ "x-trm-sensitivity": "quasi" }) }),
      obj({ a: str({ "x-trm-sensitivity": "special" }) }),
    ],
    want: [["minor", "/properties/a/x-trm-sensitivity", "sensitivity-raised"]],
  },
  {
    name: "property deprecated",
    given: [obj({ a: str() }), obj({ a: str({ deprecated: true }) })],
    want: [["minor", "/properties/a/deprecated", "deprecated"]],
  },
  {
    name: "$ref moved to a narrower definition",
    given: [
      {
        ...obj({ a: { $ref: "#/$defs/long" } }),
        $defs: { long: str({ maxLength: 100 }), short: str({ maxLength: 10 }) },
      },
      {
        ...obj({ a: { $ref: "#/$defs/short" } }),
        $defs: { long: str({ maxLength: 100 }), short: str({ maxLength: 10 }) },
      },
    ],
    want: [["major", "/properties/a/maxLength", "bound-tightened"]],
  },
  {
    name: "$ref renamed to an equal definition",
    given: [
      { ...obj({ a: { $ref: "#/$defs/text" } }), $defs: { text: str({ maxLength: 100 }) } },
      { ...obj({ a: str({ maxLength: 100 }) }), $defs: { text: str({ maxLength: 100 }) } },
    ],
    want: [],
  },
  {
    name: "definition tightened where it is defined, once",
    given: [
      { ...obj({ a: { $ref: "#/$defs/text" } }), $defs: { text: str({ maxLength: 100 }) } },
      { ...obj({ a: { $ref: "#/$defs/text" } }), $defs: { text: str({ maxLength: 50 }) } },
    ],
    want: [["major", "/$defs/text/maxLength", "bound-tightened"]],
  },
  {
    name: "$ref to a schema outside the file",
    given: [obj({ a: { $ref: "#/$defs/a" } }), obj({ a: { $ref: "https://example.org/other.json" } })],
    want: [["major", "/properties/a/$ref", "ref-changed"]],
  },
  {
    name: "$id changed",
    given: [
      { $id: "https://open-trm.org/schemas/v1/a.schema.json" },
      { $id: "https://open-trm.org/schemas/v2/a.schema.json" },
    ],
    want: [["major", "/$id", "id-changed"]],
  },
  {
    name: "uniqueItems added",
    given: [obj({ xs: arr(str()) }), obj({ xs: arr(str(), { uniqueItems: true }) })],
    want: [["major", "/properties/xs/uniqueItems", "unique-items-added"]],
  },
  {
    name: "multipleOf relaxed to a divisor, then changed to a non-divisor",
    given: [
      obj({ n: { type: "number", multipleOf: 4 }, m: { type: "number", multipleOf: 2 } }),
      obj({ n: { type: "number", multipleOf: 2 }, m: { type: "number", multipleOf: 3 } }),
    ],
    want: [
      ["minor", "/properties/n/multipleOf", "bound-loosened"],
      ["major", "/properties/m/multipleOf", "bound-tightened"],
    ],
  },
  {
    name: "anyOf gains a branch",
    given: [
      obj({ a: { anyOf: [str(), { type: "null" }] } }),
      obj({ a: { anyOf: [str(), { type: "null" }, { type: "integer" }] } }),
    ],
    want: [["minor", "/properties/a/anyOf", "branch-added"]],
  },
  {
    name: "oneOf gains a branch (values may now match two branches)",
    given: [
      obj({ a: { oneOf: [str(), { type: "null" }] } }),
      obj({ a: { oneOf: [str(), { type: "null" }, { type: "integer" }] } }),
    ],
    want: [["major", "/properties/a/oneOf", "unclassified-change"]],
  },
  {
    name: "keyword the classifier does not model",
    given: [obj({ a: str() }), obj({ a: str({ not: { const: "" } }) })],
    want: [["major", "/properties/a/not", "unclassified-change"]],
  },
  {
    name: "field points to another codelist",
    given: [obj({ s: code("onlinePlatform", ["web"]) }), obj({ s: code("platform", ["web"]) })],
    want: [["major", "/properties/s/x-trm-codelist", "codelist-reference-changed"]],
  },
  {
    name: "unknown x- annotation",
    given: [obj({ a: str({ "x-vendor-note": "a" }) }), obj({ a: str({ "x-vendor-note": "b" }) })],
    want: [["patch", "/properties/a/x-vendor-note", "annotation-changed"]],
  },
  {
    name: "false schema opened",
    given: [obj({ a: false as unknown as Schema }), obj({ a: true as unknown as Schema })],
    want: [["minor", "/properties/a", "schema-opened"]],
  },
  {
    name: "property names escaped in the pointer",
    given: [obj({ "a/b": obj({ "c~d": str() }) }), obj({ "a/b": obj({ "c~d": str({ maxLength: 5 }) }) })],
    want: [["major", "/properties/a~1b/properties/c~0d/maxLength", "bound-tightened"]],
  },
  {
    name: "nested required property deep in a document",
    given: [
      obj({ subject: obj({ child: obj({ guardian: obj({ appointed: { type: "boolean" } }) }) }) }),
      obj({
        subject: obj({
          child: obj({ guardian: obj({ appointed: { type: "boolean" }, on: str() }, ["on"]) }),
        }),
      }),
    ],
    want: [
      [
        "major",
        "/properties/subject/properties/child/properties/guardian/properties/on",
        "property-added-required",
      ],
    ],
  },
];

describe("compareSchemas classifies crafted changes", () => {
  test("the table has at least 20 cases", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  test.each(cases)("$name", ({ given: [before, after], want }) => {
    const diff = compareSchemas(before, after, { isClosedList: (name) => closedLists[name] });
    expect(diff.changes.map((c) => [c.level, c.path, c.kind])).toEqual(want);
    const levels = want.map(([level]) => level);
    const expected = levels.includes("major")
      ? "major"
      : levels.includes("minor")
        ? "minor"
        : levels.includes("patch")
          ? "patch"
          : "none";
    expect(diff.level).toBe(expected);
    for (const c of diff.changes) expect(c.message.length).toBeGreaterThan(0);
  });
});
