import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  ajvFault,
  compileSchemas,
  isFormatOnly,
  manifest,
  PACKAGE_ROOT,
  REPO_ROOT,
  readJson,
} from "./support.js";

// Differences of python-jsonschema that are known and checked, never silently skipped: the test asserts that
// Python still gets them wrong, so an entry must be removed once Python agrees.
const KNOWN_PYTHON_DIVERGENCES: Record<string, string> = {
  "fixtures/focal-point/invalid/bad-phone-trailing-newline.json":
    "python-jsonschema applies `pattern` with re.search, where `$` also matches before a final newline",
};

interface PythonResult {
  readonly path: string;
  readonly valid: boolean;
  readonly errors: readonly { readonly pointer: string; readonly keyword: string }[];
}
interface PythonSummary {
  readonly python: string;
  readonly jsonschema: string;
  readonly formatAssertion: boolean;
  readonly schemas: number;
  readonly examples: readonly (PythonResult & { readonly documentType: string | null })[];
  readonly fixtures: readonly PythonResult[];
  readonly bundles: readonly PythonResult[];
}

const REQUIRED = process.env.TRM_REQUIRE_PYTHON_JSONSCHEMA === "1";
// TRM_PYTHON picks the interpreter (for example to check how the suite behaves without one).
const candidates = process.env.TRM_PYTHON ? [process.env.TRM_PYTHON] : ["/usr/bin/python3", "python3"];
const python = candidates.find(
  (cmd) => spawnSync(cmd, ["-c", "import jsonschema"], { stdio: "ignore" }).status === 0,
);
const HOW_TO =
  "install Debian's python3-jsonschema (`apt-get install python3-jsonschema`) so that `/usr/bin/python3 -c 'import jsonschema'` works";

describe("python-jsonschema cross-check", () => {
  if (!python) {
    if (REQUIRED) {
      test("python3 with jsonschema is available (TRM_REQUIRE_PYTHON_JSONSCHEMA=1)", () => {
        expect.fail(`No python3 with the jsonschema module was found; ${HOW_TO}.`);
      });
    } else {
      console.warn(
        `python-jsonschema cross-check NOT RUN: no python3 with the jsonschema module; ${HOW_TO}, or set TRM_REQUIRE_PYTHON_JSONSCHEMA=1 to make its absence fail (CI does).`,
      );
      test.skip("python3 with jsonschema is not available", () => {});
    }
    return;
  }

  const run = spawnSync(
    python,
    [join(PACKAGE_ROOT, "scripts/python-check.py"), "--repo", REPO_ROOT, "--package", PACKAGE_ROOT],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const summary = (run.status === 0 ? JSON.parse(run.stdout) : undefined) as PythonSummary | undefined;
  const byPath = new Map(summary?.fixtures.map((f) => [f.path, f]));
  const structural = compileSchemas(false);

  test("the script runs and covers every schema and fixture", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(summary?.schemas).toBe(6);
    expect(summary?.formatAssertion).toBe(false);
    expect([...byPath.keys()].sort()).toEqual(manifest.fixtures.map((f) => f.path).sort());
  });

  test("every example is valid", () => {
    const invalid = (summary?.examples ?? [])
      .filter((e) => !e.valid)
      .map((e) => ({ path: e.path, errors: e.errors }));
    expect(invalid).toEqual([]);
  });

  // JSON Schema cannot see the semantic rules: rule fixtures are valid for it, like the valid ones.
  test("every fixture that satisfies the schema (valid, or breaking a rule) is valid", () => {
    const wrong = manifest.fixtures
      .filter((f) => f.schemaValid && !byPath.get(f.path)?.valid)
      .map((f) => f.path);
    expect(wrong).toEqual([]);
    expect(manifest.fixtures.filter((f) => f.category === "rule").length).toBeGreaterThan(0);
  });

  test("every bundle document is valid", () => {
    const files = manifest.bundles.flatMap((b) => b.files);
    expect((summary?.bundles ?? []).map((b) => b.path)).toEqual(files);
    expect((summary?.bundles ?? []).filter((b) => !b.valid)).toEqual([]);
  });

  test("every invalid fixture that needs no format assertion is invalid, at the manifest pointer", () => {
    const checked = manifest.fixtures.filter(
      (f) => !f.schemaValid && !isFormatOnly(f.errors) && !(f.path in KNOWN_PYTHON_DIVERGENCES),
    );
    const problems = checked.flatMap((f) => {
      const got = byPath.get(f.path);
      const pointers = new Set(got?.errors.map((e) => e.pointer));
      const missing = f.errors.filter((e) => !pointers.has(e.pointer));
      return got?.valid || missing.length > 0 ? [{ path: f.path, python: got?.errors }] : [];
    });
    expect(problems).toEqual([]);
    expect(checked.length).toBeGreaterThan(100);
  });

  test("format-only fixtures: Python agrees with Ajv run without format assertion", () => {
    const formatOnly = manifest.fixtures.filter((f) => !f.schemaValid && isFormatOnly(f.errors));
    const disagree = formatOnly.flatMap((f) => {
      const validate = structural[f.documentType as keyof typeof structural];
      const ajvValid = validate(readJson(join(PACKAGE_ROOT, f.path)));
      const ajvPointers = [...new Set((validate.errors ?? []).map((e) => ajvFault(e).pointer))];
      const py = byPath.get(f.path);
      const pyPointers = [...new Set(py?.errors.map((e) => e.pointer))];
      return ajvValid === py?.valid && ajvPointers.join() === pyPointers.join() ? [] : [f.path];
    });
    expect(disagree).toEqual([]);
    expect(formatOnly.length).toBeGreaterThan(0);
  });

  test.each(Object.entries(KNOWN_PYTHON_DIVERGENCES))("known divergence still holds: %s", (path) => {
    const entry = manifest.fixtures.find((f) => f.path === path);
    expect(entry?.valid).toBe(false);
    expect(byPath.get(path)?.valid).toBe(true);
  });
});
