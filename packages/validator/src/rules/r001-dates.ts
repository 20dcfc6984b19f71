// TRM-R001: dates are in order and not in the future.
// - `createdAt <= updatedAt`, compared as instants (offsets applied), for the document and the document embedded
//   in it (a referral's `/subject/victimProfile`, a directory's `/focalPoints/N`); finding at `updatedAt`.
// - A date that records something that happened may not lie more than `ctx.clockSkewMs` after `ctx.now`
//   (exactly the skew is allowed). Dates and partial dates count from their earliest instant, 00:00 UTC of their
//   first day. Deadlines, validity ends and plans (`responseDueBy`, `followUps/N/dueOn`, `logistics/travelDate`,
//   `reviewDue`, `nextReviewDue`, `validUntil`, reflection period end, residence permit and service dates) are
//   exempt: the table in shared/fields.ts says which is which. Finding at the date.
// - Periods (trafficking events, services, residence permit, reflection period) do not end before they start.
//   Partial dates are flagged only when definitely reversed: the last day `to` can stand for is before the first
//   day `from` can stand for (`2024` to `2024-03` is fine). Equal dates are fine. Finding at the end member.
import { dateFields, documentParts, periods } from "./shared/fields.js";
import { expand, isRecord } from "./shared/pointer.js";
import { DAY_MS, dayRange, instantOf } from "./shared/time.js";
import { defineRule, type Finding } from "./types.js";

const FUTURE = "The date lies in the future beyond the allowed clock skew.";
const UPDATED = "`updatedAt` is before `createdAt`.";
const REVERSED = "The period ends before it starts.";

function earliest(value: string, kind: string): number | undefined {
  if (kind === "dateTime") return instantOf(value);
  const range = dayRange(value);
  return range === undefined ? undefined : range.first * DAY_MS;
}

/** TRM-R001: `createdAt <= updatedAt`, nothing recorded in the future beyond clock skew, every `from <= to`. */
export const r001 = defineRule({
  id: "TRM-R001",
  documentTypes: [
    "victimProfile",
    "referral",
    "consent",
    "bestInterestsAssessment",
    "focalPoint",
    "focalPointDirectory",
  ],
  check(doc, ctx) {
    const findings: Finding[] = [];
    const limit = ctx.now.getTime() + ctx.clockSkewMs;
    for (const [template, field] of Object.entries(dateFields(doc.documentType))) {
      if (!field.past) continue;
      for (const { pointer, value } of expand(doc, template)) {
        const at = typeof value === "string" ? earliest(value, field.kind) : undefined;
        if (at !== undefined && at > limit) findings.push({ path: pointer, detail: FUTURE });
      }
    }
    for (const { prefix } of documentParts(doc.documentType)) {
      for (const { pointer, value } of expand(doc, prefix)) {
        if (!isRecord(value)) continue;
        const created = typeof value.createdAt === "string" ? instantOf(value.createdAt) : undefined;
        const updated = typeof value.updatedAt === "string" ? instantOf(value.updatedAt) : undefined;
        if (created !== undefined && updated !== undefined && updated < created) {
          findings.push({ path: `${pointer}/updatedAt`, detail: UPDATED });
        }
      }
    }
    for (const [template, [start, end]] of Object.entries(periods(doc.documentType))) {
      for (const { pointer, value } of expand(doc, template)) {
        if (!isRecord(value)) continue;
        const from = typeof value[start] === "string" ? dayRange(value[start]) : undefined;
        const to = typeof value[end] === "string" ? dayRange(value[end]) : undefined;
        if (from && to && to.last < from.first)
          findings.push({ path: `${pointer}/${end}`, detail: REVERSED });
      }
    }
    return findings;
  },
});
