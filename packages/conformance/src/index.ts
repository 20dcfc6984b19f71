import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Manifest } from "./manifest.js";

export type {
  BundleCategory,
  BundleEntry,
  CrossRuleId,
  DocumentRuleId,
  ExpectedCrossIssue,
  ExpectedError,
  ExpectedRuleIssue,
  ExpectedSchemaError,
  FixtureCategory,
  Manifest,
  ManifestEntry,
  SchemaKeyword,
  StructureCategory,
} from "./manifest.js";

/** Thrown for programmer errors, such as a fixture path that leaves the package. */
export class ConformanceError extends Error {
  /** Stable machine-readable code of the error. */
  readonly code: "FIXTURE_PATH_OUTSIDE_PACKAGE";

  constructor(code: "FIXTURE_PATH_OUTSIDE_PACKAGE", message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ConformanceError";
    this.code = code;
  }
}

// Both src/ and dist/ sit one level below the package root.
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The parsed `manifest.json`: every fixture with its document type, verdict, category and expected errors.
 * @example
 * const invalidReferrals = manifest.fixtures.filter((f) => f.documentType === "referral" && !f.valid);
 */
export const manifest: Manifest = JSON.parse(
  readFileSync(join(packageRoot, "manifest.json"), "utf8"),
) as Manifest;

/**
 * Resolves a path from the manifest (relative to the package) to an absolute file path.
 * @example
 * const text = readFileSync(fixturePath(manifest.fixtures[0].path), "utf8");
 */
export function fixturePath(relPath: string): string {
  const absolute = resolve(packageRoot, relPath);
  const inside = relative(packageRoot, absolute);
  if (isAbsolute(relPath) || inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    throw new ConformanceError(
      "FIXTURE_PATH_OUTSIDE_PACKAGE",
      "fixturePath expects a path relative to the package root, such as a manifest entry's `path`",
    );
  }
  return absolute;
}
