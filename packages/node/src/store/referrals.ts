// The referrals table: one row per referral, the document as canonical JSON with its ETag and signature.
import type Database from "better-sqlite3";

/** A stored referral. Ids and focal point ids are lower case; times are the node's (UTC, milliseconds). */
export interface ReferralRow {
  readonly id: string;
  readonly status: string;
  readonly sender: string;
  readonly receiver: string;
  readonly senderCountry: string;
  readonly receiverCountry: string;
  readonly consentId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly etag: string;
  readonly document: string;
  readonly signature: string;
}

/** What a page of referrals is filtered by. */
export interface ReferralQuery {
  readonly focalPoint: string;
  readonly role?: "sender" | "receiver";
  readonly status?: string;
  readonly updatedSince?: string;
  readonly after?: readonly [updatedAt: string, id: string];
  readonly limit: number;
}

const COLUMNS = `id, status, sender, receiver, sender_country AS senderCountry, receiver_country AS receiverCountry,
  consent_id AS consentId, created_at AS createdAt, updated_at AS updatedAt, etag, document, signature`;

const ROLE_CLAUSE = {
  sender: "sender = @fp",
  receiver: "receiver = @fp",
  any: "(sender = @fp OR receiver = @fp)",
} as const;

/** Prepared queries of the referrals table. */
export function referralRepository(db: Database.Database) {
  const get = db.prepare(`SELECT ${COLUMNS} FROM referrals WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO referrals (id, status, sender, receiver, sender_country, receiver_country, consent_id, created_at,
      updated_at, etag, document, signature) VALUES (@id, @status, @sender, @receiver, @senderCountry,
      @receiverCountry, @consentId, @createdAt, @updatedAt, @etag, @document, @signature)`,
  );
  // The ETag in the WHERE clause makes the If-Match check and the write one atomic step.
  const update = db.prepare(
    `UPDATE referrals SET status = @status, updated_at = @updatedAt, etag = @etag, document = @document,
      signature = @signature WHERE id = @id AND etag = @previousEtag`,
  );
  const pages = new Map<string, Database.Statement>();
  const pageStatement = (q: ReferralQuery): Database.Statement => {
    const shape = `${q.role ?? "any"}|${q.status !== undefined}|${q.updatedSince !== undefined}|${q.after !== undefined}`;
    let statement = pages.get(shape);
    if (!statement) {
      const where: string[] = [ROLE_CLAUSE[q.role ?? "any"]];
      if (q.status !== undefined) where.push("status = @status");
      if (q.updatedSince !== undefined) where.push("updated_at >= @updatedSince");
      if (q.after !== undefined) where.push("(updated_at, id) > (@afterUpdatedAt, @afterId)");
      statement = db.prepare(
        `SELECT ${COLUMNS} FROM referrals WHERE ${where.join(" AND ")} ORDER BY updated_at, id LIMIT @limit`,
      );
      pages.set(shape, statement);
    }
    return statement;
  };
  return {
    /** The referral with this id (any letter case), or undefined. */
    get: (id: string) => get.get(id.toLowerCase()) as ReferralRow | undefined,
    insert: (row: ReferralRow) => void insert.run(row),
    /** Writes a new version when the stored ETag is still `previousEtag`; false when it changed meanwhile. */
    update: (row: ReferralRow, previousEtag: string) => update.run({ ...row, previousEtag }).changes === 1,
    /** One page of the referrals a focal point sends or receives, ordered by (updatedAt, id). */
    page(q: ReferralQuery): ReferralRow[] {
      const params: Record<string, unknown> = { fp: q.focalPoint, limit: q.limit };
      if (q.status !== undefined) params.status = q.status;
      if (q.updatedSince !== undefined) params.updatedSince = q.updatedSince;
      if (q.after !== undefined) [params.afterUpdatedAt, params.afterId] = q.after;
      return pageStatement(q).all(params) as ReferralRow[];
    },
  };
}

/** The referral repository's type. */
export type ReferralRepository = ReturnType<typeof referralRepository>;
