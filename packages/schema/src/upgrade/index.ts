// `@open-trm/schema/upgrade`: migrates documents between versions of the standard.
export { compareVersions, defineUpgradeRegistry, planUpgrade, UpgradeRegistryError } from "./registry.js";
export { CURRENT_STANDARD_VERSION, identityStep, upgradeRegistry } from "./steps.js";
export type {
  StepResult,
  UpgradeDocument,
  UpgradeIssue,
  UpgradeIssueCode,
  UpgradeRegistry,
  UpgradeResult,
  UpgradeStep,
} from "./types.js";
export { upgradeDocument } from "./upgrade.js";
