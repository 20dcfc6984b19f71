// Example documents for the disclosure tests, read relative to this file (never from an absolute path).
import { readFileSync } from "node:fs";
import type { Consent, VictimProfile } from "@open-trm/schema";

const ROOT = new URL("../../../../", import.meta.url);

/** Parses a JSON file of the repository, by its path from the repository root. */
export function load<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, ROOT), "utf8")) as T;
}

export const profiles = {
  mkChild: load<VictimProfile>("examples/victim-profile/mk-presumed-child-sexual-exploitation.json"),
  alChild: load<VictimProfile>("examples/victim-profile/al-returned-child-receiving-side.json"),
  rsYoung: load<VictimProfile>("examples/victim-profile/rs-age-disputed-young-person.json"),
  siAdult: load<VictimProfile>("examples/victim-profile/si-adult-forced-labour-construction.json"),
  rich: load<VictimProfile>("packages/conformance/fixtures/victim-profile/valid/rich.json"),
  minimal: load<VictimProfile>("packages/conformance/fixtures/victim-profile/valid/minimal.json"),
  extension: load<VictimProfile>(
    "packages/conformance/fixtures/victim-profile/valid/extension-reverse-domain.json",
  ),
} as const;

export const consents = {
  mkGuardian: load<Consent>("examples/consent/mk-guardian-consent-with-child-assent.json"),
  siReturn: load<Consent>("examples/consent/si-adult-consent-return.json"),
  siWithdrawn: load<Consent>("examples/consent/si-adult-consent-law-enforcement-withdrawn.json"),
  rsGuardian: load<Consent>("examples/consent/rs-guardian-consent-age-disputed.json"),
} as const;

/** Focal points of the Moldovan directory (story 2) and the Albanian one (story 1). */
export const fp = {
  mdNational: "00000000-0000-4000-8000-000000005401",
  mdCentre: "00000000-0000-4000-8000-000000005402",
  mdConsular: "00000000-0000-4000-8000-000000005403",
  siNgo: "00000000-0000-4000-8000-000000005302",
  siReferrer: "00000000-0000-4000-8000-000000005301",
  siPolice: "00000000-0000-4000-8000-000000005303",
  mkNational: "00000000-0000-4000-8000-000000005101",
  mkGuardian: "00000000-0000-4000-8000-000000005102",
  alNational: "00000000-0000-4000-8000-000000005201",
} as const;

/** A deep copy with an edit applied. */
export function edit<T>(doc: T, change: (copy: T) => void): T {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}
