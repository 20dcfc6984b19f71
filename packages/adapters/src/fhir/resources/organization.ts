// focalPoint -> Organization + PractitionerRole + Endpoint (hl7.org/fhir/R4/organization.html,
// practitionerrole.html, endpoint.html). The Organization is the institution and stands for the focal point (its
// fullUrl is the focal point id, so references to focal points resolve to it); the PractitionerRole is the
// contact point with its roles, phones, e-mails and hours; each secure channel is an Endpoint.
import type { FocalPoint } from "@open-trm/schema";
import { trmCoding, trmConcept } from "../codings.js";
import { listItemAt } from "../specs/dsl.js";
import { fieldNodes } from "../specs/index.js";
import { toFhirCode } from "../tables/code-map.js";
import { institutionTypeMap, phoneTypeMap, secureChannelMap, weekdayMap } from "../tables/codes.js";
import type {
  FhirContactPoint,
  FhirEndpoint,
  FhirOrganization,
  FhirPractitionerRole,
  FhirReference,
} from "../types.js";
import { documentExtensionUrl, FHIR, profileUrl, UUID_URN_PREFIX } from "../urls.js";
import { derivedUuid, documentIdentifier, type WriteContext } from "../write/context.js";
import { documentExtensions, encodeExtension } from "../write/encode.js";
import { maybe, some } from "../write/shape.js";

const node = fieldNodes.focalPoint;
const phoneItem = listItemAt(node, "/phones");
const channelItem = listItemAt(node, "/secureChannels");

/**
 * A FHIR `time` for an Open TRM `HH:MM`; FHIR has no 24:00, so the end of the day is 23:59:59.
 * @example
 * fhirTime("09:30"); // "09:30:00"
 */
export function fhirTime(hhmm: string): string {
  return hhmm === "24:00" ? "23:59:59" : `${hhmm}:00`;
}

/**
 * An Endpoint address (a FHIR `url`, no whitespace): `%` and whitespace are percent-encoded (RFC 3986 2.1).
 * @example
 * endpointAddress("desk 4"); // "desk%204"
 */
export function endpointAddress(address: string): string {
  return address.replace(/[%\s]/gu, (c) => encodeURIComponent(c));
}

/**
 * The fullUrl UUIDs of a focal point's PractitionerRole and Endpoints (stable for the same focal point).
 * @example
 * focalPointUuids(focalPoint).endpoints.length; // the number of secure channels
 */
export function focalPointUuids(fp: FocalPoint): { role: string; endpoints: string[] } {
  return {
    role: derivedUuid(fp.id, "PractitionerRole"),
    endpoints: (fp.secureChannels ?? []).map((_, i) => derivedUuid(fp.id, `Endpoint/${i}`)),
  };
}

const local = (type: string, uuid: string): FhirReference => ({
  reference: `${UUID_URN_PREFIX}${uuid}`,
  type,
  identifier: documentIdentifier(uuid),
});

/**
 * The Organization of a focal point (its institution).
 * @example
 * organizationOf(focalPoint, { present: new Map() }).name; // the institution's name
 */
export function organizationOf(fp: FocalPoint, ctx: WriteContext): FhirOrganization {
  const i = fp.institution;
  const org = toFhirCode(institutionTypeMap, i.type);
  return {
    resourceType: "Organization",
    meta: { profile: [profileUrl("focalPoint")] },
    extension: documentExtensions("focalPoint", fp, node, ctx),
    identifier: [
      documentIdentifier(fp.id),
      ...(i.identifier === undefined
        ? []
        : [{ use: "official" as const, type: { text: i.identifier.scheme }, value: i.identifier.value }]),
    ],
    active: fp.status === "active",
    type: [
      trmConcept(
        "institutionType",
        i.type,
        ...(org === undefined ? [] : [{ system: FHIR.organizationType, code: org }]),
      ),
    ],
    name: i.name,
    ...some("telecom", i.website === undefined ? [] : [{ system: "url" as const, value: i.website }]),
  };
}

function telecom(fp: FocalPoint, ctx: WriteContext): FhirContactPoint[] {
  const url = documentExtensionUrl("focalPoint", "/phones");
  return [
    ...fp.phones.map((p) => ({
      ...some("extension", encodeExtension(url, p, phoneItem, ctx)),
      system: (toFhirCode(phoneTypeMap, p.type) ?? "other") as FhirContactPoint["system"],
      value: p.number,
      ...maybe("use", p.type === "cell" ? ("mobile" as const) : undefined),
    })),
    ...fp.emails.map((value) => ({ system: "email" as const, value })),
  ];
}

/**
 * The PractitionerRole of a focal point: the contact point of the institution.
 * @example
 * practitionerRoleOf(focalPoint, { present: new Map() }).code.length; // the number of roles
 */
export function practitionerRoleOf(fp: FocalPoint, ctx: WriteContext): FhirPractitionerRole {
  const uuids = focalPointUuids(fp);
  const hours = fp.availability.hours ?? [];
  return {
    resourceType: "PractitionerRole",
    meta: { profile: [profileUrl("focalPoint", "role")] },
    identifier: [documentIdentifier(uuids.role)],
    active: fp.status === "active",
    organization: {
      reference: `${UUID_URN_PREFIX}${fp.id}`,
      type: "Organization",
      identifier: documentIdentifier(fp.id),
    },
    code: fp.roles.map((r) => trmConcept("focalPointRole", r)),
    ...some("telecom", telecom(fp, ctx)),
    ...some(
      "availableTime",
      hours.map((h) => ({
        daysOfWeek: h.days.map((d) => toFhirCode(weekdayMap, d) ?? d),
        availableStartTime: fhirTime(h.opens),
        availableEndTime: fhirTime(h.closes),
      })),
    ),
    ...maybe("availabilityExceptions", fp.availability.outOfHours),
    ...some(
      "endpoint",
      uuids.endpoints.map((u) => local("Endpoint", u)),
    ),
  };
}

/**
 * The Endpoints of a focal point's secure channels, with their fullUrl UUIDs.
 * @example
 * endpointsOf(focalPoint, { present: new Map() }).length; // the number of secure channels
 */
export function endpointsOf(fp: FocalPoint, ctx: WriteContext): { uuid: string; resource: FhirEndpoint }[] {
  const url = documentExtensionUrl("focalPoint", "/secureChannels");
  const uuids = focalPointUuids(fp).endpoints;
  return (fp.secureChannels ?? []).map((c, i) => {
    const uuid = uuids[i] ?? derivedUuid(fp.id, `Endpoint/${i}`);
    const mapped = toFhirCode(secureChannelMap, c.type);
    return {
      uuid,
      resource: {
        resourceType: "Endpoint",
        meta: { profile: [profileUrl("focalPoint", "endpoint")] },
        ...some("extension", encodeExtension(url, c, channelItem, ctx)),
        identifier: [documentIdentifier(uuid)],
        status: fp.status === "active" ? "active" : "off",
        connectionType:
          mapped === undefined
            ? trmCoding("secureChannelType", c.type)
            : { system: FHIR.endpointConnectionType, code: mapped },
        managingOrganization: local("Organization", fp.id),
        payloadType: [{ coding: [{ system: FHIR.endpointPayloadType, code: "any", display: "Any" }] }],
        address: endpointAddress(c.address),
      },
    };
  });
}
