import type { VictimProfile } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r003 } from "../../src/rules/r003-presumption-of-minority.js";
import { ctx, summary, victimProfile } from "./support/builders.js";

type Outcome = NonNullable<VictimProfile["person"]["ageAssessment"]>["outcome"];

const person = (isChild: VictimProfile["person"]["isChild"], outcome?: Outcome, disputed = false) =>
  victimProfile((d) => {
    d.person.isChild = isChild;
    if (isChild === "yes" || isChild === "presumed") {
      d.childContext = { separation: "accompanied", bestInterestsAssessmentRefs: [] };
    }
    if (outcome !== undefined)
      d.person.ageAssessment = { method: "interview", date: "2025-02-01", outcome, disputed };
  });

const cases: { name: string; given: VictimProfile; want: string[] }[] = [
  { name: "adult without age assessment", given: person("no"), want: [] },
  { name: "adult assessed as adult", given: person("no", "adult"), want: [] },
  { name: "pending assessment and isChild no", given: person("no", "pending"), want: ["/person/isChild"] },
  {
    name: "inconclusive assessment and isChild no",
    given: person("no", "inconclusive"),
    want: ["/person/isChild"],
  },
  {
    name: "disputed adult outcome and isChild no",
    given: person("no", "adult", true),
    want: ["/person/isChild"],
  },
  { name: "pending assessment, presumed child", given: person("presumed", "pending"), want: [] },
  { name: "inconclusive assessment, unknown", given: person("unknown", "inconclusive"), want: [] },
  { name: "disputed, child", given: person("yes", "adult", true), want: [] },
];

describe("TRM-R003 presumption of minority", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r003.check(given, ctx))).toEqual(want);
  });
});
