import type { Consent, Referral } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import type { BundleEntry } from "../../src/rules/types.js";
import { x001 } from "../../src/rules/x001-consent-coverage.js";
import { bundle, consent, ctx, focalPoint, ids, referral } from "./support/builders.js";

const events =
  (...steps: [Consent["events"][number]["state"], string, string?][]) =>
  (d: Consent) => {
    d.events = steps.map(([state, at, validUntil]) => ({
      state,
      at,
      recordedBy: ids.sender,
      ...(validUntil === undefined ? {} : { validUntil }),
    }));
  };
const recipients =
  (...list: Consent["recipients"]) =>
  (d: Consent) => {
    d.recipients = list;
  };

const SUBJECT = "The consent's `subjectRef` is not the referral's `caseRef`.";
const NOT_GIVEN = "The consent was not given or renewed when the referral was sent.";
const EXPIRED = "The consent had expired (`validUntil`) when the referral was sent.";
const PURPOSE = "The consent's `purposes` do not include the referral's `purpose`.";
const RECIPIENT = "No recipient of the consent covers the receiver (`to.focalPoint` or `to.country`).";

// The base referral is created 2025-03-01T10:00Z and sent 2025-03-02T10:00Z; the base consent is given
// 2025-02-20T11:00Z until 2026-02-20, for transnational referral, to focal points in MK.
const cases: { name: string; given: BundleEntry[]; want: string[] }[] = [
  { name: "consent covers the referral", given: bundle(referral(), consent()), want: [] },
  { name: "consent not in the bundle", given: bundle(referral(), focalPoint()), want: [] },
  {
    name: "referral on an override",
    given: bundle(
      referral((d) => {
        delete d.consentRef;
        d.consentOverride = {
          legalBasis: "vitalInterests",
          justification: "Danger.",
          authorisedBy: ids.sender,
          at: "2025-03-01T09:00:00Z",
        };
      }),
      consent((d) => {
        d.subjectRef = ids.other;
      }),
    ),
    want: [],
  },
  {
    name: "consent about another case",
    given: bundle(
      referral(),
      consent((d) => {
        d.subjectRef = ids.other;
      }),
    ),
    want: [SUBJECT],
  },
  {
    name: "consent given after the referral was sent",
    given: bundle(
      referral(),
      consent(events(["requested", "2025-02-20T10:00:00Z"], ["given", "2025-03-05T10:00:00Z"])),
    ),
    want: [NOT_GIVEN],
  },
  {
    name: "consent given at the very instant of sending, other offset",
    given: bundle(referral(), consent(events(["given", "2025-03-02T12:00:00+02:00"]))),
    want: [],
  },
  {
    name: "consent withdrawn before sending",
    given: bundle(
      referral(),
      consent(events(["given", "2025-02-20T10:00:00Z"], ["withdrawn", "2025-02-28T10:00:00Z"])),
    ),
    want: [NOT_GIVEN],
  },
  {
    name: "consent withdrawn after sending",
    given: bundle(
      referral(),
      consent(events(["given", "2025-02-20T10:00:00Z"], ["withdrawn", "2025-03-10T10:00:00Z"])),
    ),
    want: [],
  },
  {
    name: "consent renewed before sending",
    given: bundle(
      referral(),
      consent(
        events(
          ["given", "2025-01-01T10:00:00Z"],
          ["expired", "2025-02-01T10:00:00Z"],
          ["renewed", "2025-02-25T10:00:00Z"],
        ),
      ),
    ),
    want: [],
  },
  {
    name: "consent validity ended before sending",
    given: bundle(referral(), consent(events(["given", "2025-02-20T10:00:00Z", "2025-03-01T10:00:00Z"]))),
    want: [EXPIRED],
  },
  {
    name: "never sent: state at createdAt",
    given: bundle(
      referral((d) => {
        d.statusHistory = [{ status: "draft", at: "2025-03-01T10:00:00Z", by: ids.sender }];
        d.status = "draft";
      }),
      consent(events(["given", "2025-03-01T10:00:01Z"])),
    ),
    want: [NOT_GIVEN],
  },
  {
    name: "purpose not covered",
    given: bundle(
      referral(),
      consent((d) => {
        d.purposes = ["assistanceAndCaseManagement"];
      }),
    ),
    want: [PURPOSE],
  },
  {
    name: "recipient in another country",
    given: bundle(referral(), consent(recipients({ category: "focalPoint", country: "AL" }))),
    want: [RECIPIENT],
  },
  {
    name: "recipient in any country",
    given: bundle(referral(), consent(recipients({ category: "focalPoint" }))),
    want: [],
  },
  {
    name: "recipient is the receiver",
    given: bundle(referral(), consent(recipients({ category: "focalPoint", focalPoint: ids.receiver }))),
    want: [],
  },
  {
    name: "recipient is another focal point in the receiver's country",
    given: bundle(
      referral(),
      consent(recipients({ category: "focalPoint", focalPoint: ids.other, country: "MK" })),
    ),
    want: [RECIPIENT],
  },
  {
    name: "every condition fails",
    given: bundle(
      referral(),
      consent((d) => {
        d.subjectRef = ids.other;
        d.purposes = ["research"];
        d.recipients = [];
        d.events = [{ state: "refused", at: "2025-02-20T10:00:00Z", recordedBy: ids.sender }];
      }),
    ),
    want: [SUBJECT, NOT_GIVEN, PURPOSE, RECIPIENT],
  },
  {
    name: "ids compare case-insensitively",
    given: bundle(
      referral((d) => {
        d.consentRef = ids.consent.toUpperCase();
      }),
      consent((d) => {
        d.subjectRef = ids.caseRef.toUpperCase();
      }),
    ),
    want: [],
  },
  {
    name: "the latest version of the consent is read",
    given: bundle(
      consent((d) => {
        d.updatedAt = "2025-03-10T10:00:00Z";
        d.purposes = ["research"];
      }),
      referral(),
      consent(),
    ),
    want: [PURPOSE],
  },
];

describe("TRM-X001 consent covers the referral", () => {
  it.each(cases)("$name", ({ given, want }) => {
    const findings = x001.check(given, ctx);
    const referralIndex = given.findIndex((e) => e.documentType === "referral");
    expect(findings.map((f) => f.detail)).toEqual(want);
    for (const f of findings) expect([f.index, f.path]).toEqual([referralIndex, "/consentRef"]);
  });

  it("reports on each referral by its index", () => {
    const bad: Referral = referral((d) => {
      d.purpose = "research";
    });
    const findings = x001.check(bundle(consent(), referral(), bad), ctx);
    expect(findings.map((f) => [f.index, f.path, f.detail])).toEqual([[2, "/consentRef", PURPOSE]]);
  });
});
