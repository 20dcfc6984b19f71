import type { Consent, ConsentState } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r009 } from "../../src/rules/r009-consent-events.js";
import { consent, ctx, ids, summary } from "./support/builders.js";

type Step = readonly [state: ConsentState, at: string, validUntil?: string];

const events = (...steps: Step[]) =>
  consent((d) => {
    d.events = steps.map(([state, at, validUntil]) => ({
      state,
      at,
      recordedBy: ids.sender,
      ...(validUntil === undefined ? {} : { validUntil }),
    }));
  });

const T = (day: number) => `2025-03-${String(day).padStart(2, "0")}T10:00:00Z`;

const cases: { name: string; given: Consent; want: string[] }[] = [
  { name: "requested then given", given: consent(), want: [] },
  { name: "given then withdrawn", given: events(["given", T(1)], ["withdrawn", T(2)]), want: [] },
  {
    name: "withdrawn then renewed",
    given: events(["given", T(1)], ["withdrawn", T(2)], ["renewed", T(3)]),
    want: [],
  },
  {
    name: "withdrawn then given",
    given: events(["given", T(1)], ["withdrawn", T(2)], ["given", T(3)]),
    want: ["/events/2/state"],
  },
  {
    name: "revoked, requested, then given",
    given: events(["given", T(1)], ["revoked", T(2)], ["requested", T(3)], ["given", T(4)]),
    want: ["/events/3/state"],
  },
  {
    name: "expired, refused, renewed, then given again",
    given: events(["given", T(1)], ["expired", T(2)], ["refused", T(3)], ["renewed", T(4)], ["given", T(5)]),
    want: [],
  },
  {
    name: "refused then given",
    given: events(["requested", T(1)], ["refused", T(2)], ["given", T(3)]),
    want: [],
  },
  {
    name: "given after validUntil passed",
    given: events(["given", T(1), T(2)], ["given", T(3)]),
    want: ["/events/1/state"],
  },
  {
    name: "given again at exactly validUntil",
    given: events(["given", T(1), T(2)], ["given", T(2)]),
    want: [],
  },
  {
    name: "renewed after validUntil passed",
    given: events(["given", T(1), T(2)], ["renewed", T(3)]),
    want: [],
  },
  {
    name: "events out of order",
    given: events(["requested", T(2)], ["given", T(1)]),
    want: ["/events/1/at"],
  },
  {
    name: "equal instants with different offsets are chronological",
    given: events(["requested", "2025-03-01T12:00:00+02:00"], ["given", "2025-03-01T10:00:00Z"]),
    want: [],
  },
  {
    name: "validUntil before the event",
    given: events(["given", T(2), T(1)]),
    want: ["/events/0/validUntil"],
  },
  {
    name: "validUntil equal to the event, offsets differ",
    given: events(["given", "2025-03-01T10:00:00Z", "2025-03-01T11:00:00+01:00"]),
    want: [],
  },
];

describe("TRM-R009 consent events", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r009.check(given, ctx))).toEqual(want);
  });
});
