// `POST /referrals/{id}/transitions`: the actions on a referral and the status each one enters.
import { z } from "zod";
import { referralRejectionReason } from "../codelists/index.js";
import { codeSchema, MAX_LENGTH } from "../common.js";
import { field } from "./fields.js";

/**
 * Each action, the `referralStatus` it enters and the party that may take it (API contract; the allowed
 * source statuses are the transitions of data model section 6).
 */
export const transitionActions = {
  acknowledge: { status: "acknowledged", by: "receiver" },
  accept: { status: "accepted", by: "receiver" },
  reject: { status: "rejected", by: "receiver" },
  withdraw: { status: "withdrawn", by: "sender" },
  start: { status: "inProgress", by: "receiver" },
  complete: { status: "completed", by: "receiver" },
} as const;

/** An action on a referral. */
export type TransitionAction = keyof typeof transitionActions;

const note = () =>
  field(
    z.string().min(1).max(MAX_LENGTH.freeText),
    "Note",
    "Free text stored in the new `statusHistory` entry (sensitivity class `freeText`).",
  ).exactOptional();

/** A status change of a referral: `reject` needs a `referralRejectionReason`; the other actions take none. */
export const TransitionRequestSchema = field(
  z.discriminatedUnion("action", [
    field(
      z.strictObject({
        action: field(z.literal("reject"), "Action", "Reject the referral."),
        reason: codeSchema(referralRejectionReason).meta({
          title: "Reason",
          description: "Why the referral is rejected: a code of the `referralRejectionReason` codelist.",
        }),
        note: note(),
      }),
      "Rejection",
      "Rejects the referral with a reason.",
    ),
    field(
      z.strictObject({
        action: field(
          z.enum(["acknowledge", "accept", "withdraw", "start", "complete"]),
          "Action",
          "`acknowledge`, `accept`, `start` and `complete` are the receiver's; `withdraw` is the sender's.",
        ),
        note: note(),
      }),
      "Other transition",
      "Any action other than `reject`.",
    ),
  ]),
  "Transition request",
  "A status change of a referral; the node checks it against the referral state machine (data model section 6).",
);

/** A status change of a referral. */
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;
