import type { FocalPoint, FocalPointDirectory } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r011 } from "../../src/rules/r011-verification.js";
import type { RuleContext } from "../../src/rules/types.js";
import { ctx, directory, focalPoint, summary } from "./support/builders.js";

const verified = (lastVerifiedOn: string, nextReviewDue: string, status: FocalPoint["status"] = "active") =>
  focalPoint((d) => {
    d.verification.lastVerifiedOn = lastVerifiedOn;
    d.verification.nextReviewDue = nextReviewDue;
    d.status = status;
  });

const at = (now: string): RuleContext => ({ ...ctx, now: new Date(now) });

// ctx.now is 2025-06-01T12:00:00Z.
const cases: { name: string; given: FocalPoint | FocalPointDirectory; ctx?: RuleContext; want: string[] }[] =
  [
    { name: "recently verified", given: focalPoint(), want: [] },
    { name: "review due today", given: verified("2025-01-01", "2025-06-01"), want: [] },
    {
      name: "review due yesterday",
      given: verified("2025-01-01", "2025-05-31"),
      want: ["/verification/nextReviewDue"],
    },
    { name: "verified exactly 12 months ago", given: verified("2024-06-01", "2025-07-01"), want: [] },
    {
      name: "verified 12 months and a day ago",
      given: verified("2024-05-31", "2025-07-01"),
      want: ["/verification/lastVerifiedOn"],
    },
    {
      name: "both out of date",
      given: verified("2023-01-01", "2024-01-01"),
      want: ["/verification/nextReviewDue", "/verification/lastVerifiedOn"],
    },
    {
      name: "inactive entry is not checked",
      given: verified("2023-01-01", "2024-01-01", "inactive"),
      want: [],
    },
    {
      name: "superseded entry is not checked",
      given: verified("2023-01-01", "2024-01-01", "superseded"),
      want: [],
    },
    {
      name: "today is the UTC date of now",
      given: verified("2025-01-01", "2025-06-01"),
      ctx: at("2025-06-01T23:30:00-02:00"),
      want: ["/verification/nextReviewDue"],
    },
    {
      name: "from 29 February, 12 months back is 28 February",
      given: verified("2023-02-28", "2024-06-01"),
      ctx: at("2024-02-29T12:00:00Z"),
      want: [],
    },
    {
      name: "from 29 February, a day more is too old",
      given: verified("2023-02-27", "2024-06-01"),
      ctx: at("2024-02-29T12:00:00Z"),
      want: ["/verification/lastVerifiedOn"],
    },
    { name: "directory of current entries", given: directory(), want: [] },
    {
      name: "directory with one stale entry",
      given: directory((d) => {
        const second = d.focalPoints[1];
        if (second) second.verification.nextReviewDue = "2025-05-01";
      }),
      want: ["/focalPoints/1/verification/nextReviewDue"],
    },
  ];

describe("TRM-R011 focal point verification", () => {
  it.each(cases)("$name", ({ given, ctx: context, want }) => {
    expect(summary(r011.check(given, context ?? ctx))).toEqual(want);
  });
});
