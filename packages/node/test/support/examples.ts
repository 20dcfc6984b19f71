// Test documents built from the repository's synthetic examples (examples/*): the referrals are turned back into
// freshly sent ones, the five national directories are merged into the one directory a node serves.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Consent, FocalPointDirectory, Referral } from "@open-trm/schema";

const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));

function load<T>(path: string): T {
  return JSON.parse(readFileSync(`${EXAMPLES}${path}`, "utf8")) as T;
}

/** Focal points of the examples (examples/README.md: `...5TSNN`, T country, NN number). */
export const fp = {
  mkNational: "00000000-0000-4000-8000-000000005101",
  mkCaseManager: "00000000-0000-4000-8000-000000005102",
  mkShelter: "00000000-0000-4000-8000-000000005103",
  al: "00000000-0000-4000-8000-000000005201",
  si: "00000000-0000-4000-8000-000000005301",
  siNgo: "00000000-0000-4000-8000-000000005302",
  md: "00000000-0000-4000-8000-000000005401",
  rs: "00000000-0000-4000-8000-000000005502",
  rsShelter: "00000000-0000-4000-8000-000000005503",
  rsSafeHouse: "00000000-0000-4000-8000-000000005504",
} as const;

/** One directory with the focal points of all five example countries. */
export function mergedDirectory(): FocalPointDirectory {
  const files = readdirSync(`${EXAMPLES}focal-point-directory`).sort();
  const directories = files.map((f) => load<FocalPointDirectory>(`focal-point-directory/${f}`));
  const first = directories[0] as FocalPointDirectory;
  return { ...first, focalPoints: directories.flatMap((d) => d.focalPoints) };
}

/** The example consents by file name; the Slovenian return consent also names the sender 5301 as a controller. */
export function exampleConsents(): Record<string, Consent> {
  const out: Record<string, Consent> = {};
  for (const f of readdirSync(`${EXAMPLES}consent`).sort())
    out[f.replace(/\.json$/, "")] = load<Consent>(`consent/${f}`);
  const si = out["si-adult-consent-return"] as Consent;
  out["si-adult-consent-return"] = { ...si, controllers: [...si.controllers, fp.si] };
  return out;
}

/** The example referral `name`, as it was when sent: status `sent`, history up to that entry, a new id. */
export function sentReferral(name: string, id: string = randomUUID()): Referral {
  const r = load<Referral>(`referral/${name}.json`);
  const sentAt = r.statusHistory.findIndex((e) => e.status === "sent");
  const history = r.statusHistory.slice(0, sentAt + 1);
  const { followUps: _later, ...rest } = r;
  return {
    ...rest,
    id,
    status: "sent",
    statusHistory: history,
    updatedAt: history.at(-1)?.at ?? r.createdAt,
  };
}

/**
 * `sentReferral`, except that the embedded victim profile of the child transfer carries the neutral stand-in
 * `notAsked` for `assistance.cooperationWithAuthorities`: the example has `witness` there, a criminalProceedings
 * field that its consent (3101) does not cover, so the node refuses the example as published (consent-gate test).
 */
export function coveredReferral(name: string, id: string = randomUUID()): Referral {
  const r = sentReferral(name, id);
  const profile = r.subject.victimProfile;
  if (profile === undefined) return r;
  const assistance = { ...profile.assistance, cooperationWithAuthorities: "notAsked" as const };
  return { ...r, subject: { ...r.subject, victimProfile: { ...profile, assistance } } };
}

/** The example referrals that go with a consent (sender focal point, consent file), and the override one. */
export const referralExamples = [
  { name: "si-to-md-adult-return-service-referral", sender: fp.si, consent: "si-adult-consent-return" },
  {
    name: "mk-to-al-child-case-transfer-return",
    sender: fp.mkNational,
    consent: "mk-guardian-consent-with-child-assent",
  },
  { name: "rs-national-referral-safe-house", sender: fp.rs, consent: "rs-guardian-consent-age-disputed" },
  {
    name: "rs-national-referral-rejected-no-capacity",
    sender: fp.rs,
    consent: "rs-guardian-consent-age-disputed",
  },
  { name: "mk-national-emergency-shelter-placement", sender: fp.mkCaseManager, consent: undefined },
] as const;
