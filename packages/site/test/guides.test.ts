// The hand-written guides stay true: every JSON document in them validates, every document type and rule
// code they name exists, and they are published on the site.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createValidator } from "@open-trm/validator";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";
import { readSite } from "./support/site-files.js";

const dir = join(repoRoot, "docs", "guides");
const guides = readdirSync(dir)
  .filter((f) => f.endsWith(".md"))
  .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
const rules = (
  JSON.parse(readFileSync(join(repoRoot, "schemas/v1/rules.json"), "utf8")) as { rules: { id: string }[] }
).rules;

describe("guides", () => {
  it("include getting started and validate in CI", () => {
    expect(guides.map((g) => g.file)).toEqual(
      expect.arrayContaining(["getting-started.md", "validate-in-ci.md"]),
    );
  });

  it.each(guides)("every JSON document in $file validates without errors", ({ text }) => {
    const validator = createValidator();
    const docs = [...text.matchAll(/```json\n([\s\S]*?)\n```/g)]
      .map((m) => m[1] ?? "")
      .filter((b) => b.includes('"documentType"'));
    for (const doc of docs) {
      const result = validator.validateJson(doc);
      expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    }
  });

  it.each(guides)("every rule code named in $file exists", ({ text }) => {
    const ids = new Set(rules.map((r) => r.id));
    const named = [...text.matchAll(/TRM-[A-Z]\d{3}/g)].map((m) => m[0]);
    expect(named.filter((n) => !ids.has(n))).toEqual([]);
  });

  it.each(guides)("$file is published with its title", ({ file, text }) => {
    const title = /^# (.+)$/m.exec(text)?.[1] ?? "";
    const page = readSite(`guides/${file.replace(/\.md$/, ".html")}`);
    expect(page).toContain(`<title>${title} · Open TRM`);
  });
});

describe("getting started", () => {
  const text = guides.find((g) => g.file === "getting-started.md")?.text ?? "";

  it("shows a valid first document, and the issues of the broken version it describes", () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(text)?.[1] ?? "";
    const broken = block.replace('"+38610000000"', '"01 234 567"').replace('"ngo"', '"charity"');
    expect(broken).not.toBe(block);
    const issues = createValidator()
      .validateJson(broken)
      .issues.map((i) => `${i.code}  ${i.path}  ${i.message}`);
    for (const issue of issues) expect(text).toContain(issue);
    expect(issues).toHaveLength(2);
  });
});
