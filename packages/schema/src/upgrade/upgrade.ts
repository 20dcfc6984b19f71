import { planUpgrade } from "./registry.js";
import { upgradeRegistry } from "./steps.js";
import type { UpgradeDocument, UpgradeRegistry, UpgradeResult } from "./types.js";

const isObject = (v: unknown): v is UpgradeDocument =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Upgrades a document to a version of the standard by running the registry's steps in order; each step's
 * output gets `standardVersion` set to the step's target. The input is never modified.
 * @example
 * const r = upgradeDocument(JSON.parse(text), "1.0");
 * if (r.ok) console.log(JSON.stringify(r.value)); else console.error(r.issues);
 */
export function upgradeDocument(
  doc: unknown,
  to: string,
  registry: UpgradeRegistry = upgradeRegistry,
): UpgradeResult {
  if (!isObject(doc) || typeof doc.standardVersion !== "string")
    return {
      ok: false,
      issues: [
        {
          code: "NOT_A_DOCUMENT",
          path: "/standardVersion",
          message: "expected a JSON object with a standardVersion string",
        },
      ],
    };
  const from = doc.standardVersion;
  const plan = planUpgrade(registry, from, to);
  if (!plan.ok) return plan;
  // A copy, so that a step that forgets to be pure still cannot change the caller's document.
  let value: UpgradeDocument = structuredClone(doc);
  for (const step of plan.value) {
    const r = step.upgrade(value);
    if (!r.ok) {
      const issues = r.issues.map((i) => ({
        ...i,
        code: "STEP_FAILED" as const,
        message: `step ${step.from}->${step.to}: ${i.message}`,
      }));
      return { ok: false, issues };
    }
    value = { ...r.value, standardVersion: step.to };
  }
  return { ok: true, value, from, to, applied: plan.value.map((s) => `${s.from}->${s.to}`) };
}
