// Table-driven tests of every code map: each row is checked against the Open TRM codelist, against the FHIR R4
// code system it targets, and through the writer (and, for maps read back, the reader) on a real document.
import type { Consent, FocalPoint, Referral, VictimProfile } from "@open-trm/schema";
import * as data from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import { buildBundle } from "../../src/fhir/bundle.js";
import type { TrmDocument } from "../../src/fhir/documents.js";
import { readUnchecked } from "../../src/fhir/reader.js";
import { CONSENT_CATEGORY, consentOf, RECIPIENT_ROLE } from "../../src/fhir/resources/consent.js";
import { endpointsOf, organizationOf, practitionerRoleOf } from "../../src/fhir/resources/organization.js";
import { patientOf } from "../../src/fhir/resources/patient.js";
import { REFERRAL_CATEGORY, serviceRequestOf, taskOf } from "../../src/fhir/resources/service-request.js";
import { type CodeMap, fromFhirCode, toFhirCode } from "../../src/fhir/tables/code-map.js";
import { codeMaps } from "../../src/fhir/tables/index.js";
import { FHIR } from "../../src/fhir/urls.js";
import type { WriteContext } from "../../src/fhir/write/context.js";
import { examples } from "./support/examples.js";
import { r4CodeSystems, valueSetConcepts } from "./support/r4-terminology.js";

const ctx: WriteContext = { present: new Map() };
const first = <T>(type: string) => examples().find((e) => e.doc.documentType === type)?.doc as T;
const vp = first<VictimProfile>("victimProfile");
const referral = first<Referral>("referral");
const consent = first<Consent>("consent");
const fp = first<FocalPoint>("focalPoint");
const systems = r4CodeSystems();
const codelist = (name: string) =>
  (Object.values(data) as unknown[]).find(
    (v): v is { name: string; codes: readonly string[] } =>
      typeof v === "object" && v !== null && "codes" in v && (v as { name?: string }).name === name,
  );

type Doc = Record<string, unknown>;
// How each map's FHIR code shows in the writer's output, and which document field holds the Open TRM code.
const probes: Record<
  string,
  { write: (code: string) => unknown; doc?: (code: string) => TrmDocument; at?: (d: Doc) => unknown }
> = {
  sexMap: {
    write: (code) => patientOf({ ...vp, person: { ...vp.person, sex: code as never } }, ctx).gender,
    doc: (code) => ({ ...vp, person: { ...vp.person, sex: code as never } }),
    at: (d) => (d.person as Doc).sex,
  },
  genderMap: {
    write: (code) =>
      patientOf({ ...vp, person: { ...vp.person, gender: code as never } }, ctx).extension?.find(
        (e) => e.url === FHIR.genderIdentityExtension,
      )?.valueCodeableConcept?.coding?.[0]?.code,
    doc: (code) => ({ ...vp, person: { ...vp.person, gender: code as never } }),
    at: (d) => (d.person as Doc).gender,
  },
  identityDocumentMap: {
    write: (code) => {
      const doc = {
        type: code as never,
        number: "TEST000999",
        issuingCountry: "AL" as const,
        heldBy: "person" as const,
      };
      const p = patientOf({ ...vp, person: { ...vp.person, identityDocuments: [doc] } }, ctx);
      return p.identifier?.[2]?.type?.coding?.find((c) => c.system === FHIR.identifierType)?.code ?? null;
    },
  },
  institutionTypeMap: {
    write: (code) =>
      organizationOf(
        { ...fp, institution: { ...fp.institution, type: code as never } },
        ctx,
      ).type[0]?.coding?.find((c) => c.system === FHIR.organizationType)?.code,
  },
  phoneTypeMap: {
    write: (code) =>
      practitionerRoleOf({ ...fp, phones: [{ number: "+447700900123", type: code as never }] }, ctx)
        .telecom?.[0]?.system,
  },
  secureChannelMap: {
    write: (code) => {
      const e = endpointsOf(
        { ...fp, secureChannels: [{ type: code as never, address: "x@example.org" }] },
        ctx,
      )[0];
      return e?.resource.connectionType.system === FHIR.endpointConnectionType
        ? e.resource.connectionType.code
        : null;
    },
  },
  weekdayMap: {
    write: (code) =>
      practitionerRoleOf(
        {
          ...fp,
          availability: {
            ...fp.availability,
            hours: [{ days: [code as never], opens: "09:00", closes: "17:00" }],
          },
        },
        ctx,
      ).availableTime?.[0]?.daysOfWeek[0],
    doc: (code) => ({
      ...fp,
      availability: {
        ...fp.availability,
        hours: [{ days: [code as never], opens: "09:00", closes: "17:00" }],
      },
    }),
    at: (d) => ((d.availability as Doc).hours as Doc[])[0]?.days,
  },
  legalBasisMap: {
    write: (code) => consentOf({ ...consent, legalBases: [code as never] }, ctx).policy?.[0]?.uri,
    doc: (code) => ({ ...consent, legalBases: [code as never] }),
    at: (d) => (d.legalBases as string[])[0],
  },
  urgencyMap: { write: (code) => serviceRequestOf({ ...referral, urgency: code as never }, ctx).priority },
  referralTaskStatusMap: {
    write: (code) => taskOf({ ...referral, status: code as never }, ctx).status,
    doc: (code) => ({ ...referral, status: code as never }),
    at: (d) => d.status,
  },
  referralRequestStatusMap: {
    write: (code) => serviceRequestOf({ ...referral, status: code as never }, ctx).status,
  },
  consentStatusMap: {
    write: (code) => {
      const events = consent.events.map((e, i) =>
        i === consent.events.length - 1 ? { ...e, state: code as never } : e,
      );
      return consentOf({ ...consent, events }, ctx).status;
    },
  },
  consentScopeMap: {
    write: (code) => consentOf({ ...consent, purposes: [code as never] }, ctx).scope.coding?.[0]?.code,
  },
};

