// victimProfile -> Patient (hl7.org/fhir/R4/patient.html). Names, sex, birth date, citizenships, languages,
// identity documents, contacts and the case owner use Patient elements and R4 core extensions; every other field
// travels in the `victim-profile-fields` extension.
import type { VictimProfile } from "@open-trm/schema";
import { trmConcept } from "../codings.js";
import { listItemAt } from "../specs/dsl.js";
import { fieldNodes } from "../specs/index.js";
import { toFhirCode } from "../tables/code-map.js";
import { genderMap, identityDocumentMap, sexMap } from "../tables/codes.js";
import type { FhirExtension, FhirHumanName, FhirIdentifier, FhirPatient } from "../types.js";
import { CORRELATION_ID_SYSTEM, documentExtensionUrl, FHIR, profileUrl } from "../urls.js";
import { documentIdentifier, reference, type WriteContext } from "../write/context.js";
import { documentExtensions, encodeExtension } from "../write/encode.js";
import { maybe, some } from "../write/shape.js";

type Person = VictimProfile["person"];
const node = fieldNodes.victimProfile;

const languageItem = listItemAt(node, "/person/languages");
const documentItem = listItemAt(node, "/person/identityDocuments");

function names(p: Person): FhirHumanName[] {
  const official: FhirHumanName[] =
    p.givenNames === undefined && p.familyNames === undefined
      ? []
      : [{ use: "official", ...maybe("family", p.familyNames), ...maybe("given", maybeList(p.givenNames)) }];
  return [...official, ...(p.otherNames ?? []).map((text) => ({ use: "nickname" as const, text }))];
}

function maybeList(v: string | undefined): string[] | undefined {
  return v === undefined ? undefined : [v];
}

function identityDocuments(p: Person, ctx: WriteContext): FhirIdentifier[] {
  const url = documentExtensionUrl("victimProfile", "/person/identityDocuments");
  return (p.identityDocuments ?? []).map((d) => {
    const v2 = toFhirCode(identityDocumentMap, d.type);
    const translation = v2 === undefined ? [] : [{ system: FHIR.identifierType, code: v2 }];
    return {
      ...some("extension", encodeExtension(url, d, documentItem, ctx)),
      type: trmConcept("identityDocumentType", d.type, ...translation),
      value: d.number,
    };
  });
}

function personExtensions(p: Person): FhirExtension[] {
  const identity = p.gender === undefined ? undefined : toFhirCode(genderMap, p.gender);
  const gender =
    identity === undefined
      ? []
      : [
          {
            url: FHIR.genderIdentityExtension,
            valueCodeableConcept: { coding: [{ system: FHIR.genderIdentitySystem, code: identity }] },
          },
        ];
  const citizenships = p.citizenships.map((code) => ({
    url: FHIR.citizenshipExtension,
    extension: [{ url: "code", valueCodeableConcept: { coding: [{ system: FHIR.iso3166, code }] } }],
  }));
  return [...gender, ...citizenships];
}

/**
 * The Patient of a victim profile; `containedId` gives it a local id when a ServiceRequest contains it.
 * @example
 * patientOf(victimProfile, { present: new Map() }).resourceType; // "Patient"
 */
export function patientOf(vp: VictimProfile, ctx: WriteContext, containedId?: string): FhirPatient {
  const p = vp.person;
  const languagesUrl = documentExtensionUrl("victimProfile", "/person/languages");
  const telecom = [
    ...(p.contact?.phones ?? []).map((value) => ({ system: "phone" as const, value })),
    ...(p.contact?.emails ?? []).map((value) => ({ system: "email" as const, value })),
  ];
  return {
    resourceType: "Patient",
    ...maybe("id", containedId),
    meta: { profile: [profileUrl("victimProfile")] },
    extension: documentExtensions("victimProfile", vp, node, ctx, personExtensions(p)),
    identifier: [
      documentIdentifier(vp.id),
      { system: CORRELATION_ID_SYSTEM, value: vp.correlationId },
      ...identityDocuments(p, ctx),
    ],
    ...some("name", names(p)),
    ...some("telecom", telecom),
    ...maybe(
      "gender",
      p.sex === undefined ? undefined : (toFhirCode(sexMap, p.sex) as FhirPatient["gender"]),
    ),
    ...maybe("birthDate", p.birthDate),
    ...some(
      "communication",
      p.languages.map((l) => ({
        ...some("extension", encodeExtension(languagesUrl, l, languageItem, ctx)),
        language: { coding: [{ system: FHIR.bcp47, code: l.tag }] },
      })),
    ),
    managingOrganization: reference(ctx, "focalPoint", vp.caseOwner),
  };
}
