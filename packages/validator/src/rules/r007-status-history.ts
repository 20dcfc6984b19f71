// TRM-R007: `statusHistory` follows the referral state machine (`referralTransitions`), is chronological and ends
// in `status`.
// - The first entry is draft or sent (error at `/statusHistory/0/status`).
// - Each later entry's status may follow the one before (error at `/statusHistory/N/status`); repeating a status is
//   not a transition and is an error.
// - `at` never goes back in time, compared as instants; equal instants are fine (error at `/statusHistory/N/at`).
// - A rejected entry carries `reason`, and only a rejected entry does (error at `/statusHistory/N/reason`).
// - The last entry's status equals `status` (error at `/status`).
import { referralTransitions } from "@open-trm/schema/data";
import { instantOf } from "./shared/time.js";
import { defineRule, type Finding } from "./types.js";

/** TRM-R007: `statusHistory` follows the state machine, is chronological and ends in `status`. */
export const r007 = defineRule({
  id: "TRM-R007",
  documentTypes: ["referral"],
  check(doc) {
    const findings: Finding[] = [];
    const history = doc.statusHistory;
    history.forEach((entry, i) => {
      const at = `/statusHistory/${i}`;
      const previous = i > 0 ? history[i - 1] : undefined;
      if (previous === undefined) {
        if (entry.status !== "draft" && entry.status !== "sent") {
          findings.push({ path: `${at}/status`, detail: "The first status must be draft or sent." });
        }
      } else {
        if (!(referralTransitions[previous.status] ?? []).includes(entry.status)) {
          findings.push({
            path: `${at}/status`,
            detail: "This status may not follow the previous entry's status.",
          });
        }
        const before = instantOf(previous.at);
        const now = instantOf(entry.at);
        if (before !== undefined && now !== undefined && now < before) {
          findings.push({ path: `${at}/at`, detail: "This entry is earlier than the entry before it." });
        }
      }
      if (entry.status === "rejected" && entry.reason === undefined) {
        findings.push({ path: `${at}/reason`, detail: "A rejection must give a reason." });
      } else if (entry.status !== "rejected" && entry.reason !== undefined) {
        findings.push({ path: `${at}/reason`, detail: "Only a rejection carries a reason." });
      }
    });
    const last = history[history.length - 1];
    if (last !== undefined && last.status !== doc.status) {
      findings.push({
        path: "/status",
        detail: "`status` must equal the status of the last `statusHistory` entry.",
      });
    }
    return findings;
  },
});
