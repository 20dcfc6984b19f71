// ServiceRequest + Task -> referral: the reverse of service-request.ts.
import { isRecord, type JsonObject } from "../json.js";
import { type BundleView, refersTo } from "../read/bundle.js";
import { readMapped, readTrmCode, readTrmConcepts } from "../read/codings.js";
import {
  type Cursor,
  get,
  items,
  missing,
  type ReadContext,
  readString,
  report,
  take,
} from "../read/context.js";
import {
  completeDocument,
  defined,
  openResource,
  readFieldsExtension,
  readIdentifiers,
  takeBookkeeping,
} from "../read/document.js";
import { readReference } from "../read/reference.js";
import { referralTaskStatusMap } from "../tables/status.js";
import { CORRELATION_ID_SYSTEM, UUID_URN_PREFIX } from "../urls.js";
import { readVictimProfile } from "./patient-read.js";

function task(ctx: ReadContext, view: BundleView, id: string | undefined, at: Cursor): JsonObject {
  const urn = `${UUID_URN_PREFIX}${id}`;
  const tasks = view.entries.filter(
    (e) => e.resourceType === "Task" && refersTo(get(e.resource, "focus").value, urn),
  );
  for (const extra of tasks.slice(1)) {
    report(ctx, "ADAPTER_UNSUPPORTED", extra.resource.path, "only one Task may track a referral");
  }
  const found = tasks[0];
  if (id === undefined || found === undefined) {
    missing(ctx, at, "a Task whose focus is the ServiceRequest (it carries the referral status)");
    return {};
  }
  view.used.add(found.index);
  const t = found.resource;
  // Everything but the status and the response deadline projects the ServiceRequest for FHIR readers.
  takeBookkeeping(ctx, t);
  for (const key of ["identifier", "intent", "focus", "for", "authoredOn", "requester", "owner"]) {
    take(ctx, get(t, key));
  }
  const period = get(get(t, "restriction"), "period");
  return defined({
    status: readMapped(ctx, get(t, "status"), referralTaskStatusMap),
    responseDueBy: readString(ctx, get(period, "end")),
  });
}

function correlationId(ctx: ReadContext, others: Cursor[]): string | undefined {
  const c = others.find((o) => isRecord(o.value) && o.value.system === CORRELATION_ID_SYSTEM);
  if (c === undefined) return undefined;
  take(ctx, get(c, "system"));
  return readString(ctx, get(c, "value"));
}

function supporting(ctx: ReadContext, at: Cursor) {
  const out: { consentRef?: string | undefined; bia?: string | undefined; contained?: string } = {};
  for (const ref of items(ctx, get(at, "supportingInfo"))) {
    const v = ref.value;
    const type = isRecord(v) ? v.type : undefined;
    const literal = isRecord(v) ? v.reference : undefined;
    if (typeof literal === "string" && literal.startsWith("#")) {
      take(ctx, ref);
      out.contained = literal.slice(1);
    } else if (type === "Consent") {
      out.consentRef = readReference(ctx, ref, "consent");
    } else if (type === "ClinicalImpression") {
      out.bia = readReference(ctx, ref, "bestInterestsAssessment");
    }
  }
  return out;
}

function embeddedProfile(ctx: ReadContext, at: Cursor, localId: string | undefined): JsonObject | undefined {
  if (localId === undefined) return undefined;
  const found = items(ctx, get(at, "contained")).find(
    (c) => isRecord(c.value) && c.value.id === localId && c.value.resourceType === "Patient",
  );
  if (found === undefined)
    return missing(ctx, get(at, "supportingInfo"), "the contained Patient it references");
  return readVictimProfile(ctx, found);
}

function performer(ctx: ReadContext, at: Cursor): string | undefined {
  const all = items(ctx, get(at, "performer"));
  for (const extra of all.slice(1))
    report(ctx, "ADAPTER_UNSUPPORTED", extra.path, "a referral has one receiver");
  return all[0] === undefined ? undefined : readReference(ctx, all[0], "focalPoint");
}

const list = (ctx: ReadContext, c: Cursor, codelist: string) => {
  const codes = readTrmConcepts(ctx, c, codelist);
  return codes.length > 0 ? codes : undefined;
};

/**
 * Reads a ServiceRequest, and the Task that tracks it in the same Bundle, as a referral (not yet validated).
 * @example
 * readReferral(newContext(), { value: serviceRequest, path: "/entry/0/resource" }, view).documentType; // "referral"
 */
export function readReferral(ctx: ReadContext, at: Cursor, view: BundleView): JsonObject {
  const r = openResource(ctx, at);
  const fields = readFieldsExtension(ctx, r, "referral");
  const { id, others } = readIdentifiers(ctx, r);
  for (const key of ["status", "intent", "category", "priority", "authoredOn"]) take(ctx, get(at, key));
  const info = supporting(ctx, at);
  const victimProfile = embeddedProfile(ctx, at, info.contained);
  const native = defined({
    id,
    correlationId: correlationId(ctx, others),
    caseRef: readReference(ctx, get(at, "subject"), "victimProfile"),
    kind: readTrmCode(ctx, get(at, "code"), "referralKind"),
    reasons: list(ctx, get(at, "reasonCode"), "referralReason"),
    servicesRequested: list(ctx, get(at, "orderDetail"), "serviceType"),
    from: defined({ focalPoint: readReference(ctx, get(at, "requester"), "focalPoint") }),
    to: defined({ focalPoint: performer(ctx, at) }),
    subject: victimProfile === undefined ? undefined : { victimProfile },
    consentRef: info.consentRef,
    childSafeguards: info.bia === undefined ? undefined : { bestInterestsAssessmentRef: info.bia },
    ...task(ctx, view, id, at),
  });
  return completeDocument(ctx, r, "referral", native, fields);
}
