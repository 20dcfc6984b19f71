import type { Referral } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r005 } from "../../src/rules/r005-child-safeguards.js";
import { ctx, ids, referral, summary } from "./support/builders.js";

const childReferral = (edit: (d: Referral) => void = () => {}, withBia = false) =>
  referral((d) => {
    d.subject.isChild = "yes";
    d.childSafeguards = withBia
      ? { guardianInformed: true, bestInterestsAssessmentRef: ids.bia }
      : { guardianInformed: true };
    edit(d);
  });

const cases: { name: string; given: Referral; want: string[] }[] = [
  { name: "adult without safeguards", given: referral(), want: [] },
  {
    name: "adult case transfer without safeguards",
    given: referral((d) => {
      d.kind = "caseTransfer";
    }),
    want: [],
  },
  { name: "child service referral with safeguards", given: childReferral(), want: [] },
  {
    name: "child without safeguards",
    given: childReferral((d) => {
      delete d.childSafeguards;
    }),
    want: ["/childSafeguards"],
  },
  {
    name: "presumed child without safeguards",
    given: childReferral((d) => {
      d.subject.isChild = "presumed";
      delete d.childSafeguards;
    }),
    want: ["/childSafeguards"],
  },
  {
    name: "unknown age without safeguards",
    given: referral((d) => {
      d.subject.isChild = "unknown";
    }),
    want: [],
  },
  {
    name: "child case transfer without BIA",
    given: childReferral((d) => {
      d.kind = "caseTransfer";
    }),
    want: ["/childSafeguards/bestInterestsAssessmentRef"],
  },
  {
    name: "child safe return without BIA",
    given: childReferral((d) => {
      d.purpose = "safeReturn";
    }),
    want: ["/childSafeguards/bestInterestsAssessmentRef"],
  },
  {
    name: "child at the return stage without BIA",
    given: childReferral((d) => {
      d.trmStage = "returnAndSocialInclusion";
    }),
    want: ["/childSafeguards/bestInterestsAssessmentRef"],
  },
  {
    name: "child referred for return without BIA",
    given: childReferral((d) => {
      d.reasons = ["return"];
    }),
    want: ["/childSafeguards/bestInterestsAssessmentRef"],
  },
  {
    name: "child case transfer without any safeguards: one finding",
    given: childReferral((d) => {
      d.kind = "caseTransfer";
      delete d.childSafeguards;
    }),
    want: ["/childSafeguards"],
  },
  {
    name: "child case transfer with BIA",
    given: childReferral((d) => {
      d.kind = "caseTransfer";
    }, true),
    want: [],
  },
];

describe("TRM-R005 child safeguards", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r005.check(given, ctx))).toEqual(want);
  });
});
