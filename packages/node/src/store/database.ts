import { chmodSync, existsSync } from "node:fs";
import Database from "better-sqlite3";
import { NodeError } from "../errors.js";
import { migrate } from "./migrate.js";

/**
 * Opens (creating when missing) the node's SQLite database: WAL journal, `synchronous=FULL` so that a committed
 * transaction survives a crash, foreign keys on, and every pending migration applied.
 * @example
 * const db = openDatabase("./trm.sqlite");
 */
export function openDatabase(path: string): Database.Database {
  const created = path !== ":memory:" && !existsSync(path);
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (cause) {
    throw new NodeError("DB_OPEN_FAILED", "the database file cannot be opened", { cause });
  }
  try {
    // Private keys and personal data live here: readable by the owner only.
    if (created) chmodSync(path, 0o600);
    db.pragma("journal_mode = WAL");
    // FULL: the WAL is synced at every commit, so a 201 is only sent for data that is on disk.
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    // The CLI (tokens, directory, keys) may write while the node runs: wait for the lock instead of failing.
    db.pragma("busy_timeout = 5000");
    migrate(db);
  } catch (cause) {
    db.close();
    if (cause instanceof NodeError) throw cause;
    throw new NodeError("MIGRATION_FAILED", "the database could not be prepared or migrated", { cause });
  }
  return db;
}
