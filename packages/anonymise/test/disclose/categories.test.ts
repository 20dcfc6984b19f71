import { codelists, leafSensitivities } from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import {
  alwaysDisclosedFields,
  categoryOfField,
  containerGates,
  dataCategoryFields,
  neverDisclosedFields,
  placeholders,
  requiredContainers,
} from "../../src/disclose/categories.js";

// The category table is data; these tests prove it classifies every leaf of the victimProfile schema exactly once,
// so a field added to the standard fails here until someone decides which consent category covers it.
const leaves = leafSensitivities("victimProfile");
const templates = Object.keys(leaves);
const listed = [
  ...Object.values(dataCategoryFields).flat(),
  ...alwaysDisclosedFields,
  ...neverDisclosedFields,
];

describe("the data category table", () => {
  it("has a row for every dataCategory code and no other", () => {
    expect(Object.keys(dataCategoryFields).sort()).toEqual([...codelists.dataCategory.codes].sort());
  });

  it.each(templates)("classifies %s exactly once", (template) => {
    expect(listed.filter((t) => t === template)).toHaveLength(1);
  });

  it("lists only leaves of the victimProfile schema", () => {
    expect(listed.filter((t) => !Object.hasOwn(leaves, t))).toEqual([]);
  });

  it("never discloses extensions or free text without a category", () => {
    const freeText = templates.filter((t) => leaves[t] === "freeText");
    expect([...freeText].sort()).toEqual([...neverDisclosedFields].sort());
    expect(neverDisclosedFields).toContain("/extensions");
  });

  it("always discloses only envelope and process fields, nothing direct, special or free text", () => {
    const classes = new Set(alwaysDisclosedFields.map((t) => leaves[t]));
    expect([...classes].filter((c) => c === "direct" || c === "special" || c === "freeText")).toEqual([]);
    for (const t of alwaysDisclosedFields) expect(categoryOfField(t)).toBeUndefined();
  });

  it.each(Object.entries(dataCategoryFields).flatMap(([c, ts]) => ts.map((t) => [t, c])))(
    "categoryOfField(%s) is %s",
    (template, category) => {
      expect(categoryOfField(template)).toBe(category);
    },
  );

  it("has placeholders only for fields covered by a category, and gates only real containers", () => {
    for (const t of Object.keys(placeholders)) {
      const below = templates.filter((l) => l === t || l.startsWith(`${t}/`));
      expect(below.length).toBeGreaterThan(0);
      for (const l of below) expect(categoryOfField(l)).toBeDefined();
    }
    for (const [container, gate] of Object.entries(containerGates)) {
      expect(templates.some((t) => t.startsWith(`${container}/`) && categoryOfField(t) === gate)).toBe(true);
    }
    for (const c of requiredContainers) {
      if (c !== "") expect(templates.some((t) => t.startsWith(`${c}/`))).toBe(true);
    }
  });
});
