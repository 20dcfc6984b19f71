import type { VictimProfile } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r002 } from "../../src/rules/r002-child-context.js";
import { ctx, ids, summary, victimProfile } from "./support/builders.js";

const child = (
  isChild: VictimProfile["person"]["isChild"],
  context?: VictimProfile["childContext"],
): VictimProfile =>
  victimProfile((d) => {
    d.person.isChild = isChild;
    if (context === undefined) delete d.childContext;
    else d.childContext = context;
  });

const guardian = (appointed: boolean) => ({ appointed, type: "legalGuardian" as const, ref: ids.other });

const cases: { name: string; given: VictimProfile; want: string[] }[] = [
  { name: "adult without child context", given: child("no"), want: [] },
  { name: "unknown age without child context", given: child("unknown"), want: [] },
  { name: "child without child context", given: child("yes"), want: ["/childContext"] },
  { name: "presumed child without child context", given: child("presumed"), want: ["/childContext"] },
  {
    name: "accompanied child without guardian",
    given: child("yes", { separation: "accompanied", bestInterestsAssessmentRefs: [] }),
    want: [],
  },
  {
    name: "unaccompanied child with an appointed guardian",
    given: child("yes", {
      separation: "unaccompanied",
      guardian: guardian(true),
      bestInterestsAssessmentRefs: [],
    }),
    want: [],
  },
  {
    name: "unaccompanied child without guardian: warning",
    given: child("presumed", { separation: "unaccompanied", bestInterestsAssessmentRefs: [] }),
    want: ["warning /childContext/guardian"],
  },
  {
    name: "unaccompanied child whose guardian is not yet appointed: warning",
    given: child("yes", {
      separation: "unaccompanied",
      guardian: guardian(false),
      bestInterestsAssessmentRefs: [],
    }),
    want: ["warning /childContext/guardian"],
  },
  {
    name: "separated child without guardian",
    given: child("yes", { separation: "separated", bestInterestsAssessmentRefs: [] }),
    want: [],
  },
];

describe("TRM-R002 child context", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r002.check(given, ctx))).toEqual(want);
  });

  it("gives different details for a missing and an unappointed guardian", () => {
    const missing = r002.check(
      child("yes", { separation: "unaccompanied", bestInterestsAssessmentRefs: [] }),
      ctx,
    );
    const pending = r002.check(
      child("yes", {
        separation: "unaccompanied",
        guardian: guardian(false),
        bestInterestsAssessmentRefs: [],
      }),
      ctx,
    );
    expect(missing[0]?.detail).not.toEqual(pending[0]?.detail);
  });
});
