// Patient -> victimProfile: the reverse of patient.ts.
import { isRecord, type JsonObject } from "../json.js";
import { readConceptCode, readMapped, readTrmCode } from "../read/codings.js";
import { type Cursor, get, items, missing, type ReadContext, readString, take } from "../read/context.js";
import { readItemFields } from "../read/decode.js";
import {
  completeDocument,
  defined,
  openResource,
  type ResourceCursor,
  readFieldsExtension,
  readIdentifiers,
} from "../read/document.js";
import { type ExtensionCursor, extensionsOf, useExtension } from "../read/extensions.js";
import { readReference } from "../read/reference.js";
import { listItemAt } from "../specs/dsl.js";
import { fieldNodes } from "../specs/index.js";
import { genderMap, sexMap } from "../tables/codes.js";
import { CORRELATION_ID_SYSTEM, codeSystemUrl, documentExtensionUrl, FHIR } from "../urls.js";

const node = fieldNodes.victimProfile;
const languageItem = listItemAt(node, "/person/languages");
const documentItem = listItemAt(node, "/person/identityDocuments");

const isDocument = (c: Cursor) =>
  isRecord(c.value) &&
  isRecord(c.value.type) &&
  Array.isArray(c.value.type.coding) &&
  c.value.type.coding.some((x) => isRecord(x) && x.system === codeSystemUrl("identityDocumentType"));

function identifiers(ctx: ReadContext, others: Cursor[]) {
  let correlationId: string | undefined;
  const documents: JsonObject[] = [];
  const url = documentExtensionUrl("victimProfile", "/person/identityDocuments");
  for (const c of others) {
    if (isRecord(c.value) && c.value.system === CORRELATION_ID_SYSTEM) {
      take(ctx, get(c, "system"));
      correlationId = readString(ctx, get(c, "value")) ?? missing(ctx, c, "the identifier value");
    } else if (isDocument(c)) {
      const type = readTrmCode(ctx, get(c, "type"), "identityDocumentType");
      const number = readString(ctx, get(c, "value"));
      documents.push(defined({ type, number, ...readItemFields(ctx, c, url, documentItem) }));
    }
  }
  return { correlationId, documents };
}

function names(ctx: ReadContext, r: ResourceCursor): JsonObject {
  const out: JsonObject = {};
  const otherNames: string[] = [];
  for (const c of items(ctx, get(r.at, "name"))) {
    const use = isRecord(c.value) ? c.value.use : undefined;
    if (use === "official" && out.familyNames === undefined && out.givenNames === undefined) {
      take(ctx, get(c, "use"));
      const given = items(ctx, get(c, "given"))
        .map((g) => readString(ctx, g))
        .filter((g) => g !== undefined);
      if (given.length > 0) out.givenNames = given.join(" ");
      const family = readString(ctx, get(c, "family"));
      if (family !== undefined) out.familyNames = family;
    } else if (use === "nickname") {
      take(ctx, get(c, "use"));
      const text = readString(ctx, get(c, "text"));
      if (text !== undefined) otherNames.push(text);
    }
  }
  return otherNames.length > 0 ? { ...out, otherNames } : out;
}

function contact(ctx: ReadContext, r: ResourceCursor): JsonObject | undefined {
  const found: Record<"phone" | "email", string[]> = { phone: [], email: [] };
  for (const c of items(ctx, get(r.at, "telecom"))) {
    const system = isRecord(c.value) ? c.value.system : undefined;
    if (system !== "phone" && system !== "email") continue;
    take(ctx, get(c, "system"));
    const value = readString(ctx, get(c, "value"));
    if (value !== undefined) found[system].push(value);
  }
  const out = defined({
    phones: found.phone.length > 0 ? found.phone : undefined,
    emails: found.email.length > 0 ? found.email : undefined,
  });
  return Object.keys(out).length > 0 ? out : undefined;
}

function coreExtensions(ctx: ReadContext, exts: readonly ExtensionCursor[]) {
  let gender: string | undefined;
  const citizenships: string[] = [];
  for (const e of exts) {
    if (e.url === FHIR.genderIdentityExtension) {
      useExtension(ctx, e);
      const cc = get(e.at, "valueCodeableConcept");
      const code = readConceptCode(ctx, cc, FHIR.genderIdentitySystem);
      gender = code === undefined ? undefined : readMapped(ctx, { value: code, path: cc.path }, genderMap);
    } else if (e.url === FHIR.citizenshipExtension) {
      useExtension(ctx, e);
      for (const sub of extensionsOf(ctx, e.at).filter((s) => s.url === "code")) {
        useExtension(ctx, sub);
        const code = readConceptCode(ctx, get(sub.at, "valueCodeableConcept"), FHIR.iso3166);
        if (code !== undefined) citizenships.push(code);
      }
    }
  }
  return { gender, citizenships };
}

function languages(ctx: ReadContext, r: ResourceCursor): JsonObject[] {
  const url = documentExtensionUrl("victimProfile", "/person/languages");
  return items(ctx, get(r.at, "communication")).map((c) =>
    defined({
      tag: readConceptCode(ctx, get(c, "language"), FHIR.bcp47),
      ...readItemFields(ctx, c, url, languageItem),
    }),
  );
}

/**
 * Reads a Patient as a victim profile (not yet validated; the caller checks the result with the validator).
 * @example
 * readVictimProfile(newContext(), { value: patient, path: "/entry/0/resource" }).documentType; // "victimProfile"
 */
export function readVictimProfile(ctx: ReadContext, at: Cursor): JsonObject {
  const r = openResource(ctx, at);
  const fields = readFieldsExtension(ctx, r, "victimProfile");
  const { id, others } = readIdentifiers(ctx, r);
  const { correlationId, documents } = identifiers(ctx, others);
  const { gender, citizenships } = coreExtensions(ctx, r.extensions);
  const langs = languages(ctx, r);
  const person = defined({
    ...names(ctx, r),
    sex: readMapped(ctx, get(at, "gender"), sexMap),
    gender,
    birthDate: readString(ctx, get(at, "birthDate")),
    citizenships: citizenships.length > 0 ? citizenships : undefined,
    languages: langs.length > 0 ? langs : undefined,
    identityDocuments: documents.length > 0 ? documents : undefined,
    contact: contact(ctx, r),
  });
  const caseOwner = readReference(ctx, get(at, "managingOrganization"), "focalPoint");
  return completeDocument(ctx, r, "victimProfile", defined({ id, correlationId, caseOwner, person }), fields);
}
