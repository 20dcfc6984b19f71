import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { END, renderDocTables, START } from "./support/doc-tables.js";

describe("generated artefacts do not drift", () => {
  it("docs/mappings/ctdc.md carries the tables of the code (npx tsx test/ctdc/write-doc-tables.ts)", () => {
    const text = readFileSync(new URL("../../../../docs/mappings/ctdc.md", import.meta.url), "utf8");
    const part = text.slice(text.indexOf(START), text.indexOf(END) + END.length);
    expect(part).toBe(renderDocTables());
  });
});
