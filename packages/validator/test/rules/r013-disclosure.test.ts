import type { Referral } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r013 } from "../../src/rules/r013-disclosure.js";
import { ctx, referral, summary, victimProfile } from "./support/builders.js";

const disclosing = (edit: (d: Referral) => void, disclosed: string[], withheld: string[] = []) =>
  referral((d) => {
    edit(d);
    d.disclosure = { disclosedFields: disclosed, withheldFields: withheld };
  });

const rich = (d: Referral) => {
  d.subject.sex = "female";
  d.subject.citizenships = ["AL"];
  d.subject.languages = ["sq"];
  d.subject.interpreterNeeded = true;
  d.subject.exploitationForms = ["sexualExploitation"];
};
const RICH = [
  "/subject/isChild",
  "/subject/sex",
  "/subject/citizenships",
  "/subject/languages",
  "/subject/exploitationForms",
];

const embed = (d: Referral) => {
  d.subject.victimProfile = victimProfile((v) => {
    v.person.givenNames = "Ana";
    v.trafficking.events = [{ type: "exploitation", country: "IT", place: "Bari", from: "2024" }];
    v.extensions = { "org.example.ngo": { "a/b~c": 1 } };
  });
};
const P = "/subject/victimProfile";
// Every present quasi, direct, special and free-text leaf of the embedded profile; empty `needs` is optional.
const EMBEDDED = [
  "/subject/isChild",
  `${P}/createdAt`,
  `${P}/updatedAt`,
  `${P}/extensions`,
  `${P}/person/givenNames`,
  `${P}/person/isChild`,
  `${P}/person/citizenships`,
  `${P}/person/languages/0/tag`,
  `${P}/trafficking/exploitationForms`,
  `${P}/trafficking/events/0/country`,
  `${P}/trafficking/events/0/place`,
  `${P}/trafficking/events/0/from`,
  `${P}/assistance/cooperationWithAuthorities`,
];
const none = () => {};

const cases: { name: string; given: Referral; want: string[] }[] = [
  { name: "the minimal subject", given: referral(), want: [] },
  { name: "every sensitive subject field listed", given: disclosing(rich, RICH), want: [] },
  {
    name: "a present field not listed",
    given: disclosing(
      rich,
      RICH.filter((p) => p !== "/subject/sex"),
    ),
    want: ["/subject/sex"],
  },
  {
    name: "an absent field listed",
    given: disclosing(none, ["/subject/isChild", "/subject/ageBand"]),
    want: ["/disclosure/disclosedFields/1"],
  },
  {
    name: "a non-sensitive field listed",
    given: disclosing(none, ["/subject/isChild", "/subject/identificationStatus"]),
    want: ["/disclosure/disclosedFields/1"],
  },
  {
    name: "a pointer outside the standard listed",
    given: disclosing(none, ["/subject/isChild", "/person/givenNames"]),
    want: ["/disclosure/disclosedFields/1"],
  },
  { name: "nothing listed", given: disclosing(none, []), want: ["/subject/isChild"] },
  {
    name: "an empty array need not be listed",
    given: disclosing(
      (d) => {
        d.subject.citizenships = [];
      },
      ["/subject/isChild"],
    ),
    want: [],
  },
  {
    name: "an empty array may be listed",
    given: disclosing(
      (d) => {
        d.subject.citizenships = [];
      },
      ["/subject/isChild", "/subject/citizenships"],
    ),
    want: [],
  },
  { name: "embedded profile, leaf by leaf", given: disclosing(embed, EMBEDDED), want: [] },
  {
    name: "embedded profile with its empty needs listed",
    given: disclosing(embed, [...EMBEDDED, `${P}/assistance/needs`]),
    want: [],
  },
  {
    name: "embedded profile with a place not listed",
    given: disclosing(
      embed,
      EMBEDDED.filter((p) => !p.endsWith("/place")),
    ),
    want: [`${P}/trafficking/events/0/place`],
  },
  {
    name: "embedded profile listed by its parent only",
    given: disclosing(embed, ["/subject/isChild", P]),
    want: ["/disclosure/disclosedFields/1", ...EMBEDDED.slice(1)],
  },
  {
    name: "a disclosed field also withheld",
    given: disclosing(rich, RICH, ["/subject/ageBand", "/subject/sex"]),
    want: ["/disclosure/withheldFields/1"],
  },
  {
    name: "a present field withheld but not listed",
    given: disclosing(
      rich,
      RICH.filter((p) => p !== "/subject/sex"),
      ["/subject/sex"],
    ),
    want: ["/subject/sex", "/disclosure/withheldFields/0"],
  },
  {
    name: "a withheld array left empty",
    given: disclosing(
      (d) => {
        d.subject.citizenships = [];
      },
      ["/subject/isChild"],
      ["/subject/citizenships"],
    ),
    want: [],
  },
];

describe("TRM-R013 disclosure lists exactly the sensitive fields", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r013.check(given, ctx))).toEqual(want);
  });

  it("says whether a listed field is absent or not sensitive", () => {
    const [absent] = r013.check(disclosing(none, ["/subject/isChild", "/subject/ageBand"]), ctx);
    const [internal] = r013.check(
      disclosing(none, ["/subject/isChild", "/subject/identificationStatus"]),
      ctx,
    );
    expect(absent?.detail).not.toEqual(internal?.detail);
  });
});
