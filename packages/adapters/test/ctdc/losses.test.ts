// No silent loss: every leaf of every input profile is either read by a column of the layout or listed in the
// losses (aggregated by pointer pattern), and the losses name no value.
import type { VictimProfile } from "@open-trm/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flagRows2021, flagRows2024 } from "../../src/ctdc/encodings.js";
import { type CtdcLayout, toCtdc } from "../../src/ctdc/index.js";
import type { Loss } from "../../src/result.js";
import { adult, copies, examples, victimProfile } from "./support/profiles.js";

// Written out by hand from the mapping (docs/mappings/ctdc.md): the leaf patterns a layout's columns read.
// biome-ignore format: list
const COMMON = [
  "/documentType", "/createdAt", "/person/gender", "/person/sex", "/person/birthDate", "/person/citizenships",
  "/person/citizenships/*", "/trafficking/meansOfControl", "/trafficking/meansOfControl/*",
  "/trafficking/exploitationForms/*", "/trafficking/labourSectors", "/trafficking/labourSectors/*",
  "/trafficking/sexualExploitationTypes", "/trafficking/sexualExploitationTypes/*",
  "/trafficking/recruiterRelationship", "/trafficking/events", "/trafficking/events/*/country",
  "/trafficking/events/*/type",
];
// biome-ignore format: list
const MAPPED: Readonly<Record<CtdcLayout, readonly string[]>> = {
  "2021": [...COMMON, "/person/isChild", "/trafficking/events/*/from", "/trafficking/recruitmentMethods", "/trafficking/recruitmentMethods/*"],
  "2024": [...COMMON, "/trafficking/durationMonths"],
};

// The only reasons a loss may give (before its count): fixed texts, so no value can leak into them.
const REASONS = new RegExp(
  `^(${[
    "a direct identifier: CTDC rows never carry one",
    "a record identifier or reference: CTDC rows carry none",
    "free text: CTDC rows never carry it",
    "(special-category data: )?no column of the CTDC (2021|2024) layout carries it",
    "no value of the CTDC gender column stands for this code",
    "the gender column carries the gender identity, not the sex",
    "its age band contradicts the child status, so no age band is published",
    "CTDC has one citizenship column: the first is published",
    "CTDC has one country of exploitation: that of the first exploitation event",
  ].join("|")}) \\(in \\d+ of \\d+ profiles\\)$`,
);

function leaves(value: unknown, base = ""): string[] {
  if (Array.isArray(value))
    return value.length === 0 ? [base] : value.flatMap((v, i) => leaves(v, `${base}/${i}`));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    return entries.length === 0
      ? [base]
      : entries.flatMap(([k, v]) => leaves(v, `${base}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  }
  return [base];
}
const pattern = (p: string) => p.replace(/\/\d+(?=\/|$)/g, "/*");

function lossesOf(profiles: readonly VictimProfile[], layout: CtdcLayout): readonly Loss[] {
  const r = toCtdc(profiles, { layout, k: 1 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.losses;
}

function expectNoSilentLoss(profiles: readonly VictimProfile[], layout: CtdcLayout): void {
  const losses = lossesOf(profiles, layout);
  const lost = new Set(losses.map((l) => l.pointer));
  const present = new Set(profiles.flatMap((p) => leaves(p).map(pattern)));
  for (const p of present) {
    if (!MAPPED[layout].includes(p)) expect(lost, `${p} is neither mapped nor lost`).toContain(`/*${p}`);
  }
  for (const l of losses) {
    expect(present, `${l.pointer} is not in the input`).toContain(l.pointer.slice(2));
    expect(l.reason).toMatch(REASONS);
  }
}

describe("losses", () => {
  it.each(
    [...examples.keys()].flatMap((name) => (["2021", "2024"] as const).map((layout) => ({ name, layout }))),
  )("$name ($layout): every leaf is mapped or listed", ({ name, layout }) => {
    expectNoSilentLoss([examples.get(name) as VictimProfile], layout);
  });

  it.each(["2021", "2024"] as const)("%s: generated profiles lose nothing silently", (layout) => {
    fc.assert(
      fc.property(fc.array(victimProfile, { maxLength: 5 }), (ps) => expectNoSilentLoss(ps, layout)),
      {
        numRuns: 40,
      },
    );
  });

  it.each(["2021", "2024"] as const)("%s: a code the layout has no column for is listed", (layout) => {
    const tables = layout === "2021" ? flagRows2021 : flagRows2024;
    const mapped = new Set(Object.values(tables).flatMap((rows) => rows.flatMap((r) => r.codes)));
    const p = adult();
    p.trafficking.meansOfControl = ["other", "unknown", "debtBondage"];
    p.trafficking.recruitmentMethods = ["abduction"];
    const losses = lossesOf([p], layout).map((l) => l.pointer);
    for (const [field, codes] of [
      ["meansOfControl", p.trafficking.meansOfControl],
      ["recruitmentMethods", p.trafficking.recruitmentMethods],
    ] as const) {
      const unmapped = codes.some((c) => !mapped.has(c));
      expect(losses.includes(`/*/trafficking/${field}/*`)).toBe(unmapped);
    }
  });

  it("stay one entry per pattern and reason however large the dataset", () => {
    const few = lossesOf([...examples.values()], "2024");
    const many = lossesOf(
      [...examples.values()].flatMap((p, i) => copies(p, 100, i * 1000)),
      "2024",
    );
    expect(many.map((l) => l.pointer)).toEqual(few.map((l) => l.pointer));
    expect(many.length).toBeLessThan(100);
    expect(many.find((l) => l.pointer === "/*/person/givenNames")?.reason).toMatch(
      /\(in 400 of 400 profiles\)$/,
    );
  });
});
