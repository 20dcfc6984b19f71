// ReferralRecord and ReferralSummary: the API's views of a stored referral.
import type { Referral } from "@open-trm/schema";
import type { ReferralRecord, ReferralSummary } from "@open-trm/schema/api";
import type { NodeContext } from "./context.js";
import { canonical, etagOf } from "./http.js";
import type { ReferralRow } from "./store/referrals.js";

/** The summary of a stored referral. */
export function summaryOf(row: ReferralRow): ReferralSummary {
  const { id, sender, receiver, createdAt, updatedAt, etag } = row;
  // The columns hold what the validated document held: a referralStatus code and country codes.
  const status = row.status as ReferralSummary["status"];
  const senderCountry = row.senderCountry as ReferralSummary["senderCountry"];
  const receiverCountry = row.receiverCountry as ReferralSummary["receiverCountry"];
  return { id, status, sender, receiver, senderCountry, receiverCountry, createdAt, updatedAt, etag };
}

/** The record of a stored referral. */
export function recordOf(row: ReferralRow): ReferralRecord {
  return { ...summaryOf(row), document: JSON.parse(row.document) as Referral, signature: row.signature };
}

/** The row to store for a referral document: canonical JSON, ETag and a fresh signature. */
export async function referralRow(
  ctx: NodeContext,
  doc: Referral,
  times: { readonly createdAt: string; readonly updatedAt: string },
): Promise<ReferralRow> {
  const text = canonical(doc);
  return {
    id: doc.id.toLowerCase(),
    status: doc.status,
    sender: doc.from.focalPoint.toLowerCase(),
    receiver: doc.to.focalPoint.toLowerCase(),
    senderCountry: doc.from.country,
    receiverCountry: doc.to.country,
    consentId: doc.consentRef?.toLowerCase() ?? null,
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
    etag: etagOf(text),
    document: text,
    signature: await ctx.signer.sign(text),
  };
}
