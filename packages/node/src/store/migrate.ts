// Applies packages/node/migrations/NNNN-name.sql in order, all pending ones in one transaction.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";
import { NodeError } from "../errors.js";

const FILE = /^(\d{4})-[a-z0-9-]+\.sql$/;

/** One migration file: its number, name and SQL text. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

// Source (src/store) and bundle (dist) sit at different depths: walk up to the package folder that has them.
function defaultDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "migrations");
    if (existsSync(join(dir, "package.json")) && existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new NodeError("MIGRATION_FAILED", "the migrations folder of @open-trm/node was not found");
}

/** Reads the migration files of a folder, ordered by number; numbers must be 1, 2, 3 ... without gaps. */
export function readMigrations(directory: string = defaultDirectory()): Migration[] {
  const files = readdirSync(directory)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  return files.map((file, i) => {
    const match = FILE.exec(file);
    if (!match || Number(match[1]) !== i + 1) {
      throw new NodeError(
        "MIGRATION_FAILED",
        `migration ${file} is not named ${String(i + 1).padStart(4, "0")}-*.sql`,
      );
    }
    return { version: i + 1, name: file, sql: readFileSync(join(directory, file), "utf8") };
  });
}

/** Applies the pending migrations in one immediate transaction; returns the versions applied. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = readMigrations(),
): number[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT",
  );
  const applied = db.prepare("SELECT version FROM schema_migrations");
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  // IMMEDIATE takes the write lock first, so two processes opening a new database cannot both migrate it.
  return db
    .transaction(() => {
      const done = new Set(applied.all().map((row) => (row as { version: number }).version));
      const pending = migrations.filter((m) => !done.has(m.version));
      for (const m of pending) {
        db.exec(m.sql);
        record.run(m.version, m.name, new Date().toISOString());
      }
      return pending.map((m) => m.version);
    })
    .immediate();
}
