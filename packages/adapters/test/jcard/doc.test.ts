import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedBlocks, renderTables } from "./doc-tables.js";

const DOC = join(import.meta.dirname, "../../../../docs/mappings/jcard.md");

describe("docs/mappings/jcard.md", () => {
  it("shows the mapping tables exactly as the data defines them (regenerate with `npx tsx test/jcard/write-doc-tables.ts`)", () => {
    expect(generatedBlocks(readFileSync(DOC, "utf8"))).toEqual(renderTables());
  });
});
