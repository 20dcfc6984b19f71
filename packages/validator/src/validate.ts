import { type DocumentTypeName, isDocumentTypeName } from "@open-trm/schema/data";
import { catalogue } from "./catalogue.js";
import * as deprecations from "./generated/deprecations.js";
import * as structure from "./generated/structure.js";
import type { StructureValidator } from "./internal/ajv-types.js";
import { type DeprecationEntry, deprecationIssues } from "./internal/deprecations.js";
import { findSyntaxFault, lineColumn } from "./internal/json-syntax.js";
import { checkShape, checkSize, defaultLimits, type Limits } from "./internal/limits.js";
import { structureIssues } from "./internal/structure.js";
import { type Issue, pointer, result, type Severity, type ValidationResult } from "./issue.js";
import { crossRules, documentRules } from "./rules/index.js";
import type { BundleEntry, DocumentRule, RuleContext } from "./rules/types.js";

/** A registered extension profile: validates the content of one `extensions` namespace. */
export interface ExtensionProfile {
  /** The namespace, e.g. `si` or `org.example.ngo`. */
  readonly namespace: string;
  /** Returns the faults of the content as relative JSON Pointers and fixed messages (never values). */
  validate(content: unknown): readonly { readonly path: string; readonly message: string }[];
}

/** Options of a validator. */
export interface ValidatorOptions {
  /** Extension profiles to validate registered namespaces with (default: none). */
  readonly profiles?: readonly ExtensionProfile[];
  /** Limits against hostile input (default: `defaultLimits`). */
  readonly limits?: Partial<Limits>;
  /** The clock for "not in the future" and "out of date" rules (default: the time of each call). */
  readonly now?: () => Date;
  /** Clock skew allowed for dates in the future, in milliseconds (default: 24 hours). */
  readonly clockSkewMs?: number;
  /** Whether to run semantic rules after the structure check (default: true). */
  readonly rules?: boolean;
}

/** The result of validating several documents together. */
export interface BundleResult {
  /** True when no document has an error. */
  readonly ok: boolean;
  /** One result per input document, in input order; cross-document issues are attached to the document at fault. */
  readonly results: readonly ValidationResult[];
}

/** The outcome of parsing a JSON text: the value, or a failed result with its issue. */
export type ParseResult =
  | { readonly ok: true; readonly value: unknown }
  | (ValidationResult & { readonly ok: false });

/** A configured validator. Every method returns results as values and never throws. */
export interface Validator {
  /** Validates one parsed document. */
  validate(doc: unknown): ValidationResult;
  /** Parses one JSON text within the size limit; a failure carries the parse or limit issue, never the text. */
  parseJson(text: string): ParseResult;
  /** Parses and validates one JSON text. */
  validateJson(text: string): ValidationResult;
  /** Validates several parsed documents together, including the cross-document rules. */
  validateBundle(docs: readonly unknown[]): BundleResult;
}

const structureValidators = structure as unknown as Record<DocumentTypeName, StructureValidator>;
const deprecationsByType = deprecations as Record<DocumentTypeName, readonly DeprecationEntry[]>;
const messages = new Map(catalogue.map((e) => [e.id, e]));
const rulesByType = new Map<DocumentTypeName, DocumentRule[]>();
for (const rule of documentRules as readonly DocumentRule[]) {
  for (const t of rule.documentTypes) rulesByType.set(t, [...(rulesByType.get(t) ?? []), rule]);
}

function ruleIssue(id: string, path: string, detail?: string, severity?: Severity): Issue {
  const entry = messages.get(id);
  const message = detail ? `${entry?.message ?? id} ${detail}` : (entry?.message ?? id);
  return { code: id, severity: severity ?? entry?.severity ?? "error", path, message, ruleId: id };
}

function internalIssue(path: string): Issue {
  return {
    code: "TRM-S012",
    severity: "error",
    path,
    message: "the validator failed on this document; please report it",
  };
}

/**
 * Creates a validator with profiles, limits and a clock.
 * @example
 * const v = createValidator({ now: () => new Date("2026-06-01T00:00:00Z") });
 * const { ok, issues } = v.validateJson(text);
 */
