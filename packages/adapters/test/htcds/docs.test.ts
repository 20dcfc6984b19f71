import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOC_PATH, renderTables, withTables } from "./docs-tables.js";

describe("docs/mappings/htcds.md", () => {
  const doc = readFileSync(DOC_PATH, "utf8");

  it("holds the mapping tables generated from the adapter's data (rerun docs-tables.ts after a change)", () => {
    expect(withTables(doc)).toBe(doc);
    expect(doc).toContain(renderTables());
  });

  it("attributes HTCDS to IOM under CC BY 4.0 and disclaims endorsement", () => {
    expect(doc).toMatch(/International Organization for Migration \(IOM\)/);
    expect(doc).toMatch(/CC BY 4\.0/);
    expect(doc).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    expect(doc).toMatch(/does not endorse/);
  });
});
