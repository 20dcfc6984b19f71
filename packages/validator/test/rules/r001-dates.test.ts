import { describe, expect, it } from "vitest";
import { r001 } from "../../src/rules/r001-dates.js";
import type { DocumentsByType } from "../../src/rules/types.js";
import {
  bia,
  consent,
  ctx,
  directory,
  focalPoint,
  referral,
  summary,
  victimProfile,
} from "./support/builders.js";

type AnyDoc = DocumentsByType[keyof DocumentsByType];
interface Case {
  name: string;
  given: AnyDoc;
  want: string[];
}

const event = (from?: string, to?: string) => ({
  type: "exploitation" as const,
  country: "IT" as const,
  ...(from === undefined ? {} : { from }),
  ...(to === undefined ? {} : { to }),
});

// ctx.now is 2025-06-01T12:00:00Z and the skew 24 h, so the limit is 2025-06-02T12:00:00Z.
const cases: Case[] = [
  { name: "compliant victim profile", given: victimProfile(), want: [] },
  {
    name: "equal instants with different offsets",
    given: victimProfile((d) => {
      d.createdAt = "2025-03-01T10:00:00Z";
      d.updatedAt = "2025-03-01T12:00:00+02:00";
    }),
    want: [],
  },
  {
    name: "updatedAt later as text but earlier as an instant",
    given: victimProfile((d) => {
      d.createdAt = "2025-03-01T10:00:00Z";
      d.updatedAt = "2025-03-01T11:00:00+02:00";
    }),
    want: ["/updatedAt"],
  },
  {
    name: "fractions of a second count",
    given: victimProfile((d) => {
      d.createdAt = "2025-03-01T10:00:00.5Z";
      d.updatedAt = "2025-03-01T10:00:00.25Z";
    }),
    want: ["/updatedAt"],
  },
  {
    name: "exactly the clock skew ahead is allowed",
    given: victimProfile((d) => {
      d.updatedAt = "2025-06-02T12:00:00Z";
    }),
    want: [],
  },
  {
    name: "exactly the clock skew ahead, written with an offset",
    given: victimProfile((d) => {
      d.updatedAt = "2025-06-02T14:00:00+02:00";
    }),
    want: [],
  },
  {
    name: "one second beyond the clock skew",
    given: victimProfile((d) => {
      d.updatedAt = "2025-06-02T12:00:01Z";
    }),
    want: ["/updatedAt"],
  },
  {
    name: "a date tomorrow starts within the skew, the day after does not",
    given: victimProfile((d) => {
      d.identification.reasonableGroundsDate = "2025-06-02";
      d.identification.formalIdentificationDate = "2025-06-03";
    }),
    want: ["/identification/formalIdentificationDate"],
  },
  {
    name: "partial birth dates count from their first day",
    given: victimProfile((d) => {
      d.person.birthDate = "2026";
      d.trafficking.events = [event("2025-06"), event("2025-07")];
    }),
    want: ["/person/birthDate", "/trafficking/events/1/from"],
  },
  {
    name: "deadlines and validity ends may lie ahead",
    given: victimProfile((d) => {
      d.assistance.reflectionPeriod = { grantedOn: "2025-05-01", endsOn: "2026-01-01", status: "active" };
      d.assistance.residencePermit = { type: "victimOfTrafficking", from: "2025-07-01", to: "2026-07-01" };
      d.assistance.services = [{ type: "shelter", status: "planned", from: "2025-08-01", to: "2025-09-01" }];
    }),
    want: [],
  },
  {
    name: "partial dates flagged only when definitely reversed",
    given: victimProfile((d) => {
      d.trafficking.events = [
        event("2024-05", "2024"),
        event("2024-05-10", "2024-05"),
        event("2024-05-10", "2024-05-10"),
        event("2024-06", "2024-05-31"),
        event("2024", "2023-12"),
        event("2024-05-10", "2024-05-09"),
        event(undefined, "2020"),
      ];
    }),
    want: ["/trafficking/events/3/to", "/trafficking/events/4/to", "/trafficking/events/5/to"],
  },
  {
    name: "reversed service, residence permit and reflection period",
    given: victimProfile((d) => {
      d.assistance.reflectionPeriod = { grantedOn: "2025-05-01", endsOn: "2025-04-30", status: "active" };
      d.assistance.residencePermit = { type: "victimOfTrafficking", from: "2025-07-01", to: "2025-06-30" };
      d.assistance.services = [
        { type: "shelter", status: "delivered", from: "2025-03-01", to: "2025-03-01" },
        { type: "medical", status: "delivered", from: "2025-03-02", to: "2025-03-01" },
      ];
    }),
    want: [
      "/assistance/reflectionPeriod/endsOn",
      "/assistance/residencePermit/to",
      "/assistance/services/1/to",
    ],
  },
  { name: "compliant referral", given: referral(), want: [] },
  {
    name: "referral: status change in the future, response deadline ahead is fine",
    given: referral((d) => {
      d.responseDueBy = "2025-07-01T00:00:00Z";
      d.followUps = [{ dueOn: "2025-08-01", done: false }];
      d.logistics = { travelDate: "2025-07-15" };
      d.statusHistory.push({ status: "acknowledged", at: "2025-06-03T00:00:00Z", by: d.to.focalPoint });
      d.status = "acknowledged";
    }),
    want: ["/statusHistory/2/at"],
  },
  {
    name: "referral: embedded victim profile is checked",
    given: referral((d) => {
      d.subject.victimProfile = victimProfile((v) => {
        v.updatedAt = "2025-02-01T00:00:00Z";
        v.trafficking.events = [event("2024-06", "2024-05")];
        v.person.birthDate = "2030-01";
      });
    }),
    want: [
      "/subject/victimProfile/person/birthDate",
      "/subject/victimProfile/updatedAt",
      "/subject/victimProfile/trafficking/events/0/to",
    ],
  },
  {
    name: "consent: an event in the future, validUntil ahead is fine",
    given: consent((d) => {
      d.events.push({ state: "renewed", at: "2025-06-05T00:00:00Z", recordedBy: d.recordedBy });
    }),
    want: ["/events/2/at"],
  },
  {
    name: "best-interests assessment: decision in the future, review ahead is fine",
    given: bia((d) => {
      d.reviewDue = "2026-01-01";
      d.decision = {
        panel: [{ role: "chair", organisation: "Social services" }],
        confidentialityUndertakingSigned: true,
        decidedOn: "2025-06-10",
        outcome: "familyReunification",
      };
    }),
    want: ["/decision/decidedOn"],
  },
  {
    name: "focal point: verified in the future, review ahead is fine",
    given: focalPoint((d) => {
      d.verification.lastVerifiedOn = "2025-07-01";
    }),
    want: ["/verification/lastVerifiedOn"],
  },
  {
    name: "directory: its own dates and those of its focal points",
    given: directory((d) => {
      d.publishedOn = "2025-06-05";
      const [first, second] = d.focalPoints;
      if (first) first.verification.lastVerifiedOn = "2025-06-05";
      if (second) second.updatedAt = "2025-01-01T00:00:00Z";
    }),
    want: ["/publishedOn", "/focalPoints/0/verification/lastVerifiedOn", "/focalPoints/1/updatedAt"],
  },
];

describe("TRM-R001 dates", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r001.check(given, ctx)).sort()).toEqual([...want].sort());
  });

  it("applies the clock skew of the context", () => {
    const doc = victimProfile((d) => {
      d.updatedAt = "2025-06-01T12:00:01Z";
    });
    expect(summary(r001.check(doc, { ...ctx, clockSkewMs: 0 }))).toEqual(["/updatedAt"]);
    expect(summary(r001.check(doc, { ...ctx, clockSkewMs: 1000 }))).toEqual([]);
  });
});