export function createValidator(options: ValidatorOptions = {}): Validator {
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const runRules = options.rules ?? true;
  const profiles = new Map((options.profiles ?? []).map((p) => [p.namespace, p]));
  const context = (): RuleContext => ({
    now: options.now?.() ?? new Date(),
    clockSkewMs: options.clockSkewMs ?? 86_400_000,
  });

  function checkDocument(
    doc: unknown,
    ctx: RuleContext,
  ): { issues: Issue[]; type?: DocumentTypeName; valid: boolean } {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
      return {
        issues: [{ code: "TRM-P002", severity: "error", path: "", message: "expected a JSON object" }],
        valid: false,
      };
    }
    const limitIssues = checkShape(doc, limits);
    if (limitIssues.length > 0) return { issues: limitIssues, valid: false };
    const type = (doc as { documentType?: unknown }).documentType;
    if (!isDocumentTypeName(type)) {
      const message =
        "documentType must be one of victimProfile, referral, consent, bestInterestsAssessment, focalPoint, focalPointDirectory";
      return {
        issues: [{ code: "TRM-P003", severity: "error", path: "/documentType", message }],
        valid: false,
      };
    }
    const validateStructure = structureValidators[type];
    const issues: Issue[] = validateStructure(doc) ? [] : structureIssues(validateStructure.errors ?? []);
    const ext = (doc as { extensions?: unknown }).extensions;
    if (profiles.size > 0 && typeof ext === "object" && ext !== null) {
      for (const [ns, content] of Object.entries(ext)) {
        const profile = profiles.get(ns);
        if (!profile) continue;
        for (const f of profile.validate(content)) {
          issues.push({
            code: "TRM-S013",
            severity: "error",
            path: `${pointer("extensions", ns)}${f.path}`,
            message: f.message,
          });
        }
      }
    }
    const valid = issues.length === 0;
    issues.push(...deprecationIssues(doc, deprecationsByType[type]));
    if (valid && runRules) {
      for (const rule of rulesByType.get(type) ?? []) {
        try {
          for (const f of rule.check(doc as never, ctx))
            issues.push(ruleIssue(rule.id, f.path, f.detail, f.severity));
        } catch {
          issues.push(internalIssue(""));
        }
      }
    }
    return { issues, type, valid };
  }

  function validate(doc: unknown): ValidationResult {
    try {
      const { issues, type } = checkDocument(doc, context());
      return result(issues, type);
    } catch {
      return result([internalIssue("")]);
    }
  }

  function parseJson(text: string): ParseResult {
    const failed = (issue: Issue): ParseResult => ({ ok: false, issues: [issue] });
    const size = checkSize(text, limits);
    if (size) return failed(size);
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (e) {
      if (e instanceof RangeError) {
        return failed({
          code: "TRM-L002",
          severity: "error",
          path: "",
          message: "nested too deeply to parse",
        });
      }
      const fault = findSyntaxFault(text);
      const { line, column } = lineColumn(text, fault.offset);
      const message = `not valid JSON: at line ${line}, column ${column}, expected ${fault.expected}`;
      return failed({ code: "TRM-P001", severity: "error", path: "", message });
    }
  }

  return {
    validate,
    parseJson(text: string): ParseResult {
      try {
        return parseJson(text);
      } catch {
        return { ok: false, issues: [internalIssue("")] };
      }
    },
    validateJson(text: string): ValidationResult {
      try {
        const parsed = parseJson(text);
        return parsed.ok ? validate(parsed.value) : parsed;
      } catch {
        return result([internalIssue("")]);
      }
    },
    validateBundle(docs: readonly unknown[]): BundleResult {
      const ctx = context();
      const checked = docs.map((doc) => {
        try {
          return checkDocument(doc, ctx);
        } catch {
          return { issues: [internalIssue("")], valid: false };
        }
      });
      const entries: BundleEntry[] = [];
      checked.forEach((c, index) => {
        if (c.valid && c.type) entries.push({ index, documentType: c.type, doc: docs[index] as never });
      });
      if (runRules && entries.length > 1) {
        for (const rule of crossRules) {
          try {
            for (const f of rule.check(entries, ctx))
              checked[f.index]?.issues.push(ruleIssue(rule.id, f.path, f.detail, f.severity));
          } catch {
            checked[0]?.issues.push(internalIssue(""));
          }
        }
      }
      const results = checked.map((c) => result(c.issues, c.type));
      return { ok: results.every((r) => r.ok), results };
    },
  };
}

let defaultValidator: Validator | undefined;
const shared = () => {
  defaultValidator ??= createValidator();
  return defaultValidator;
};

/**
 * Validates one parsed document with the default options: structure, then semantic rules.
 * @example
 * const { ok, issues } = validate(JSON.parse(text));
 */
export function validate(doc: unknown): ValidationResult {
  return shared().validate(doc);
}

/**
 * Parses and validates one JSON text; a parse failure is an issue (`TRM-P001`) with line and column.
 * @example
 * const { ok, issues } = validateJson('{"documentType":"consent"}');
 */
export function validateJson(text: string): ValidationResult {
  return shared().validateJson(text);
}

/**
 * Validates documents together, adding the cross-document rules (consent coverage, focal point references, BIA links).
 * @example
 * const { ok, results } = validateBundle([referral, consent, directory]);
 */
export function validateBundle(docs: readonly unknown[]): BundleResult {
  return shared().validateBundle(docs);
}