const rows = Object.entries(codeMaps).flatMap(([name, map]) =>
  map.rows.map(([trm, fhir]) => ({ name, map, trm, fhir })),
);

describe.each(Object.entries(codeMaps))("the code map %s", (name, map: CodeMap) => {
  it("has one row per code of its Open TRM codelist, in the codelist's order", () => {
    expect(map.rows.map(([trm]) => trm)).toEqual(codelist(map.codelist)?.codes);
  });

  it("maps only to codes of its FHIR R4 code system (or of its stated vocabulary)", () => {
    const targets = map.rows.flatMap(([, fhir]) => (fhir === null ? [] : [fhir]));
    const known = systems.get(map.system);
    if (known === undefined) {
      expect(map.system.startsWith("https://w3id.org/dpv/")).toBe(true);
      for (const t of targets) expect(t.startsWith(map.system)).toBe(true);
    } else {
      for (const t of targets) expect(known.has(t), t).toBe(true);
    }
    expect(map.source).toMatch(/^https:\/\/(hl7\.org\/fhir\/R4\/|w3c\.github\.io\/dpv\/)/);
  });

  it("is one-to-one when the reader reads it back", () => {
    const targets = map.rows.map(([, fhir]) => fhir);
    if (map.read) expect(new Set(targets).size).toBe(targets.length);
    else expect(probes[name]?.doc).toBeUndefined();
  });
});

describe("every row of every code map", () => {
  it.each(rows)("$name: $trm is written as $fhir", ({ name, trm, fhir }) => {
    expect(probes[name]?.write(trm) ?? null).toBe(fhir);
  });

  it.each(rows.filter((r) => r.map.read))("$name: $fhir is read back as $trm", ({ name, trm }) => {
    const probe = probes[name];
    if (probe?.doc === undefined || probe.at === undefined) throw new Error(`no reading probe for ${name}`);
    const bundle = buildBundle([[probe.doc(trm), ""]]);
    if (!bundle.ok) throw new Error("refused");
    const back = readUnchecked(JSON.parse(JSON.stringify(bundle.value)));
    expect(back.issues).toEqual([]);
    const got = probe.at(back.doc as Doc);
    expect(Array.isArray(got) ? got[0] : got).toBe(trm);
  });
});

describe("hand-written cases", () => {
  it.each([
    ["sexMap", "intersex", "other"],
    ["genderMap", "notSpecified", "non-disclose"],
    ["genderMap", "transgenderWoman", "transgender-female"],
    ["identityDocumentMap", "passport", "PPN"],
    ["identityDocumentMap", "travelDocument", null],
    ["institutionTypeMap", "healthService", "prov"],
    ["phoneTypeMap", "cell", "phone"],
    ["secureChannelMap", "smime", "secure-email"],
    ["secureChannelMap", "securePlatform", null],
    ["weekdayMap", "su", "sun"],
    ["legalBasisMap", "explicitConsent9a", "https://w3id.org/dpv/legal/eu/gdpr#A9-2-a"],
    ["urgencyMap", "immediate", "stat"],
    ["referralTaskStatusMap", "withdrawn", "cancelled"],
    ["referralTaskStatusMap", "expired", "failed"],
    ["referralRequestStatusMap", "rejected", "revoked"],
    ["consentStatusMap", "refused", "rejected"],
    ["consentStatusMap", "renewed", "active"],
    ["consentScopeMap", "research", "research"],
    ["consentScopeMap", "statistics", "patient-privacy"],
  ] as const)("%s: %s -> %s", (name, given, want) => {
    const map = codeMaps[name] as CodeMap;
    expect(toFhirCode(map, given) ?? null).toBe(want);
    if (map.read && want !== null) expect(fromFhirCode(map, want)).toBe(given);
  });

  it("a consent whose purposes are all research has the research scope; any other purpose makes it privacy", () => {
    expect(consentOf({ ...consent, purposes: ["research"] }, ctx).scope.coding?.[0]?.code).toBe("research");
    expect(consentOf({ ...consent, purposes: ["research", "statistics"] }, ctx).scope.coding?.[0]?.code).toBe(
      "patient-privacy",
    );
  });
});

describe("fixed codes written beside the maps", () => {
  it("are codes of their R4 code systems and value sets", () => {
    expect(valueSetConcepts("http://hl7.org/fhir/ValueSet/consent-category", FHIR.loinc)).toContain(
      CONSENT_CATEGORY.code,
    );
    expect(systems.get(FHIR.participationType)?.has(RECIPIENT_ROLE.code)).toBe(true);
    expect(systems.get(FHIR.endpointPayloadType)?.has("any")).toBe(true);
    expect(systems.get(FHIR.consentScope)?.has("patient-privacy")).toBe(true);
    expect(REFERRAL_CATEGORY).toEqual({
      system: "http://snomed.info/sct",
      code: "3457005",
      display: "Patient referral",
    });
  });
});
