import type { Referral, ReferralRejectionReason, ReferralStatus } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r007 } from "../../src/rules/r007-status-history.js";
import { ctx, ids, referral, summary } from "./support/builders.js";

type Step = readonly [status: ReferralStatus, at: string, reason?: ReferralRejectionReason];

const history = (steps: readonly Step[], status = steps[steps.length - 1]?.[0] ?? "draft") =>
  referral((d) => {
    d.statusHistory = steps.map(([s, at, reason]) => ({
      status: s,
      at,
      by: ids.sender,
      ...(reason === undefined ? {} : { reason }),
    }));
    d.status = status;
  });

const T1 = "2025-03-01T10:00:00Z";
const T2 = "2025-03-02T10:00:00Z";
const T3 = "2025-03-03T10:00:00Z";
const T4 = "2025-03-04T10:00:00Z";

const cases: { name: string; given: Referral; want: string[] }[] = [
  { name: "draft then sent", given: referral(), want: [] },
  { name: "a draft", given: history([["draft", T1]]), want: [] },
  { name: "starts sent", given: history([["sent", T1]]), want: [] },
  { name: "starts acknowledged", given: history([["acknowledged", T1]]), want: ["/statusHistory/0/status"] },
  {
    name: "full happy path",
    given: history([
      ["draft", T1],
      ["sent", T2],
      ["acknowledged", T2],
      ["accepted", T3],
      ["inProgress", T3],
      ["completed", T4],
    ]),
    want: [],
  },
  {
    name: "draft straight to accepted",
    given: history([
      ["draft", T1],
      ["accepted", T2],
    ]),
    want: ["/statusHistory/1/status"],
  },
  {
    name: "a status repeated",
    given: history([
      ["sent", T1],
      ["sent", T2],
    ]),
    want: ["/statusHistory/1/status"],
  },
  {
    name: "after a terminal status",
    given: history([
      ["sent", T1],
      ["expired", T2],
      ["acknowledged", T3],
    ]),
    want: ["/statusHistory/2/status"],
  },
  {
    name: "equal instants with different offsets are chronological",
    given: history([
      ["draft", "2025-03-01T12:00:00+02:00"],
      ["sent", "2025-03-01T10:00:00Z"],
    ]),
    want: [],
  },
  {
    name: "later as text but earlier as an instant",
    given: history([
      ["draft", "2025-03-01T10:00:00Z"],
      ["sent", "2025-03-01T11:00:00+02:00"],
    ]),
    want: ["/statusHistory/1/at"],
  },
  {
    name: "rejected with a reason",
    given: history([
      ["sent", T1],
      ["rejected", T2, "noCapacity"],
    ]),
    want: [],
  },
  {
    name: "rejected without a reason",
    given: history([
      ["sent", T1],
      ["rejected", T2],
    ]),
    want: ["/statusHistory/1/reason"],
  },
  {
    name: "a reason on a status other than rejected",
    given: history([
      ["sent", T1],
      ["withdrawn", T2, "duplicate"],
    ]),
    want: ["/statusHistory/1/reason"],
  },
  {
    name: "status differs from the last entry",
    given: history(
      [
        ["draft", T1],
        ["sent", T2],
      ],
      "acknowledged",
    ),
    want: ["/status"],
  },
];

describe("TRM-R007 status history", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r007.check(given, ctx))).toEqual(want);
  });
});
