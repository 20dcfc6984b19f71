// Reads FHIR back into Open TRM documents. Every input gets either whole, valid documents or issues that name a
// JSON Pointer into the input and the problem; whatever the input holds that Open TRM cannot carry is listed
// in `losses`. Nothing here throws on malformed input: every access is type-checked.
import type { DocumentTypeName } from "@open-trm/schema/data";
import { failure, failures, finishTrm, success } from "../internal/result.js";
import type { AdapterIssue, AdapterResult, Loss } from "../result.js";
import type { FhirExchange, TrmDocument } from "./documents.js";
import { isRecord, type JsonObject } from "./json.js";
import { type BundleView, bundleView, type EntryCursor, resourceView } from "./read/bundle.js";
import { type Cursor, get, items, newContext, type ReadContext, take, unread } from "./read/context.js";
import { readBestInterestsAssessment } from "./resources/clinical-impression.js";
import { readConsent } from "./resources/consent-read.js";
import { readDirectory } from "./resources/list.js";
import { readFocalPoint } from "./resources/organization-read.js";
import { readVictimProfile } from "./resources/patient-read.js";
import { readReferral } from "./resources/service-request-read.js";
import { ROOT_RESOURCE } from "./write/context.js";

const ROOT_TYPES = new Map<string, DocumentTypeName>(
  Object.entries(ROOT_RESOURCE).map(([doc, resource]) => [resource, doc as DocumentTypeName]),
);
const NOT_CARRIED = "Open TRM has no field for this element";
const OTHER_DOCUMENT = "this resource is not part of the document read";

function readAs(type: DocumentTypeName, ctx: ReadContext, e: EntryCursor, view: BundleView): JsonObject {
  view.used.add(e.index);
  switch (type) {
    case "victimProfile":
      return readVictimProfile(ctx, e.resource);
    case "referral":
      return readReferral(ctx, e.resource, view);
    case "consent":
      return readConsent(ctx, e.resource);
    case "bestInterestsAssessment":
      return readBestInterestsAssessment(ctx, e.resource);
    case "focalPoint":
      return readFocalPoint(ctx, e.resource, view);
    case "focalPointDirectory":
      return readDirectory(ctx, e.resource, view);
  }
}

function open(input: unknown): { root: Cursor; view: BundleView } | AdapterIssue[] {
  const root: Cursor = { value: input, path: "" };
  if (!isRecord(input))
    return [
      {
        code: "ADAPTER_NOT_OBJECT",
        severity: "error",
        path: "",
        message: "expected a FHIR resource or Bundle",
      },
    ];
  if (input.resourceType !== "Bundle") return { root, view: resourceView(root) };
  return { root, view: bundleView(root) };
}

// Marks the Bundle's own bookkeeping and the entry mechanics of the entries that were read.
function takeBundle(ctx: ReadContext, root: Cursor, view: BundleView): void {
  if (!isRecord(root.value) || root.value.resourceType !== "Bundle") return;
  for (const key of ["resourceType", "type"]) take(ctx, get(root, key));
  const entries = get(root, "entry");
  for (const e of view.entries.filter((x) => view.used.has(x.index))) {
    const entry = get(entries, e.index);
    for (const key of ["fullUrl", "request", "response", "search"]) take(ctx, get(entry, key));
  }
  items(ctx, entries);
}

function lossesOf(ctx: ReadContext, root: Cursor, view: BundleView): Loss[] {
  takeBundle(ctx, root, view);
  const unused = new Set(view.entries.filter((e) => !view.used.has(e.index)).map((e) => `/entry/${e.index}`));
  return unread(ctx, root, NOT_CARRIED).map((l) =>
    unused.has(l.pointer) ? { ...l, reason: OTHER_DOCUMENT } : l,
  );
}

/**
 * Reads the document of a FHIR Bundle or resource without validating it (`fromFhir` validates); internal.
 * @example
 * readUnchecked(bundle).doc?.documentType;
 */
