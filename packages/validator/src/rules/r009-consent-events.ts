// TRM-R009: consent events are chronological, and consent that has ended is given again only through `renewed`.
// - `at` never goes back in time, compared as instants; equal instants are fine (error at `/events/N/at`).
// - Consent ends with a withdrawn, revoked or expired event, or implicitly when an event comes after the
//   `validUntil` of the given or renewed event in force (the data model reads an expired `validUntil` as expired).
//   After that, `given` is an error at `/events/N/state` until a `renewed` event; requested and refused are fine.
// - `validUntil` before the event's own `at` is an error at `/events/N/validUntil` (equal is fine).
import type { ConsentState } from "@open-trm/schema";
import { instantOf } from "./shared/time.js";
import { defineRule, type Finding } from "./types.js";

const ENDING: ReadonlySet<ConsentState> = new Set<ConsentState>(["withdrawn", "revoked", "expired"]);

/** TRM-R009: consent events are chronological; ended consent is given again only as `renewed`. */
export const r009 = defineRule({
  id: "TRM-R009",
  documentTypes: ["consent"],
  check(doc) {
    const findings: Finding[] = [];
    let ended = false;
    let expiry: number | undefined;
    let previousAt: number | undefined;
    doc.events.forEach((event, i) => {
      const at = instantOf(event.at);
      if (at !== undefined && previousAt !== undefined && at < previousAt) {
        findings.push({ path: `/events/${i}/at`, detail: "This event is earlier than the event before it." });
      }
      if (at !== undefined) previousAt = at;
      if (at !== undefined && expiry !== undefined && at > expiry) ended = true;
      const validUntil = event.validUntil === undefined ? undefined : instantOf(event.validUntil);
      if (validUntil !== undefined && at !== undefined && validUntil < at) {
        findings.push({
          path: `/events/${i}/validUntil`,
          detail: "`validUntil` is before the event's `at`.",
        });
      }
      if (event.state === "given" && ended) {
        findings.push({
          path: `/events/${i}/state`,
          detail: "Consent that was withdrawn, revoked or expired is given again only as renewed.",
        });
      }
      if (ENDING.has(event.state)) {
        ended = true;
        expiry = undefined;
      } else if (event.state === "given" || event.state === "renewed") {
        ended = false;
        expiry = validUntil;
      }
    });
    return findings;
  },
});
