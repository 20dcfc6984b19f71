// ConsentRecord: the API's view of a stored consent, with its state at the node's current time.
import { consentStateAt } from "@open-trm/anonymise";
import type { Consent } from "@open-trm/schema";
import type { ConsentRecord } from "@open-trm/schema/api";
import type { NodeContext } from "./context.js";
import { canonical, etagOf } from "./http.js";
import type { ConsentRow } from "./store/consents.js";

/** The record of a stored consent; `state` is the consentState now (`requested` before any event has happened). */
export function consentRecordOf(ctx: NodeContext, row: ConsentRow): ConsentRecord {
  const document = JSON.parse(row.document) as Consent;
  const state = consentStateAt(document, ctx.now().getTime()) ?? "requested";
  const { id, etag, signature, createdAt, updatedAt } = row;
  return { id, state, document, etag, signature, createdAt, updatedAt };
}

/** The row to store for a consent document: canonical JSON, ETag and a fresh signature. */
export async function consentRow(
  ctx: NodeContext,
  doc: Consent,
  meta: { readonly createdBy: string; readonly createdAt: string; readonly updatedAt: string },
): Promise<ConsentRow> {
  const text = canonical(doc);
  return {
    id: doc.id.toLowerCase(),
    createdBy: meta.createdBy,
    subjectRef: doc.subjectRef.toLowerCase(),
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    etag: etagOf(text),
    document: text,
    signature: await ctx.signer.sign(text),
  };
}
