// TRM-R012 (warning): the recovery and reflection period lasts at least 30 days (CoE CETS 197 Art. 13), measured as
// `endsOn - grantedOn` in calendar days: granted on 1 January and ending on 31 January is exactly 30 days and fine.
// Not checked when the period was `revoked` (ended early by the authority, which Art. 13(3) allows) or when it ends
// before it starts (TRM-R001 reports that). Warning at `/assistance/reflectionPeriod/endsOn`.
import { dayRange } from "./shared/time.js";
import { defineRule } from "./types.js";

const MINIMUM_DAYS = 30;

/** TRM-R012: a reflection period shorter than 30 days (warning). */
export const r012 = defineRule({
  id: "TRM-R012",
  documentTypes: ["victimProfile"],
  check(doc) {
    const period = doc.assistance.reflectionPeriod;
    if (period === undefined || period.status === "revoked") return [];
    const granted = dayRange(period.grantedOn);
    const ends = dayRange(period.endsOn);
    if (granted === undefined || ends === undefined) return [];
    const days = ends.first - granted.first;
    if (days < 0 || days >= MINIMUM_DAYS) return [];
    return [
      {
        path: "/assistance/reflectionPeriod/endsOn",
        detail: "The reflection period is shorter than 30 days.",
      },
    ];
  },
});
