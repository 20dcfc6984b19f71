// The upgrade steps of the standard. Each release that changes documents adds its step here (docs/versioning.md):
// a minor step only sets standardVersion (old payloads stay valid); a major step maps renamed or removed fields.
import { defineUpgradeRegistry } from "./registry.js";
import type { UpgradeStep } from "./types.js";

/**
 * The version of the standard the current schemas describe; the registry's newest version.
 * @example
 * upgradeDocument(doc, CURRENT_STANDARD_VERSION);
 */
export const CURRENT_STANDARD_VERSION = "1.0";

/**
 * The step from a version to itself: the document is returned unchanged. It makes the version known.
 * @example
 * identityStep("1.0").upgrade({ standardVersion: "1.0" }); // { ok: true, value: { standardVersion: "1.0" } }
 */
export function identityStep(version: string): UpgradeStep {
  return {
    from: version,
    to: version,
    description: `Open TRM ${version} to itself: nothing changes.`,
    upgrade: (doc) => ({ ok: true, value: doc }),
  };
}

/**
 * The registry of the standard's upgrade steps; while there is one version, only its identity step.
 * @example
 * upgradeRegistry.versions; // ["1.0"]
 */
export const upgradeRegistry = defineUpgradeRegistry([identityStep(CURRENT_STANDARD_VERSION)]);
