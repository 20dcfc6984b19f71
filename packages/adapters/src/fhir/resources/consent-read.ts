// Consent -> consent: the reverse of consent.ts.
import { isRecord, type JsonObject } from "../json.js";
import { readCodings, readMapped, readTrmCode } from "../read/codings.js";
import {
  type Cursor,
  get,
  items,
  type ReadContext,
  readObject,
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
} from "../read/document.js";
import { readReference } from "../read/reference.js";
import { listItemAt } from "../specs/dsl.js";
import { fieldNodes } from "../specs/index.js";
import { legalBasisMap } from "../tables/codes.js";
import { codeSystemUrl, documentExtensionUrl } from "../urls.js";

const recipientItem = listItemAt(fieldNodes.consent, "/recipients");

function expectType(ctx: ReadContext, provision: Cursor, type: "permit" | "deny"): void {
  const t = get(provision, "type");
  if (readString(ctx, t) !== type) report(ctx, "ADAPTER_INVALID_VALUE", t.path, `expected the type ${type}`);
}

// An actor whose reference is only a label stands for its category; otherwise it names a focal point.
function actorFocalPoint(ctx: ReadContext, ref: Cursor): string | undefined {
  const labelOnly = isRecord(ref.value) && Object.keys(ref.value).every((k) => k === "display");
  if (labelOnly) {
    take(ctx, ref);
    return undefined;
  }
  return readReference(ctx, ref, "focalPoint");
}

function recipients(ctx: ReadContext, provision: Cursor): JsonObject[] {
  const url = documentExtensionUrl("consent", "/recipients");
  return items(ctx, get(provision, "actor")).map((a) =>
    defined({
      category: readTrmCode(ctx, get(a, "role"), "recipientCategory"),
      ...readItemFields(ctx, a, url, recipientItem),
      focalPoint: actorFocalPoint(ctx, get(a, "reference")),
    }),
  );
}

function withheld(ctx: ReadContext, provision: Cursor): JsonObject | undefined {
  const nested = items(ctx, get(provision, "provision"));
  for (const extra of nested.slice(1)) {
    report(ctx, "ADAPTER_UNSUPPORTED", extra.path, "only one nested (deny) provision is read");
  }
  const deny = nested[0];
  if (deny === undefined || readObject(ctx, deny) === undefined) return undefined;
  expectType(ctx, deny, "deny");
  const fromRecipients = items(ctx, get(deny, "actor")).flatMap((a) => {
    take(ctx, get(a, "reference"));
    return readTrmCode(ctx, get(a, "role"), "recipientCategory") ?? [];
  });
  const categories = readCodings(ctx, get(deny, "class"), codeSystemUrl("dataCategory"));
  return defined({
    categories: categories.length > 0 ? categories : undefined,
    fromRecipients: fromRecipients.length > 0 ? fromRecipients : undefined,
  });
}

const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined);

/**
 * Reads a FHIR Consent as an Open TRM consent (not yet validated).
 * @example
 * readConsent(newContext(), { value: consent, path: "/entry/0/resource" }).documentType; // "consent"
 */
export function readConsent(ctx: ReadContext, at: Cursor): JsonObject {
  const r = openResource(ctx, at);
  const fields = readFieldsExtension(ctx, r, "consent");
  const { id } = readIdentifiers(ctx, r);
  // Projections of other fields, written for FHIR readers.
  for (const key of ["status", "scope", "category"]) take(ctx, get(at, key));
  const provision = get(at, "provision");
  if (readObject(ctx, provision) !== undefined) expectType(ctx, provision, "permit");
  const controllers = items(ctx, get(at, "organization")).flatMap(
    (c) => readReference(ctx, c, "focalPoint") ?? [],
  );
  const legalBases = items(ctx, get(at, "policy")).flatMap(
    (p) => readMapped(ctx, get(p, "uri"), legalBasisMap) ?? [],
  );
  const native = defined({
    id,
    subjectRef: readReference(ctx, get(at, "patient"), "victimProfile"),
    purposes: nonEmpty(readCodings(ctx, get(provision, "purpose"), codeSystemUrl("purpose"))),
    recipients: nonEmpty(recipients(ctx, provision)),
    dataCategories: nonEmpty(readCodings(ctx, get(provision, "class"), codeSystemUrl("dataCategory"))),
    withheld: withheld(ctx, provision),
    legalBases: nonEmpty(legalBases),
    controllers: nonEmpty(controllers),
  });
  return completeDocument(ctx, r, "consent", native, fields);
}
