// The events table: the change feed, and which events a focal point may see.
import type Database from "better-sqlite3";
import { CONSENT_VISIBLE } from "./consents.js";

/** A stored change event (the CloudEvent without its constant members). */
export interface EventRow {
  readonly seq: number;
  readonly id: string;
  readonly type: string;
  readonly time: string;
  readonly kind: "referral" | "consent";
  readonly resourceId: string;
  readonly data: string;
}

const COLUMNS = "e.seq, e.id, e.type, e.time, e.kind, e.resource_id AS resourceId, e.data";
// An event is visible when the referral or consent it is about is visible to the focal point now.
const VISIBLE = `(
  (e.kind = 'referral' AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = e.resource_id
    AND (r.sender = @fp OR r.receiver = @fp)))
  OR (e.kind = 'consent' AND ${CONSENT_VISIBLE.replaceAll("@consentId", "e.resource_id")}))`;

/** Prepared queries of the events table. */
export function eventRepository(db: Database.Database) {
  const insert = db.prepare(
    "INSERT INTO events (id, type, time, kind, resource_id, data) VALUES (@id, @type, @time, @kind, @resourceId, @data)",
  );
  const forAdmin = db.prepare(
    `SELECT ${COLUMNS} FROM events e WHERE e.seq > @after ORDER BY e.seq LIMIT @limit`,
  );
  const forFocalPoint = db.prepare(
    `SELECT ${COLUMNS} FROM events e WHERE e.seq > @after AND ${VISIBLE} ORDER BY e.seq LIMIT @limit`,
  );
  const head = db.prepare("SELECT coalesce(max(seq), 0) AS seq FROM events");
  return {
    append: (row: Omit<EventRow, "seq">) => Number(insert.run(row).lastInsertRowid),
    /** Events after `after` that the focal point (or, with null, the administrator) may see. */
    page(focalPoint: string | null, after: number, limit: number): EventRow[] {
      return (
        focalPoint === null
          ? forAdmin.all({ after, limit })
          : forFocalPoint.all({ after, limit, fp: focalPoint })
      ) as EventRow[];
    },
    /** The sequence number of the newest event (0 when there is none). */
    head: () => (head.get() as { seq: number }).seq,
  };
}

/** The event repository's type. */
export type EventRepository = ReturnType<typeof eventRepository>;
