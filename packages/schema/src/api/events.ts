// `GET /events`: a feed of changes as CloudEvents 1.0 (JSON event format), without personal data.
import { z } from "zod";
import { ConsentStateSchema } from "./consent-record.js";
import { cursorSchema, field, utcTime, uuidField } from "./fields.js";
import { ReferralStatusSchema } from "./referral-record.js";

/** The CloudEvents `type` values of the feed, and what each one reports. */
export const eventTypes = {
  "org.open-trm.referral.created": "A referral was stored.",
  "org.open-trm.referral.transitioned": "A referral changed status.",
  "org.open-trm.consent.event": "A consent event was recorded.",
} as const;

/** A CloudEvents `type` of the feed. */
export type EventType = keyof typeof eventTypes;

// CloudEvents 1.0 section 3.1 context attributes (JSON format, section 3 of the JSON event format spec).
const context = {
  specversion: field(z.literal("1.0"), "Spec version", "CloudEvents specification version."),
  id: field(
    z.string().min(1).max(200),
    "Id",
    "Unique per `source`; a consumer may use it to drop duplicates.",
  ),
  source: field(
    z
      .string()
      .max(300)
      .regex(/^urn:open-trm:node:[A-Za-z0-9._~:-]+$/),
    "Source",
    "`urn:open-trm:node:<node id>`: the node that emitted the event.",
  ),
  time: utcTime("Time", "When the change happened."),
  subject: uuidField("Subject", "The id of the referral or consent the event is about."),
  datacontenttype: field(z.literal("application/json"), "Data content type", "`data` is JSON."),
};

/** A change of a referral, as a CloudEvent. */
export const ReferralEventSchema = field(
  z.strictObject({
    ...context,
    type: field(
      z.enum(["org.open-trm.referral.created", "org.open-trm.referral.transitioned"]),
      "Type",
      "What happened to the referral.",
    ),
    data: field(
      z.strictObject({
        referralId: uuidField("Referral", "The referral's id."),
        status: ReferralStatusSchema,
        sender: uuidField("Sender", "The sender focal point."),
        receiver: uuidField("Receiver", "The receiver focal point."),
      }),
      "Data",
      "The referral's new status and routing; no personal data.",
    ),
  }),
  "Referral event",
  "A referral was created or changed status.",
);

/** A consent event, as a CloudEvent. */
export const ConsentEventSchema = field(
  z.strictObject({
    ...context,
    type: field(z.literal("org.open-trm.consent.event"), "Type", "A consent event was recorded."),
    data: field(
      z.strictObject({ consentId: uuidField("Consent", "The consent's id."), state: ConsentStateSchema }),
      "Data",
      "The consent's new state; no personal data.",
    ),
  }),
  "Consent event notice",
  "A consent entered a new state (given, withdrawn, revoked ...).",
);

/** One entry of the change feed (CloudEvents 1.0, JSON event format). */
export const CloudEventSchema = field(
  z.discriminatedUnion("type", [ReferralEventSchema, ConsentEventSchema]),
  "CloudEvent",
  "One change the token may see, as a CloudEvents 1.0 event in the JSON event format.",
);

/** A page of the change feed. */
export const EventPageSchema = field(
  z.strictObject({
    items: field(z.array(CloudEventSchema).max(200), "Items", "The events of this page, oldest first."),
    nextCursor: field(
      cursorSchema(),
      "Next cursor",
      "Pass as `after` to read on; returned even when `items` is empty.",
    ),
  }),
  "Event page",
  "A page of the change feed; long-polls up to `wait` seconds when nothing is new.",
);

/** One change of the feed. */
export type CloudEvent = z.infer<typeof CloudEventSchema>;
/** A page of the change feed. */
export type EventPage = z.infer<typeof EventPageSchema>;
