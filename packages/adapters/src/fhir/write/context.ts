import { createHash } from "node:crypto";
import type { DocumentTypeName } from "@open-trm/schema/data";
import type { RefTarget } from "../specs/dsl.js";
import type { FhirIdentifier, FhirReference } from "../types.js";
import { URI_SYSTEM, UUID_URN_PREFIX } from "../urls.js";

/** The resource that stands for each document type (its fullUrl is `urn:uuid:` + the document id). */
export const ROOT_RESOURCE: Readonly<Record<DocumentTypeName, string>> = {
  victimProfile: "Patient",
  referral: "ServiceRequest",
  consent: "Consent",
  bestInterestsAssessment: "ClinicalImpression",
  focalPoint: "Organization",
  focalPointDirectory: "List",
};

/** What the writer knows about the Bundle being built. */
export interface WriteContext {
  /** Root resource type of every Open TRM document in the Bundle, by document id. */
  readonly present: ReadonlyMap<string, string>;
}

/**
 * The identifier of an Open TRM document: its UUID as a `urn:uuid:` URI (FHIR identifier system RFC 3986).
 * @example
 * documentIdentifier("00000000-0000-4000-8000-000000001101").value; // "urn:uuid:00000000-0000-4000-8000-000000001101"
 */
export function documentIdentifier(id: string): FhirIdentifier {
  return { system: URI_SYSTEM, value: `${UUID_URN_PREFIX}${id}` };
}

/**
 * A reference to an Open TRM document: always logical (its identifier), and literal (`urn:uuid:` fullUrl) when
 * the document is in the same Bundle, so that every literal reference resolves inside the Bundle.
 * @example
 * reference({ present: new Map() }, "focalPoint", "00000000-0000-4000-8000-000000005101").type; // "Organization"
 */
export function reference(ctx: WriteContext, target: RefTarget, id: string): FhirReference {
  const type = ROOT_RESOURCE[target];
  const logical = { type, identifier: documentIdentifier(id) };
  return ctx.present.get(id) === type ? { reference: `${UUID_URN_PREFIX}${id}`, ...logical } : logical;
}

/**
 * A stable UUID for a resource that has no Open TRM id of its own (a Task, PractitionerRole or Endpoint), built
 * like an RFC 9562 version 5 UUID from the document id and a label, so the same document gives the same Bundle.
 * @example
 * derivedUuid("00000000-0000-4000-8000-000000002101", "Task").length; // 36
 */
export function derivedUuid(id: string, label: string): string {
  const h = createHash("sha1").update(`${id}/${label}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
