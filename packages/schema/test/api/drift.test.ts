import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { OPENAPI_FILES, openApiFiles } from "../../src/api/openapi/files.js";
import { ROOT } from "./support.js";

describe("generated OpenAPI document", () => {
  const files = openApiFiles(ROOT);

  test("the committed JSON and YAML equal a fresh generation (run `pnpm generate` when this fails)", () => {
    expect([...files.keys()].sort()).toEqual([OPENAPI_FILES.json, OPENAPI_FILES.yaml]);
    const drifted = [...files].filter(
      ([path, content]) => readFileSync(join(ROOT, path), "utf8") !== content,
    );
    expect(drifted.map(([p]) => p)).toEqual([]);
  });

  test("the YAML says exactly what the JSON says, without anchors or aliases", () => {
    const yaml = files.get(OPENAPI_FILES.yaml) ?? "";
    expect(parse(yaml)).toEqual(JSON.parse(files.get(OPENAPI_FILES.json) ?? ""));
    expect(yaml).not.toMatch(/^\s*[\w-]+: [&*]a\d+/m);
  });

  test("generation is deterministic", () => {
    expect(openApiFiles(ROOT)).toEqual(files);
  });
});
