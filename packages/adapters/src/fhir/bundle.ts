// Builds transaction Bundles (hl7.org/fhir/R4/http.html#transaction): every resource has a `urn:uuid:` fullUrl and
// a conditional create (POST with ifNoneExist on its identifier), and every literal reference names an entry of
// the same Bundle.
import type { FocalPoint } from "@open-trm/schema";
import { checkTrmInput, failure, failures, success } from "../internal/result.js";
import type { AdapterIssue, AdapterResult } from "../result.js";
import type { FhirExchange, TrmDocument } from "./documents.js";
import { escapeToken, isRecord } from "./json.js";
import { clinicalImpressionOf } from "./resources/clinical-impression.js";
import { consentOf } from "./resources/consent.js";
import { listOf } from "./resources/list.js";
import {
  endpointsOf,
  focalPointUuids,
  organizationOf,
  practitionerRoleOf,
} from "./resources/organization.js";
import { patientOf } from "./resources/patient.js";
import { serviceRequestOf, taskOf, taskUuid } from "./resources/service-request.js";
import type { FhirBundle, FhirBundleEntry, FhirResource } from "./types.js";
import { URI_SYSTEM, UUID_URN_PREFIX } from "./urls.js";
import { ROOT_RESOURCE, type WriteContext } from "./write/context.js";

function entry(uuid: string, resource: FhirResource): FhirBundleEntry {
  const urn = `${UUID_URN_PREFIX}${uuid}`;
  return {
    fullUrl: urn,
    resource,
    request: { method: "POST", url: resource.resourceType, ifNoneExist: `identifier=${URI_SYSTEM}|${urn}` },
  };
}

function focalPointEntries(fp: FocalPoint, ctx: WriteContext): FhirBundleEntry[] {
  return [
    entry(fp.id, organizationOf(fp, ctx)),
    entry(focalPointUuids(fp).role, practitionerRoleOf(fp, ctx)),
    ...endpointsOf(fp, ctx).map((e) => entry(e.uuid, e.resource)),
  ];
}

function entriesOf(doc: TrmDocument, ctx: WriteContext): FhirBundleEntry[] {
  switch (doc.documentType) {
    case "victimProfile":
      return [entry(doc.id, patientOf(doc, ctx))];
    case "referral":
      return [entry(doc.id, serviceRequestOf(doc, ctx)), entry(taskUuid(doc.id), taskOf(doc, ctx))];
    case "consent":
      return [entry(doc.id, consentOf(doc, ctx))];
    case "bestInterestsAssessment":
      return [entry(doc.id, clinicalImpressionOf(doc, ctx))];
    case "focalPoint":
      return focalPointEntries(doc, ctx);
    case "focalPointDirectory":
      return [
        entry(doc.id, listOf(doc, ctx)),
        ...doc.focalPoints.flatMap((fp) => focalPointEntries(fp, ctx)),
      ];
  }
}

// The documents written as Bundle entries (a directory's focal points are entries of their own).
function members(doc: TrmDocument, path: string): [TrmDocument, string][] {
  const own: [TrmDocument, string] = [doc, path];
  if (doc.documentType !== "focalPointDirectory") return [own];
  return [own, ...doc.focalPoints.map((fp, i): [TrmDocument, string] => [fp, `${path}/focalPoints/${i}`])];
}

/**
 * The transaction Bundle of documents that were already validated (or, in tests, deliberately not); internal.
 * @example
 * buildBundle([[victimProfile, ""]]);
 */
export function buildBundle(docs: readonly [TrmDocument, string][]): AdapterResult<FhirBundle> {
  const all = docs.flatMap(([d, p]) => members(d, p));
  const present = new Map<string, string>();
  for (const [d, p] of all) {
    if (present.has(d.id)) {
      return failure(
        "ADAPTER_UNSUPPORTED",
        `${p}/id`,
        "two documents share this id; Bundle fullUrls must be unique",
      );
    }
    present.set(d.id, ROOT_RESOURCE[d.documentType]);
  }
  const ctx: WriteContext = { present };
  const entries = docs.flatMap(([d]) => entriesOf(d, ctx));
  return success({ resourceType: "Bundle", type: "transaction", entry: entries });
}

/**
 * Converts one Open TRM document to a FHIR R4 transaction Bundle: its resources, with references inside the
 * Bundle literal and the rest logical. Every field is carried (natively or in Open TRM extensions), so `losses`
 * is empty; an invalid document is refused with the validator's issues.
 * @example
 * const r = toFhir(victimProfile);
 * if (r.ok) console.log(r.value.entry[0]?.resource.resourceType); // "Patient"
 */
export function toFhir(doc: unknown): AdapterResult<FhirBundle> {
  const issues = checkTrmInput(doc);
  if (issues.length > 0) return failures(issues);
  return buildBundle([[doc as TrmDocument, ""]]);
}

const EXCHANGE_MEMBERS = [
  ["referral", "referral"],
  ["victimProfile", "victimProfile"],
  ["consent", "consent"],
] as const;

function exchangeIssues(input: Record<string, unknown>): AdapterIssue[] {
  const out: AdapterIssue[] = [];
  const check = (doc: unknown, path: string, type: string) => {
    const found = checkTrmInput(doc).map((i) => ({ ...i, path: `${path}${i.path}` }));
    if (found.length === 0 && isRecord(doc) && doc.documentType !== type) {
      out.push({
        code: "ADAPTER_INVALID_DOCUMENT",
        severity: "error",
        path,
        message: `expected a ${type} document`,
      });
    }
    out.push(...found);
  };
  for (const [key, type] of EXCHANGE_MEMBERS) {
    if (input[key] !== undefined || key === "referral") check(input[key], `/${key}`, type);
  }
  const fps = input.focalPoints;
  if (fps !== undefined && !Array.isArray(fps)) {
    out.push({
      code: "ADAPTER_WRONG_TYPE",
      severity: "error",
      path: "/focalPoints",
      message: "expected an array",
    });
  } else {
    for (const [i, fp] of ((fps ?? []) as unknown[]).entries()) check(fp, `/focalPoints/${i}`, "focalPoint");
  }
  for (const key of Object.keys(input)) {
    if (!["referral", "victimProfile", "consent", "focalPoints"].includes(key)) {
      const path = `/${escapeToken(key)}`;
      out.push({
        code: "ADAPTER_UNKNOWN_FIELD",
        severity: "error",
        path,
        message: "not a member of an exchange",
      });
    }
  }
  return out;
}

/**
 * Converts a referral and the documents sent with it to one FHIR R4 transaction Bundle in which the referral's
 * references to the enclosed victim profile, consent and focal points resolve to their entries.
 * @example
 * const r = toFhirExchange({ referral, victimProfile, consent, focalPoints: [sender, receiver] });
 * if (r.ok) console.log(r.value.entry.length);
 */
export function toFhirExchange(exchange: FhirExchange): AdapterResult<FhirBundle> {
  const input: unknown = exchange;
  if (!isRecord(input)) return failure("ADAPTER_NOT_OBJECT", "", "expected an object with a referral");
  const issues = exchangeIssues(input);
  if (issues.length > 0) return failures(issues);
  const docs: [TrmDocument, string][] = [[exchange.referral, "/referral"]];
  if (exchange.victimProfile !== undefined) docs.push([exchange.victimProfile, "/victimProfile"]);
  if (exchange.consent !== undefined) docs.push([exchange.consent, "/consent"]);
  for (const [i, fp] of (exchange.focalPoints ?? []).entries()) docs.push([fp, `/focalPoints/${i}`]);
  return buildBundle(docs);
}
