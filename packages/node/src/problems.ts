// RFC 9457 problem details. The types, statuses and titles are the API's (@open-trm/schema/api); details are fixed
// text: never a value from a request or a document.
import { type Problem, type ProblemSlug, problemTypes, problemTypeUri } from "@open-trm/schema/api";
import type { Issue } from "@open-trm/validator";

/** A problem raised inside a handler; the error handler sends it (with its extra headers). */
export class HttpProblem extends Error {
  override readonly name = "HttpProblem";
  readonly slug: ProblemSlug;
  readonly detail: string | undefined;
  readonly issues: readonly Issue[] | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    slug: ProblemSlug,
    options: { detail?: string; issues?: readonly Issue[]; headers?: Record<string, string> } = {},
  ) {
    super(problemTypes[slug].title);
    this.slug = slug;
    this.detail = options.detail;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }

  /** The HTTP status of the problem. */
  get status(): number {
    return problemTypes[this.slug].status;
  }
}

/**
 * Builds the problem details body of a slug.
 * @example
 * problemOf("not-found", { instance: "urn:uuid:..." }); // { type: ".../not-found", title, status: 404, instance }
 */
export function problemOf(
  slug: ProblemSlug,
  options: { detail?: string | undefined; issues?: readonly Issue[] | undefined; instance?: string } = {},
): Problem {
  return {
    type: problemTypeUri(slug),
    title: problemTypes[slug].title,
    status: problemTypes[slug].status,
    ...(options.detail === undefined ? {} : { detail: options.detail }),
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.issues === undefined ? {} : { issues: [...options.issues] }),
  };
}
