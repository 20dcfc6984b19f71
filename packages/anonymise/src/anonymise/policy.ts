import { escapePointerToken } from "@open-trm/validator";
import { z } from "zod";
import { isKnownTemplate } from "./templates.js";

/**
 * The operations a policy can apply to a field.
 * @example
 * operations.includes("pseudonymise"); // true
 */
export const operations = ["keep", "drop", "pseudonymise", "generalise", "dateShift", "redact"] as const;

/**
 * One operation of a policy.
 * @example
 * const op: Operation = "generalise";
 */
export type Operation = (typeof operations)[number];

const OperationSchema = z.enum(operations).meta({ description: "What happens to the field's value." });
// A JSON Pointer whose reference tokens may be `*` (any array index).
const POINTER_TEMPLATE = /^(?:\/(?:[^~/]|~[01])*)+$/;

/**
 * The schema of an anonymisation policy: classes (required, all seven) and pointer templates map to operations.
 * @example
 * PolicySchema.safeParse(builtInPolicies.research).success; // true
 */
export const PolicySchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
      .meta({ description: "Short name recorded in every output (lower case, digits and hyphens)." }),
    description: z.string().min(1).max(2000).optional(),
    classes: z
      .strictObject({
        public: OperationSchema,
        internal: OperationSchema,
        identifier: OperationSchema,
        quasi: OperationSchema,
        freeText: OperationSchema,
        direct: OperationSchema,
        special: OperationSchema,
      })
      .meta({ description: "Operation per sensitivity class; every class must be named (no defaults)." }),
    pointers: z.record(z.string().regex(POINTER_TEMPLATE), OperationSchema).optional().meta({
      description:
        "Operation per JSON Pointer template (`*` = any array index); the longest template that is the field or one of its ancestors wins over the class.",
    }),
    generalise: z
      .strictObject({
        dates: z.enum(["yearMonth", "year"]).optional(),
        birthDate: z.enum(["year", "ageBand"]).optional(),
      })
      .optional()
      .meta({ description: "Granularity of `generalise` (default: dates yearMonth, birthDate year)." }),
    dateShift: z
      .strictObject({ maxDays: z.int().min(1).max(3650).optional() })
      .optional()
      .meta({ description: "Largest shift of `dateShift`, in days (default: 30)." }),
  })
  .meta({ title: "Open TRM anonymisation policy" });

/**
 * An anonymisation policy: data, validated by {@link PolicySchema}.
 * @example
 * const p: Policy = { ...builtInPolicies["share-minimum"], name: "share-minimum-no-dates", pointers: { "/trafficking/events": "drop" } };
 */
export type Policy = z.infer<typeof PolicySchema>;

/**
 * One fault of a policy: where (JSON Pointer into the policy) and what was expected.
 * @example
 * const issue: PolicyIssue = { path: "/classes/quasi", message: "Invalid option" };
 */
export interface PolicyIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The result of {@link parsePolicy}: the policy, or its faults.
 * @example
 * const r: PolicyResult = parsePolicy(json);
 */
export type PolicyResult = { ok: true; value: Policy } | { ok: false; issues: readonly PolicyIssue[] };

/**
 * Validates a policy (for example one read from a JSON file) against {@link PolicySchema} and checks that every
 * pointer template names a field, or an ancestor of a field, of some document type.
 * @example
 * const r = parsePolicy(JSON.parse(text));
 * if (!r.ok) console.error(r.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
 */
export function parsePolicy(input: unknown): PolicyResult {
  const parsed = PolicySchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map((t) => `/${escapePointerToken(String(t))}`).join(""),
        // Zod's messages name expectations, not values; unknown keys are listed by name, which is a path.
        message: i.message,
      })),
    };
  }
  const issues: PolicyIssue[] = [];
  for (const template of Object.keys(parsed.data.pointers ?? {})) {
    if (!isKnownTemplate(template))
      issues.push({
        path: `/pointers/${escapePointerToken(template)}`,
        message: "names no field of any document type (use `*` for array indexes)",
      });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/**
 * The JSON Schema (draft 2020-12) of an anonymisation policy, generated from {@link PolicySchema}.
 * @example
 * writeFileSync("policy.schema.json", JSON.stringify(policyJsonSchema(), null, 2));
 */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PolicySchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
}