export function readUnchecked(input: unknown): { doc?: JsonObject; issues: AdapterIssue[]; losses: Loss[] } {
  const opened = open(input);
  if (Array.isArray(opened)) return { issues: opened, losses: [] };
  const { root, view } = opened;
  const first = view.entries.find((e) => e.resourceType !== undefined && ROOT_TYPES.has(e.resourceType));
  const type = first?.resourceType === undefined ? undefined : ROOT_TYPES.get(first.resourceType);
  if (first === undefined || type === undefined) {
    const message = "no resource that stands for an Open TRM document";
    return { issues: [{ code: "ADAPTER_UNSUPPORTED", severity: "error", path: "", message }], losses: [] };
  }
  const ctx = newContext();
  const doc = readAs(type, ctx, first, view);
  return ctx.issues.length > 0
    ? { issues: ctx.issues, losses: [] }
    : { doc, issues: [], losses: lossesOf(ctx, root, view) };
}

/**
 * Reads the Open TRM document of a FHIR Bundle (or of one resource): the first entry that stands for a document
 * (Patient, ServiceRequest, Consent, ClinicalImpression, Organization or List) with the entries that belong to
 * it. `fromFhir(toFhir(doc).value)` gives `doc` back; `losses` point into the input at what was not read.
 * @example
 * const r = fromFhir(bundle);
 * if (r.ok) console.log(r.value.documentType, r.losses.length);
 */
export function fromFhir(input: unknown): AdapterResult<TrmDocument> {
  const { doc, issues, losses } = readUnchecked(input);
  if (doc === undefined) return failures(issues);
  return finishTrm(doc as unknown as TrmDocument, losses);
}

function finishMember(doc: JsonObject, path: string, issues: AdapterIssue[]): unknown {
  const r = finishTrm(doc);
  if (r.ok) return r.value;
  issues.push(...r.issues.map((i) => ({ ...i, path: `${path}${i.path}` })));
  return undefined;
}

/**
 * Reads a FHIR Bundle written by `toFhirExchange` (or alike) back into the referral and the documents sent with
 * it: the first ServiceRequest, at most one Patient and one Consent, and every Organization as a focal point.
 * Issues of a produced document carry its member name (`/referral/...`, `/focalPoints/1/...`).
 * @example
 * const r = fromFhirExchange(bundle);
 * if (r.ok) console.log(r.value.referral.status, r.value.focalPoints?.length);
 */
export function fromFhirExchange(input: unknown): AdapterResult<FhirExchange> {
  const opened = open(input);
  if (Array.isArray(opened)) return failures(opened);
  const { root, view } = opened;
  const ctx = newContext();
  const of = (type: string) => view.entries.filter((e) => e.resourceType === type);
  const referral = of("ServiceRequest")[0];
  if (referral === undefined) return failure("ADAPTER_MISSING", "", "no ServiceRequest for the referral");
  const one = (type: string) => {
    const found = of(type);
    for (const extra of found.slice(1)) {
      ctx.issues.push({
        code: "ADAPTER_UNSUPPORTED",
        severity: "error",
        path: extra.resource.path,
        message: `an exchange holds at most one ${type}`,
      });
    }
    return found[0];
  };
  const patient = one("Patient");
  const consent = one("Consent");
  const read = {
    referral: readAs("referral", ctx, referral, view),
    victimProfile: patient === undefined ? undefined : readAs("victimProfile", ctx, patient, view),
    consent: consent === undefined ? undefined : readAs("consent", ctx, consent, view),
    focalPoints: of("Organization").map((e) => readAs("focalPoint", ctx, e, view)),
  };
  if (ctx.issues.length > 0) return failures(ctx.issues);
  const issues: AdapterIssue[] = [];
  const out: Record<string, unknown> = { referral: finishMember(read.referral, "/referral", issues) };
  if (read.victimProfile !== undefined)
    out.victimProfile = finishMember(read.victimProfile, "/victimProfile", issues);
  if (read.consent !== undefined) out.consent = finishMember(read.consent, "/consent", issues);
  if (read.focalPoints.length > 0) {
    out.focalPoints = read.focalPoints.map((fp, i) => finishMember(fp, `/focalPoints/${i}`, issues));
  }
  if (issues.length > 0) return failures(issues);
  return success(out as unknown as FhirExchange, lossesOf(ctx, root, view));
}
