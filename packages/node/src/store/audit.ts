// The audit table: append-only (triggers refuse UPDATE and DELETE) record of who read or wrote what.
import type Database from "better-sqlite3";

/** One audit entry, as the API serves it. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  /** The focal point id of the token, or `admin`. */
  readonly actor: string;
  readonly action: "read" | "list" | "create" | "update";
  readonly resource: "referral" | "consent" | "focalPoint" | "directory";
  readonly resourceId: string | null;
  readonly outcome: "allowed" | "denied";
  /** The HTTP status of the response. */
  readonly status: number;
}

/** What an audit page is filtered by. */
export interface AuditQuery {
  readonly resourceId?: string;
  readonly actor?: string;
  readonly after: number;
  readonly limit: number;
}

/** Prepared queries of the audit table. */
export function auditRepository(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO audit (at, actor, action, resource, resource_id, outcome, status)
     VALUES (@at, @actor, @action, @resource, @resourceId, @outcome, @status)`,
  );
  const page = db.prepare(
    `SELECT seq, at, actor, action, resource, resource_id AS resourceId, outcome, status FROM audit
     WHERE seq > @after AND (@resourceId IS NULL OR resource_id = @resourceId) AND (@actor IS NULL OR actor = @actor)
     ORDER BY seq LIMIT @limit`,
  );
  return {
    append: (entry: Omit<AuditEntry, "seq">) => void insert.run(entry),
    page(q: AuditQuery): AuditEntry[] {
      return page.all({
        after: q.after,
        limit: q.limit,
        resourceId: q.resourceId?.toLowerCase() ?? null,
        actor: q.actor?.toLowerCase() ?? null,
      }) as AuditEntry[];
    },
  };
}

/** The audit repository's type. */
export type AuditRepository = ReturnType<typeof auditRepository>;
