// Organization + PractitionerRole + Endpoints -> focalPoint: the reverse of organization.ts.
import { isRecord, type JsonObject } from "../json.js";
import { type BundleView, type EntryCursor, refersTo } from "../read/bundle.js";
import { readMapped, readTrmConcepts } from "../read/codings.js";
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
import { readItemFields } from "../read/decode.js";
import {
  completeDocument,
  defined,
  openResource,
  readFieldsExtension,
  readIdentifiers,
  takeBookkeeping,
} from "../read/document.js";
import { listItemAt } from "../specs/dsl.js";
import { fieldNodes } from "../specs/index.js";
import { weekdayMap } from "../tables/codes.js";
import { documentExtensionUrl, UUID_URN_PREFIX } from "../urls.js";

const node = fieldNodes.focalPoint;
const phoneItem = listItemAt(node, "/phones");
const channelItem = listItemAt(node, "/secureChannels");
const PHONE_SYSTEMS = new Set(["phone", "fax", "sms", "pager", "other"]);
const some = <T>(list: T[]) => (list.length > 0 ? list : undefined);

/**
 * The Open TRM `HH:MM` of a FHIR time written by `fhirTime`, or undefined.
 * @example
 * trmTime("23:59:59"); // "24:00"
 */
export function trmTime(time: string): string | undefined {
  if (time === "23:59:59") return "24:00";
  return /^\d\d:\d\d:00$/.test(time) ? time.slice(0, 5) : undefined;
}

function institution(ctx: ReadContext, at: Cursor, others: Cursor[]): JsonObject {
  const official = others.find((c) => isRecord(c.value) && c.value.use === "official");
  let identifier: JsonObject | undefined;
  if (official !== undefined) {
    take(ctx, get(official, "use"));
    identifier = defined({
      scheme: readString(ctx, get(get(official, "type"), "text")),
      value: readString(ctx, get(official, "value")),
    });
  }
  const website = items(ctx, get(at, "telecom")).find((t) => isRecord(t.value) && t.value.system === "url");
  if (website !== undefined) take(ctx, get(website, "system"));
  return defined({
    name: readString(ctx, get(at, "name")),
    type: single(ctx, get(at, "type"), readTrmConcepts(ctx, get(at, "type"), "institutionType")),
    website: website === undefined ? undefined : readString(ctx, get(website, "value")),
    identifier,
  });
}

function single(ctx: ReadContext, at: Cursor, codes: string[]): string | undefined {
  if (codes.length > 1) report(ctx, "ADAPTER_INVALID_VALUE", at.path, "expected one institution type");
  return codes[0];
}

function time(ctx: ReadContext, c: Cursor): string | undefined {
  const t = readString(ctx, c);
  const hhmm = t === undefined ? undefined : trmTime(t);
  if (t !== undefined && hhmm === undefined)
    report(ctx, "ADAPTER_INVALID_VALUE", c.path, "expected HH:MM:00 or 23:59:59");
  return hhmm;
}

function contacts(ctx: ReadContext, role: Cursor) {
  const phones: JsonObject[] = [];
  const emails: string[] = [];
  const url = documentExtensionUrl("focalPoint", "/phones");
  for (const t of items(ctx, get(role, "telecom"))) {
    const system = isRecord(t.value) ? t.value.system : undefined;
    if (system === "email") {
      take(ctx, get(t, "system"));
      const v = readString(ctx, get(t, "value"));
      if (v !== undefined) emails.push(v);
    } else if (typeof system === "string" && PHONE_SYSTEMS.has(system)) {
      // The system and use project the exact phone type, which the item extension carries.
      for (const key of ["system", "use"]) take(ctx, get(t, key));
      phones.push(
        defined({ number: readString(ctx, get(t, "value")), ...readItemFields(ctx, t, url, phoneItem) }),
      );
    }
  }
  return { phones, emails };
}

function endpoint(ctx: ReadContext, view: BundleView, ref: Cursor): JsonObject | undefined {
  const target = view.entries.find(
    (e) => e.resourceType === "Endpoint" && refersTo(ref.value, e.fullUrl ?? "\0"),
  );
  if (target === undefined) return missing(ctx, ref, "the Endpoint it references in the Bundle");
  take(ctx, ref);
  view.used.add(target.index);
  const at = target.resource;
  takeBookkeeping(ctx, at);
  // Identifier, status, connection and payload types and the organisation project the focal point.
  for (const key of ["identifier", "status", "connectionType", "managingOrganization", "payloadType"]) {
    take(ctx, get(at, key));
  }
  const addressAt = get(at, "address");
  const raw = readString(ctx, addressAt);
  let address: string | undefined;
  try {
    address = raw === undefined ? undefined : decodeURIComponent(raw);
  } catch {
    report(ctx, "ADAPTER_INVALID_VALUE", addressAt.path, "expected a percent-encoded address");
  }
  return defined({
    address,
    ...readItemFields(ctx, at, documentExtensionUrl("focalPoint", "/secureChannels"), channelItem),
  });
}

function role(ctx: ReadContext, view: BundleView, id: string | undefined, at: Cursor): JsonObject {
  const urn = `${UUID_URN_PREFIX}${id}`;
  const roles: EntryCursor[] = view.entries.filter(
    (e) => e.resourceType === "PractitionerRole" && refersTo(get(e.resource, "organization").value, urn),
  );
  for (const extra of roles.slice(1))
    report(ctx, "ADAPTER_UNSUPPORTED", extra.resource.path, "one PractitionerRole per focal point");
  const found = roles[0];
  if (id === undefined || found === undefined) {
    missing(ctx, at, "a PractitionerRole whose organization is the Organization");
    return {};
  }
  view.used.add(found.index);
  const r = found.resource;
  takeBookkeeping(ctx, r);
  for (const key of ["identifier", "active", "organization"]) take(ctx, get(r, key));
  const { phones, emails } = contacts(ctx, r);
  const hours = items(ctx, get(r, "availableTime")).map((h) =>
    defined({
      days: some(items(ctx, get(h, "daysOfWeek")).flatMap((d) => readMapped(ctx, d, weekdayMap) ?? [])),
      opens: time(ctx, get(h, "availableStartTime")),
      closes: time(ctx, get(h, "availableEndTime")),
    }),
  );
  const channels = items(ctx, get(r, "endpoint")).flatMap((ref) => endpoint(ctx, view, ref) ?? []);
  return defined({
    roles: some(readTrmConcepts(ctx, get(r, "code"), "focalPointRole")),
    phones: some(phones),
    emails: some(emails),
    secureChannels: some(channels),
    availability: defined({
      hours: some(hours),
      outOfHours: readString(ctx, get(r, "availabilityExceptions")),
    }),
  });
}

/**
 * Reads an Organization, with the PractitionerRole and Endpoints that point at it in the Bundle, as a focal point.
 * @example
 * readFocalPoint(newContext(), { value: organization, path: "/entry/0/resource" }, view).documentType; // "focalPoint"
 */
export function readFocalPoint(ctx: ReadContext, at: Cursor, view: BundleView): JsonObject {
  const r = openResource(ctx, at);
  const fields = readFieldsExtension(ctx, r, "focalPoint");
  const { id, others } = readIdentifiers(ctx, r);
  take(ctx, get(at, "active"));
  const native = defined({ id, institution: institution(ctx, at, others), ...role(ctx, view, id, at) });
  return completeDocument(ctx, r, "focalPoint", native, fields);
}
