// RFC 9457 problem details carrying validator issues; never a field value.
import { z } from "zod";
import { field } from "./fields.js";

/** Base URI of the problem types of the Open TRM exchange API. */
export const PROBLEM_TYPE_BASE = "https://open-trm.org/problems/";

/** The problem types of the exchange API with their HTTP status and title (API contract, "Errors"). */
export const problemTypes = {
  "bad-request": { status: 400, title: "Bad request" },
  "idempotency-key-missing": { status: 400, title: "Idempotency-Key header missing" },
  unauthorized: { status: 401, title: "Unauthorized" },
  forbidden: { status: 403, title: "Forbidden" },
  "not-found": { status: 404, title: "Not found" },
  "illegal-transition": { status: 409, title: "Illegal status transition" },
  conflict: { status: 409, title: "Conflict" },
  "precondition-failed": { status: 412, title: "Precondition failed" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "invalid-document": { status: 422, title: "Invalid document" },
  "idempotency-key-reused": { status: 422, title: "Idempotency-Key reused with a different body" },
  "consent-not-covering": { status: 422, title: "Consent does not cover this disclosure" },
  "precondition-required": { status: 428, title: "Precondition required" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "consent-withdrawn": { status: 451, title: "Consent no longer valid" },
  internal: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

/** The slug of a problem type (`not-found`, `illegal-transition` ...). */
export type ProblemSlug = keyof typeof problemTypes;

/**
 * The `type` URI of a problem slug.
 * @example
 * problemTypeUri("not-found"); // "https://open-trm.org/problems/not-found"
 */
export function problemTypeUri(slug: ProblemSlug): string {
  return `${PROBLEM_TYPE_BASE}${slug}`;
}

/** One validator issue (the `Issue` of `@open-trm/validator`): a path and a rule, never a value. */
export const IssueSchema = field(
  z.strictObject({
    code: field(z.string().min(1).max(100), "Code", "Stable issue code (`TRM-S001`, `TRM-R004` ...)."),
    severity: field(z.enum(["error", "warning"]), "Severity", "`error` makes the document invalid."),
    path: field(z.string().max(2000), "Path", 'JSON Pointer (RFC 6901) of the fault; `""` is the document.'),
    message: field(z.string().min(1).max(2000), "Message", "What is wrong and what was expected; no values."),
    ruleId: field(z.string().max(100), "Rule", "The semantic rule that raised the issue.").exactOptional(),
    schemaPath: field(
      z.string().max(2000),
      "Schema path",
      "JSON Schema location of the failing keyword.",
    ).exactOptional(),
  }),
  "Issue",
  "One finding of the validator. Issues name a path and a rule and never carry a value from the document.",
);

/** An RFC 9457 problem details object of the Open TRM exchange API. */
export const ProblemSchema = field(
  z.strictObject({
    type: field(
      z
        .string()
        .max(200)
        .regex(/^(?:https:\/\/open-trm\.org\/problems\/[a-z0-9-]+|about:blank)$/),
      "Type",
      "`https://open-trm.org/problems/<slug>` (see the slugs in the API description), or `about:blank`.",
    ),
    title: field(z.string().min(1).max(200), "Title", "Short summary of the problem type."),
    status: field(z.int().min(100).max(599), "Status", "The HTTP status code of this occurrence."),
    detail: field(
      z.string().max(1000),
      "Detail",
      "Explanation of this occurrence (for `consent-not-covering`, the refusal code); never a field value.",
    ).exactOptional(),
    instance: field(z.string().max(2000), "Instance", "URI reference of this occurrence.").exactOptional(),
    issues: field(
      z.array(IssueSchema).max(1000),
      "Issues",
      "Validator issues, for `invalid-document` and `bad-request`.",
    ).exactOptional(),
  }),
  "Problem",
  "An error as RFC 9457 problem details (`application/problem+json`). Never contains a field value.",
);

/** An error of the exchange API. */
export type Problem = z.infer<typeof ProblemSchema>;
/** One validator issue inside a problem. */
export type ApiIssue = z.infer<typeof IssueSchema>;
