import type Database from "better-sqlite3";
import { auditRepository } from "./audit.js";
import { consentRepository } from "./consents.js";
import { openDatabase } from "./database.js";
import { directoryRepository } from "./directory.js";
import { eventRepository } from "./events.js";
import { groupCommit } from "./group-commit.js";
import { idempotencyRepository } from "./idempotency.js";
import { keyRepository } from "./keys.js";
import { metaRepository } from "./meta.js";
import { referralRepository } from "./referrals.js";
import { tokenRepository } from "./tokens.js";

/** The node's database with one repository per table. */
export interface Store {
  readonly db: Database.Database;
  readonly referrals: ReturnType<typeof referralRepository>;
  readonly consents: ReturnType<typeof consentRepository>;
  readonly directory: ReturnType<typeof directoryRepository>;
  readonly tokens: ReturnType<typeof tokenRepository>;
  readonly idempotency: ReturnType<typeof idempotencyRepository>;
  readonly events: ReturnType<typeof eventRepository>;
  readonly audit: ReturnType<typeof auditRepository>;
  readonly keys: ReturnType<typeof keyRepository>;
  readonly meta: ReturnType<typeof metaRepository>;
  /** Runs `fn` in one IMMEDIATE transaction: all of its writes commit together (and are synced), or none. */
  transaction<T>(fn: () => T): T;
  /** Runs `fn` in the next group commit (its own savepoint); resolves once that transaction is on disk. */
  commit<T>(fn: () => T): Promise<T>;
  close(): void;
}

/**
 * Opens the database at `path` (migrating it) and prepares the repositories.
 * @example
 * const store = openStore("./trm.sqlite");
 * store.close();
 */
export function openStore(path: string): Store {
  const db = openDatabase(path);
  return {
    db,
    referrals: referralRepository(db),
    consents: consentRepository(db),
    directory: directoryRepository(db),
    tokens: tokenRepository(db),
    idempotency: idempotencyRepository(db),
    events: eventRepository(db),
    audit: auditRepository(db),
    keys: keyRepository(db),
    meta: metaRepository(db),
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    commit: groupCommit(db),
    close: () => db.close(),
  };
}
