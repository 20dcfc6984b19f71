// The tokens table: SHA-256 hashes of bearer tokens, each bound to a focal point or to the administrator.
import type Database from "better-sqlite3";

/** A stored token: its hash and what it is allowed to act as. */
export interface TokenRow {
  readonly id: number;
  readonly hash: Buffer;
  readonly kind: "focalPoint" | "admin";
  readonly focalPoint: string | null;
}

/** Prepared queries of the tokens table. */
export function tokenRepository(db: Database.Database) {
  const find = db.prepare("SELECT id, hash, kind, focal_point AS focalPoint FROM tokens WHERE hash = ?");
  const insert = db.prepare("INSERT INTO tokens (hash, kind, focal_point, created_at) VALUES (?, ?, ?, ?)");
  return {
    findByHash: (hash: Buffer) => find.get(hash) as TokenRow | undefined,
    insert(hash: Buffer, kind: TokenRow["kind"], focalPoint: string | null, at: string): number {
      return Number(insert.run(hash, kind, focalPoint, at).lastInsertRowid);
    },
  };
}

/** The token repository's type. */
export type TokenRepository = ReturnType<typeof tokenRepository>;
