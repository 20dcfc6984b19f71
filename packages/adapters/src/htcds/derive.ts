// Values Open TRM requires that HTCDS does not hold, derived from what it does hold by documented rules.
import type { ChildStatus } from "@open-trm/schema";

/**
 * `person.isChild` from a full birth date and a reference date-time: `yes` under 18 on the reference's calendar
 * date (as written, in its own offset), `no` from 18, `unknown` without a full birth date or when the birth date
 * lies after the reference. HTCDS has no child-status field; its age comes from prs_Birthdate.
 * @example
 * childStatusOf("2010-02-14", "2026-06-30T13:00:00+02:00"); // "yes"
 */
export function childStatusOf(birthDate: unknown, at: string): ChildStatus {
  const b = typeof birthDate === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate) : null;
  const r = /^(\d{4})-(\d{2})-(\d{2})/.exec(at);
  if (!b || !r) return "unknown";
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const [ry, rm, rd] = [Number(r[1]), Number(r[2]), Number(r[3])];
  const age = ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
  if (age < 0) return "unknown";
  return age < 18 ? "yes" : "no";
}

/**
 * The child context a child read from HTCDS gets: separation `unknown` and no best-interests assessments, because
 * HTCDS 2.0 has no child-protection fields and Open TRM requires the context for a child (rule TRM-R002).
 * @example
 * childContextUnknown(); // { separation: "unknown", bestInterestsAssessmentRefs: [] }
 */
export function childContextUnknown(): { separation: "unknown"; bestInterestsAssessmentRefs: string[] } {
  return { separation: "unknown", bestInterestsAssessmentRefs: [] };
}
