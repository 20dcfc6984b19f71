import { describe, expect, it } from "vitest";
import type { BundleEntry } from "../../src/rules/types.js";
import { x002 } from "../../src/rules/x002-focal-point-refs.js";
import {
  bia,
  bundle,
  consent,
  crossSummary,
  ctx,
  directory,
  focalPoint,
  ids,
  referral,
  victimProfile,
} from "./support/builders.js";

// The base directory lists the sender and the receiver; every base document refers only to those two.
const cases: { name: string; given: BundleEntry[]; want: string[] }[] = [
  {
    name: "no directory and no focal point: nothing to resolve against",
    given: bundle(
      referral((d) => {
        d.to.focalPoint = ids.other;
      }),
      consent(),
    ),
    want: [],
  },
  {
    name: "every reference resolves in the directory",
    given: bundle(referral(), consent(), victimProfile(), bia(), directory()),
    want: [],
  },
  {
    name: "references resolve against standalone focal points",
    given: bundle(
      referral(),
      focalPoint(),
      focalPoint((d) => {
        d.id = ids.sender;
      }),
    ),
    want: [],
  },
  {
    name: "unknown receiver",
    given: bundle(
      referral((d) => {
        d.to.focalPoint = ids.other;
      }),
      directory(),
    ),
    want: ["0 /to/focalPoint"],
  },
  {
    name: "one unknown controller in a list",
    given: bundle(
      directory(),
      consent((d) => {
        d.controllers = [ids.sender, ids.other];
        d.recipients = [{ category: "focalPoint", focalPoint: ids.other }];
      }),
    ),
    want: ["1 /recipients/0/focalPoint", "1 /controllers/1"],
  },
  {
    name: "embedded victim profile and status history",
    given: bundle(
      referral((d) => {
        d.subject.victimProfile = victimProfile((v) => {
          v.caseOwner = ids.other;
          v.assistance.services = [{ type: "shelter", status: "planned", provider: ids.other }];
        });
        const first = d.statusHistory[0];
        if (first) first.by = ids.other;
      }),
      directory(),
    ),
    want: [
      "0 /subject/victimProfile/caseOwner",
      "0 /subject/victimProfile/assistance/services/0/provider",
      "0 /statusHistory/0/by",
    ],
  },
  {
    name: "references inside the directory itself",
    given: bundle(
      directory((d) => {
        const first = d.focalPoints[0];
        if (first) {
          first.status = "superseded";
          first.supersededBy = ids.other;
          first.verification.verifiedBy = ids.other;
        }
      }),
    ),
    want: ["0 /focalPoints/0/supersededBy", "0 /focalPoints/0/verification/verifiedBy"],
  },
  {
    name: "best-interests assessment guardian",
    given: bundle(
      directory(),
      bia((d) => {
        d.guardian = { appointed: true, type: "institution", ref: ids.other };
      }),
    ),
    want: ["1 /guardian/ref"],
  },
  {
    name: "ids compare case-insensitively",
    given: bundle(
      referral((d) => {
        d.to.focalPoint = ids.receiver.toUpperCase();
      }),
      directory(),
    ),
    want: [],
  },
];

describe("TRM-X002 focal point references resolve", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(crossSummary(x002.check(given, ctx)).sort()).toEqual([...want].sort());
  });
});
