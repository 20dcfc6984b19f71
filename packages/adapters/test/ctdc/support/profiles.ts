// Victim profiles for the CTDC tests: the repository's examples, and a fast-check generator that mutates their
// fields within the fields' codelists (so every generated profile is valid; the tests assert that they are).
import { readdirSync, readFileSync } from "node:fs";
import type { VictimProfile } from "@open-trm/schema";
import {
  exploitationForm,
  gender,
  meansOfControl,
  recruiterRelationship,
  recruitmentMethod,
  sex,
  sexualExploitationType,
} from "@open-trm/schema/data";
import fc from "fast-check";

const DIR = new URL("../../../../../examples/victim-profile/", import.meta.url);

/** The example victim profiles, by file name. */
export const examples: ReadonlyMap<string, VictimProfile> = new Map(
  readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, DIR), "utf8")) as VictimProfile]),
);

/** One example by the start of its file name, deep-copied so a test can change it. */
export function example(prefix: string): VictimProfile {
  const found = [...examples].find(([name]) => name.startsWith(prefix));
  if (!found) throw new Error(`no example ${prefix}`);
  return structuredClone(found[1]);
}

/** Adult (isChild no) and child (isChild yes) examples used as bases of hand-written cases. */
export const adult = () => example("si-adult");
export const child = () => example("al-returned-child");

/** A synthetic version-4 UUID from a number (the examples' style: visibly invented). */
export const uuid = (n: number) =>
  `00000000-0000-4000-8000-${(900_000_000_000 + n).toString().padStart(12, "0")}`;

/** `n` copies of a profile with distinct ids. */
export const copies = (p: VictimProfile, n: number, from = 0): VictimProfile[] =>
  Array.from({ length: n }, (_, i) => ({ ...structuredClone(p), id: uuid(from + i) }));

// Small pools, so that generated datasets share values and some classes reach k.
const COUNTRIES = ["AL", "MD", "MK", "RS", "SI", "XK"] as const;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const subset = <T>(codes: readonly T[], min = 0) =>
  fc.uniqueArray(fc.constantFrom(...codes), { minLength: min, maxLength: 3 });
const birthDate = fc
  .tuple(
    fc.integer({ min: 1955, max: 2020 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .chain(([y, m, d]) => {
    const p = (n: number) => String(n).padStart(2, "0");
    return fc.constantFrom(`${y}`, `${y}-${p(m)}`, `${y}-${p(m)}-${p(d)}`);
  });

const set = <T extends object, K extends keyof T>(o: T, key: K, v: T[K] | undefined) => {
  if (v === undefined) delete o[key];
  else o[key] = v;
};

/** A valid victim profile: an example with some of its fields mutated within their codelists. */
export const victimProfile: fc.Arbitrary<VictimProfile> = fc
  .record({
    base: fc.constantFrom(...examples.values()),
    id: fc.integer({ min: 0, max: 999_999 }),
    sex: maybe(fc.constantFrom(...sex.codes)),
    gender: maybe(fc.constantFrom(...gender.codes)),
    birthDate: maybe(birthDate),
    citizenships: maybe(subset(COUNTRIES)),
    exploitationForms: maybe(subset(exploitationForm.codes, 1)),
    labourSectors: maybe(subset(["A", "C", "F", "G", "I", "T"] as const)),
    sexualExploitationTypes: maybe(subset(sexualExploitationType.codes)),
    meansOfControl: maybe(subset(meansOfControl.codes)),
    recruitmentMethods: maybe(subset(recruitmentMethod.codes)),
    recruiterRelationship: maybe(fc.constantFrom(...recruiterRelationship.codes)),
    exploitationCountry: maybe(fc.constantFrom(...COUNTRIES)),
    durationMonths: maybe(fc.nat({ max: 60 })),
    childStatus: fc.boolean(),
  })
  .map((m) => {
    const p = structuredClone(m.base);
    p.id = uuid(m.id);
    if (m.sex !== undefined) p.person.sex = m.sex;
    if (m.gender !== undefined) p.person.gender = m.gender;
    if (m.birthDate !== undefined) p.person.birthDate = m.birthDate;
    if (m.citizenships !== undefined) p.person.citizenships = m.citizenships;
    // Child examples stay children (they carry childContext and, some, a pending age assessment: TRM-R002, R003).
    const isChild = p.childContext === undefined ? ["no", "unknown"] : ["yes", "presumed"];
    p.person.isChild = (m.childStatus ? isChild[0] : isChild[1]) as VictimProfile["person"]["isChild"];
    const t = p.trafficking;
    if (m.exploitationForms !== undefined) t.exploitationForms = m.exploitationForms;
    set(t, "labourSectors", m.labourSectors ?? t.labourSectors);
    set(t, "sexualExploitationTypes", m.sexualExploitationTypes ?? t.sexualExploitationTypes);
    set(t, "meansOfControl", m.meansOfControl ?? t.meansOfControl);
    set(t, "recruitmentMethods", m.recruitmentMethods ?? t.recruitmentMethods);
    set(t, "recruiterRelationship", m.recruiterRelationship ?? t.recruiterRelationship);
    set(t, "durationMonths", m.durationMonths ?? t.durationMonths);
    if (m.exploitationCountry !== undefined)
      for (const e of t.events) if (e.type === "exploitation") e.country = m.exploitationCountry;
    return p;
  });

/** A dataset: generated profiles, each repeated 1 to `maxCopies` times (with distinct ids), so classes can reach k. */
export const dataset = (maxLength = 40, maxCopies = 14): fc.Arbitrary<VictimProfile[]> =>
  fc
    .array(fc.tuple(victimProfile, fc.integer({ min: 1, max: maxCopies })), {
      maxLength: Math.ceil(maxLength / 4),
    })
    .map((groups) => groups.flatMap(([p, times], i) => copies(p, times, i * 1000)).slice(0, maxLength));
