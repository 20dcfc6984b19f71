// The consent resources: a stored consent with its current state, and one new consent event.
import { z } from "zod";
import { consentState } from "../codelists/index.js";
import { codeSchema } from "../common.js";
import { ConsentSchema } from "../documents/consent.js";
import { etagField, field, signatureField, utcTime, uuidField } from "./fields.js";

/** One consent state, shared so the OpenAPI document names it once (`ConsentState`). */
export const ConsentStateSchema = codeSchema(consentState).meta({
  title: "Consent state",
  description: "A code of the `consentState` codelist.",
});

/** A stored consent: its state now, the document and the node's signature of it. */
export const ConsentRecordSchema = field(
  z.strictObject({
    id: uuidField("Id", "The consent's `id`."),
    state: ConsentStateSchema,
    document: ConsentSchema,
    etag: etagField(),
    signature: signatureField(),
    createdAt: utcTime("Created at", "When the node stored the consent."),
    updatedAt: utcTime("Updated at", "When the node last changed the consent."),
  }),
  "Consent record",
  "A stored consent with its state at the time of the response (an expired `validUntil` reads as `expired`).",
);

/**
 * `POST /consents/{id}/events`: one consent event, exactly the shape of an item of the consent's `events`
 * (the same Zod schema, so the two can never drift apart).
 */
export const ConsentEventRequestSchema = ConsentSchema.shape.events.element;

/** A stored consent. */
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;
/** One new consent event. */
export type ConsentEventRequest = z.infer<typeof ConsentEventRequestSchema>;
