// The signing_keys table: Ed25519 JWKs; the newest signs, all stay published.
import type Database from "better-sqlite3";

/** A stored signing key. */
export interface KeyRow {
  readonly seq: number;
  readonly kid: string;
  readonly privateJwk: string;
  readonly publicJwk: string;
  readonly createdAt: string;
}

const COLUMNS = "seq, kid, private_jwk AS privateJwk, public_jwk AS publicJwk, created_at AS createdAt";

/** Prepared queries of the signing_keys table. */
export function keyRepository(db: Database.Database) {
  const all = db.prepare(`SELECT ${COLUMNS} FROM signing_keys ORDER BY seq`);
  const latest = db.prepare(`SELECT ${COLUMNS} FROM signing_keys ORDER BY seq DESC LIMIT 1`);
  const insert = db.prepare(
    "INSERT INTO signing_keys (kid, private_jwk, public_jwk, created_at) VALUES (@kid, @privateJwk, @publicJwk, @createdAt)",
  );
  return {
    all: () => all.all() as KeyRow[],
    latest: () => latest.get() as KeyRow | undefined,
    insert: (row: Omit<KeyRow, "seq">) => Number(insert.run(row).lastInsertRowid),
  };
}

/** The key repository's type. */
export type KeyRepository = ReturnType<typeof keyRepository>;
