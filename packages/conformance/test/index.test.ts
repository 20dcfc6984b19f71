import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ConformanceError, fixturePath, manifest } from "../src/index.js";
import { manifestFiles, PACKAGE_ROOT } from "./support.js";

describe("package entry", () => {
  test("manifest is the parsed manifest.json", () => {
    expect(manifest).toEqual(JSON.parse(readFileSync(join(PACKAGE_ROOT, "manifest.json"), "utf8")));
  });

  test("fixturePath resolves manifest paths inside the package", () => {
    for (const path of manifestFiles(manifest)) {
      const file = fixturePath(path);
      expect(file).toBe(join(PACKAGE_ROOT, path));
      expect(existsSync(file)).toBe(true);
    }
  });

  test.each(["../schema/package.json", "/etc/passwd", "", "fixtures/../../x.json"])(
    "fixturePath rejects %j, which is not inside the package",
    (p) => {
      expect(() => fixturePath(p)).toThrow(ConformanceError);
    },
  );
});
