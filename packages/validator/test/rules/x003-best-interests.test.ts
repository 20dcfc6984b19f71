import type { Referral } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import type { BundleEntry } from "../../src/rules/types.js";
import { x003 } from "../../src/rules/x003-best-interests.js";
import { bia, bundle, consent, crossSummary, ctx, ids, referral } from "./support/builders.js";

const childReferral = (isChild: Referral["subject"]["isChild"] = "yes", biaRef: string | null = ids.bia) =>
  referral((d) => {
    d.subject.isChild = isChild;
    d.childSafeguards =
      biaRef === null
        ? { guardianInformed: true }
        : { guardianInformed: true, bestInterestsAssessmentRef: biaRef };
  });
const otherChild = bia((d) => {
  d.childRef = ids.other;
});
const AT = "0 /childSafeguards/bestInterestsAssessmentRef";

const cases: { name: string; given: BundleEntry[]; want: string[] }[] = [
  { name: "BIA about the same case", given: bundle(childReferral(), bia()), want: [] },
  {
    name: "presumed child, BIA about the same case",
    given: bundle(childReferral("presumed"), bia()),
    want: [],
  },
  { name: "BIA about another case", given: bundle(childReferral(), otherChild), want: [AT] },
  { name: "no BIA in the bundle", given: bundle(childReferral(), consent()), want: [] },
  {
    name: "the referenced BIA missing among other BIAs",
    given: bundle(
      childReferral(),
      bia((d) => {
        d.id = ids.other;
      }),
    ),
    want: [AT],
  },
  { name: "adult referral", given: bundle(childReferral("no"), otherChild), want: [] },
  { name: "unknown age", given: bundle(childReferral("unknown"), otherChild), want: [] },
  {
    name: "child referral without a BIA reference",
    given: bundle(childReferral("yes", null), otherChild),
    want: [],
  },
  {
    name: "one of two versions about the same case",
    given: bundle(childReferral(), otherChild, bia()),
    want: [],
  },
  {
    name: "ids compare case-insensitively",
    given: bundle(
      childReferral("yes", ids.bia.toUpperCase()),
      bia((d) => {
        d.childRef = ids.caseRef.toUpperCase();
      }),
    ),
    want: [],
  },
];

describe("TRM-X003 a child's referral points to a BIA about the same case", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(crossSummary(x003.check(given, ctx))).toEqual(want);
  });

  it("tells a missing BIA from one about another case", () => {
    const [missing] = x003.check(bundle(childReferral("yes", ids.other), bia()), ctx);
    const [other] = x003.check(bundle(childReferral(), otherChild), ctx);
    expect(missing?.detail).not.toEqual(other?.detail);
  });
});
