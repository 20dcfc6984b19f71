// The referral resources: a stored referral with its signature, its summary without personal data, and pages.
import { z } from "zod";
import { referralStatus } from "../codelists/index.js";
import { codeSchema } from "../common.js";
import { ReferralSchema } from "../documents/referral.js";
import {
  CountryCodeSchema,
  cursorSchema,
  etagField,
  field,
  signatureField,
  utcTime,
  uuidField,
} from "./fields.js";

/** One referral status, shared so the OpenAPI document names it once (`ReferralStatus`). */
export const ReferralStatusSchema = codeSchema(referralStatus).meta({
  title: "Referral status",
  description: "A code of the `referralStatus` codelist.",
});

const summaryShape = {
  id: uuidField("Id", "The referral's `id`."),
  status: ReferralStatusSchema,
  sender: uuidField("Sender", "The sender focal point (`from.focalPoint`)."),
  receiver: uuidField("Receiver", "The receiver focal point (`to.focalPoint`)."),
  senderCountry: CountryCodeSchema,
  receiverCountry: CountryCodeSchema,
  createdAt: utcTime("Created at", "When the node stored the referral."),
  updatedAt: utcTime("Updated at", "When the node last changed the referral."),
  etag: etagField(),
};

/** A referral in a list: routing and status only, no personal data. */
export const ReferralSummarySchema = field(
  z.strictObject(summaryShape),
  "Referral summary",
  "A referral in a list: routing and status only, no personal data.",
);

/** A stored referral: routing, status, the document and the node's signature of it. */
export const ReferralRecordSchema = field(
  z.strictObject({
    ...summaryShape,
    document: ReferralSchema,
    signature: signatureField(),
  }),
  "Referral record",
  "A stored referral: the document as the node holds it now, with routing, status, ETag and the node's signature.",
);

/** A page of referral summaries, ordered by (`updatedAt`, `id`). */
export const ReferralPageSchema = field(
  z.strictObject({
    items: field(z.array(ReferralSummarySchema).max(200), "Items", "The referrals of this page."),
    nextCursor: field(
      cursorSchema().nullable(),
      "Next cursor",
      "Pass as `cursor` for the next page; null on the last page.",
    ),
  }),
  "Referral page",
  "A page of referral summaries, ordered by (`updatedAt`, `id`).",
);

/** A referral in a list. */
export type ReferralSummary = z.infer<typeof ReferralSummarySchema>;
/** A stored referral. */
export type ReferralRecord = z.infer<typeof ReferralRecordSchema>;
/** A page of referral summaries. */
export type ReferralPage = z.infer<typeof ReferralPageSchema>;
