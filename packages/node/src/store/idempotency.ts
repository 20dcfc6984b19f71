// The idempotency table: the first response to each (token, Idempotency-Key) of POST /referrals.
import type Database from "better-sqlite3";

/** A stored response, replayed for a retry with the same key and body. */
export interface IdempotencyRow {
  readonly tokenId: number;
  readonly key: string;
  /** SHA-256 (hex) of the request body bytes. */
  readonly bodyHash: string;
  readonly status: number;
  /** Response headers to replay (Location, ETag, Trm-Signature), as a JSON object. */
  readonly headers: string;
  readonly body: string;
  readonly createdAt: string;
}

/** Prepared queries of the idempotency table. */
export function idempotencyRepository(db: Database.Database) {
  const get = db.prepare(
    `SELECT token_id AS tokenId, key, body_hash AS bodyHash, status, headers, body, created_at AS createdAt
     FROM idempotency WHERE token_id = ? AND key = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO idempotency (token_id, key, body_hash, status, headers, body, created_at)
     VALUES (@tokenId, @key, @bodyHash, @status, @headers, @body, @createdAt)`,
  );
  return {
    get: (tokenId: number, key: string) => get.get(tokenId, key) as IdempotencyRow | undefined,
    insert: (row: IdempotencyRow) => void insert.run(row),
  };
}

/** The idempotency repository's type. */
export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
