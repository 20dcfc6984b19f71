import { describe, expect, it } from "vitest";
import { catalogue } from "../../src/catalogue.js";
import { crossRules, documentRules } from "../../src/rules/index.js";

// Document types a rule checks beyond the catalogue's appliesTo (none today; R010 lists referral there).
const extraTypes: Record<string, readonly string[]> = {};

describe("rule index", () => {
  it("implements every semantic rule of the catalogue once, in order", () => {
    const ids = catalogue.filter((e) => e.layer === "rule").map((e) => e.id);
    expect(documentRules.map((r) => r.id)).toEqual(ids);
  });

  it("implements every cross-document rule of the catalogue once, in order", () => {
    const ids = catalogue.filter((e) => e.layer === "cross").map((e) => e.id);
    expect(crossRules.map((r) => r.id)).toEqual(ids);
  });

  it.each(documentRules.map((r) => [r.id, r] as const))(
    "%s checks the document types of the catalogue",
    (id, rule) => {
      const entry = catalogue.find((e) => e.id === id);
      expect([...rule.documentTypes]).toEqual([...(entry?.appliesTo ?? []), ...(extraTypes[id] ?? [])]);
    },
  );
});
