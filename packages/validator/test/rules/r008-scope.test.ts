import type { Referral } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { r008 } from "../../src/rules/r008-scope.js";
import { ctx, referral, summary } from "./support/builders.js";

const scoped = (scope: Referral["scope"], from: "AL" | "MK", to: "AL" | "MK") =>
  referral((d) => {
    d.scope = scope;
    d.from.country = from;
    d.to.country = to;
  });

const cases: { name: string; given: Referral; want: string[] }[] = [
  { name: "transnational across a border", given: scoped("transnational", "AL", "MK"), want: [] },
  { name: "national within a country", given: scoped("national", "AL", "AL"), want: [] },
  { name: "transnational within a country", given: scoped("transnational", "MK", "MK"), want: ["/scope"] },
  { name: "national across a border", given: scoped("national", "AL", "MK"), want: ["/scope"] },
];

describe("TRM-R008 scope", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(summary(r008.check(given, ctx))).toEqual(want);
  });
});
