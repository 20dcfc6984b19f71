// The 29 synthetic examples of the repository, a few enriched copies that fill the fields no example uses, a
// document with empty lists and groups, and one referral exchange per example referral.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type {
  BestInterestsAssessment,
  Consent,
  FocalPoint,
  FocalPointDirectory,
  Referral,
  VictimProfile,
} from "@open-trm/schema";
import type { FhirExchange, TrmDocument } from "../../../src/fhir/index.js";

const EXAMPLES = fileURLToPath(new URL("../../../../../examples", import.meta.url));

/** One example file and its document. */
export interface Example {
  readonly name: string;
  readonly doc: TrmDocument;
}

/** Every example of the repository, as `<kebab-type>/<file>`. */
export function examples(): Example[] {
  return readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(EXAMPLES, d.name))
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => ({
          name: `${d.name}/${f}`,
          doc: JSON.parse(readFileSync(join(EXAMPLES, d.name, f), "utf8")) as TrmDocument,
        })),
    );
}

function byName<T extends TrmDocument>(name: string): T {
  const found = examples().find((e) => e.name === name);
  if (found === undefined) throw new Error(`no example ${name}`);
  return structuredClone(found.doc) as T;
}

const EXT = { "org.example.test": { note: "synthetic", nested: { list: [1, "two", null, true, {}] } } };

/** Copies of examples with the fields that no example fills (all synthetic; each still valid). */
export function enrichedExamples(): Example[] {
  const vp = byName<VictimProfile>("victim-profile/si-adult-forced-labour-construction.json");
  vp.assistance.residencePermit = { type: "victimOfTrafficking", from: "2026-04-01", to: "2027-03-31" };
  vp.person.dependants = { count: 2, accompanying: false };
  vp.person.gender = "nonBinary";
  vp.person.sex = "intersex";
  vp.person.contact = { phones: ["+447700900123"], emails: ["person@example.org"] };
  const referral = byName<Referral>("referral/si-to-md-adult-return-service-referral.json");
  referral.extensions = EXT;
  const consent = byName<Consent>("consent/si-adult-consent-return.json");
  consent.extensions = EXT;
  const last = consent.events[consent.events.length - 1];
  if (last !== undefined) last.validUntil = "2027-03-26T14:00:00+01:00";
  const bia = byName<BestInterestsAssessment>("best-interests-assessment/mk-comprehensive-bia.json");
  if (bia.domains !== undefined)
    bia.domains.basicNeeds.findings = "Synthetic finding: needs met in the shelter.";
  const fp = byName<FocalPoint>("focal-point/si-ngo-assistance-to-trafficked-persons.json");
  fp.subdivision = "SI-061";
  fp.institution.identifier = { scheme: "XI-EXAMPLE", value: "TEST 0001 / 100%" };
  fp.availability.hours = [{ days: ["sa", "su"], opens: "00:00", closes: "24:00" }];
  fp.secureChannels = [...(fp.secureChannels ?? []), { type: "other", address: "desk 4 % room\t2" }];
  const dir = byName<FocalPointDirectory>("focal-point-directory/md-national-directory.json");
  dir.extensions = EXT;
  const docs = { vp, referral, consent, bia, fp, dir };
  return Object.entries(docs).map(([k, doc]) => ({ name: `enriched/${k}`, doc }));
}

/** Documents whose optional lists and groups are present but empty (a case FHIR has no element for). */
export function emptyFieldExamples(): Example[] {
  const vp = byName<VictimProfile>("victim-profile/rs-age-disputed-young-person.json");
  vp.person.otherNames = [];
  vp.person.contact = {};
  vp.person.identityDocuments = [];
  vp.trafficking.labourSectors = [];
  vp.trafficking.onlinePlatforms = [];
  vp.assistance.needs = [];
  vp.assistance.services = [];
  vp.indicators = [];
  vp.extensions = {};
  const referral = byName<Referral>("referral/rs-national-referral-safe-house.json");
  referral.followUps = [];
  referral.logistics = {};
  referral.subject.citizenships = [];
  const consent = byName<Consent>("consent/si-adult-consent-law-enforcement-withdrawn.json");
  consent.withheld = { categories: [], fromRecipients: [], reason: "other" };
  const dir = byName<FocalPointDirectory>("focal-point-directory/si-national-directory.json");
  dir.focalPoints = [];
  const fp = byName<FocalPoint>("focal-point/md-consular-section-in-slovenia.json");
  fp.contactPerson = {};
  fp.secureChannels = [];
  if (fp.mandate !== undefined) fp.mandate.exploitationForms = [];
  const docs = { vp, referral, consent, dir, fp };
  return Object.entries(docs).map(([k, doc]) => ({ name: `empty/${k}`, doc }));
}

function uuidsIn(v: unknown, out = new Set<string>()): Set<string> {
  if (typeof v === "string") out.add(v);
  else if (Array.isArray(v)) for (const x of v) uuidsIn(x, out);
  else if (typeof v === "object" && v !== null) for (const x of Object.values(v)) uuidsIn(x, out);
  return out;
}

/** One exchange per example referral: its case, its consent and the focal points it names, where they exist. */
export function exchanges(): { name: string; exchange: FhirExchange }[] {
  const all = examples();
  const focalPoints = new Map<string, FocalPoint>();
  for (const { doc } of all) {
    const fps =
      doc.documentType === "focalPointDirectory"
        ? doc.focalPoints
        : doc.documentType === "focalPoint"
          ? [doc]
          : [];
    for (const fp of fps) if (!focalPoints.has(fp.id)) focalPoints.set(fp.id, fp);
  }
  return all
    .filter((e) => e.doc.documentType === "referral")
    .map(({ name, doc }) => {
      const referral = doc as Referral;
      const find = (type: string, id: string | undefined) =>
        all.find((e) => e.doc.documentType === type && e.doc.id === id)?.doc;
      const named = [...uuidsIn(referral)].flatMap((id) => focalPoints.get(id) ?? []);
      const exchange: Record<string, unknown> = { referral };
      const vp = find("victimProfile", referral.caseRef);
      const consent = find("consent", referral.consentRef);
      if (vp !== undefined) exchange.victimProfile = vp;
      if (consent !== undefined) exchange.consent = consent;
      if (named.length > 0) exchange.focalPoints = named;
      return { name, exchange: exchange as unknown as FhirExchange };
    });
}
