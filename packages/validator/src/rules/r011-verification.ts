// TRM-R011 (warning): a focal point's verification is out of date. Checked for a focal point document and for
// every focal point in a directory (`/focalPoints/N/...`); only `active` entries are checked, since inactive and
// superseded entries are no longer contacted.
// - `verification.nextReviewDue` is before today (the UTC date of `ctx.now`); due today is fine.
// - `verification.lastVerifiedOn` is more than 12 calendar months before today: exactly 12 months is fine, and
//   from 29 February the limit is 28 February of the year before.
import type { FocalPoint } from "@open-trm/schema";
import { dayRange, utcDayOf, yearsBefore } from "./shared/time.js";
import { defineRule, type Finding } from "./types.js";

function check(point: FocalPoint, prefix: string, today: number): Finding[] {
  if (point.status !== "active") return [];
  const findings: Finding[] = [];
  const due = dayRange(point.verification.nextReviewDue);
  if (due !== undefined && due.first < today) {
    findings.push({ path: `${prefix}/verification/nextReviewDue`, detail: "The review date has passed." });
  }
  const verified = dayRange(point.verification.lastVerifiedOn);
  const oldest = yearsBefore(today, 1);
  if (verified !== undefined && oldest !== undefined && verified.first < oldest) {
    findings.push({
      path: `${prefix}/verification/lastVerifiedOn`,
      detail: "The entry was last verified more than 12 months ago.",
    });
  }
  return findings;
}

/** TRM-R011: `nextReviewDue` in the past, or `lastVerifiedOn` older than 12 months (warning). */
export const r011 = defineRule({
  id: "TRM-R011",
  documentTypes: ["focalPoint", "focalPointDirectory"],
  check(doc, ctx) {
    const today = utcDayOf(ctx.now);
    if (doc.documentType === "focalPoint") return check(doc, "", today);
    return doc.focalPoints.flatMap((point, i) => check(point, `/focalPoints/${i}`, today));
  },
});
