// The validator's cross-document rules, run against documents the node holds already valid: the stored directory
// and consents were validated when stored, so validating them again for every request (as validateBundle does;
// the directory alone costs milliseconds) is skipped. Only the findings on the first document are returned.
import type { Consent, FocalPointDirectory, Referral } from "@open-trm/schema";
import { catalogue, crossRules, type Issue, type RuleContext } from "@open-trm/validator";

const catalogueById = new Map(catalogue.map((entry) => [entry.id, entry]));

/**
 * The issues of rule `ruleId` on `doc` (already valid) against one stored document, formatted as the validator
 * formats rule issues: the catalogue message, then the finding's fixed detail.
 * @example
 * crossRuleIssues("TRM-X002", referral, directory, new Date()); // [] when every focal point reference resolves
 */
export function crossRuleIssues(
  ruleId: "TRM-X001" | "TRM-X002",
  doc: Referral | Consent,
  stored: Consent | FocalPointDirectory,
  now: Date,
): Issue[] {
  const rule = crossRules.find((r) => r.id === ruleId);
  const entry = catalogueById.get(ruleId);
  if (rule === undefined || entry === undefined)
    throw new Error("the validator has no such cross-document rule");
  const entries = [doc, stored].map((d, index) => ({ index, documentType: d.documentType, doc: d }));
  const context: RuleContext = { now, clockSkewMs: 86_400_000 };
  return rule
    .check(entries as unknown as Parameters<typeof rule.check>[0], context)
    .filter((f) => f.index === 0)
    .map((f) => ({
      code: ruleId,
      severity: f.severity ?? entry.severity,
      path: f.path,
      message: f.detail === undefined ? entry.message : `${entry.message} ${f.detail}`,
      ruleId,
    }));
}
