import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { catalogueArtifacts } from "../scripts/lib/catalogue-artifacts.js";
import { catalogue } from "../src/catalogue.js";
import { crossRules, documentRules } from "../src/rules/index.js";

const root = join(import.meta.dirname, "../../..");

describe("rule catalogue", () => {
  test("docs/rules.md and schemas/v1/rules.json equal a fresh generation (run `pnpm generate` when this fails)", () => {
    for (const [path, content] of catalogueArtifacts()) {
      expect(readFileSync(join(root, path), "utf8"), path).toBe(content);
    }
  });

  test("codes are unique and well formed, and every rule has an entry of its layer", () => {
    const ids = catalogue.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^TRM-[PLSRX]\d{3}$/);
    const byId = new Map(catalogue.map((c) => [c.id, c]));
    for (const r of documentRules) expect(byId.get(r.id)?.layer, r.id).toBe("rule");
    for (const r of crossRules) expect(byId.get(r.id)?.layer, r.id).toBe("cross");
  });
});
