export { type CatalogueEntry, catalogue, type Layer } from "./catalogue.js";
export { defaultLimits, type Limits } from "./internal/limits.js";
export { escapePointerToken, type Issue, pointer, type Severity, type ValidationResult } from "./issue.js";
export { crossRules, documentRules } from "./rules/index.js";
export type { CrossRule, DocumentRule, Finding, RuleContext } from "./rules/types.js";
export {
  type BundleResult,
  createValidator,
  type ExtensionProfile,
  type ParseResult,
  type Validator,
  type ValidatorOptions,
  validate,
  validateBundle,
  validateJson,
} from "./validate.js";
