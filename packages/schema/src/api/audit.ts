// `GET /audit`: the append-only record of who read or wrote which document, when, and with what outcome.
import { z } from "zod";
import { cursorSchema, field, utcTime } from "./fields.js";

/** One audit entry: an access to a resource, allowed or denied. */
export const AuditEntrySchema = field(
  z.strictObject({
    seq: field(z.int().min(1).max(Number.MAX_SAFE_INTEGER), "Sequence", "Position in the append-only log."),
    at: utcTime("At", "When the access happened."),
    actor: field(
      z.union([z.uuid(), z.literal("admin")]),
      "Actor",
      "The focal point whose token was used, or `admin` for an administrator token.",
    ),
    action: field(z.enum(["read", "list", "create", "update"]), "Action", "What the actor did."),
    resource: field(
      z.enum(["referral", "consent", "focalPoint", "directory"]),
      "Resource",
      "The kind of resource accessed.",
    ),
    resourceId: field(
      z.uuid().nullable(),
      "Resource id",
      "The id accessed; null for lists and the directory.",
    ),
    outcome: field(z.enum(["allowed", "denied"]), "Outcome", "Whether the access was allowed."),
    status: field(z.int().min(100).max(599), "Status", "The HTTP status of the response."),
  }),
  "Audit entry",
  "One read or write of a document, allowed or denied (401s are not recorded).",
);

/** A page of audit entries, oldest first. */
export const AuditPageSchema = field(
  z.strictObject({
    items: field(z.array(AuditEntrySchema).max(200), "Items", "The entries of this page, by `seq`."),
    nextCursor: field(
      cursorSchema().nullable(),
      "Next cursor",
      "Pass as `after` for the next page; null at the end.",
    ),
  }),
  "Audit page",
  "A page of audit entries, by `seq`.",
);

/** One audit entry. */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
/** A page of audit entries. */
export type AuditPage = z.infer<typeof AuditPageSchema>;
