// The directory table: the one focalPointDirectory document the node serves.
import type Database from "better-sqlite3";

/** The stored directory: its canonical JSON and when the node last changed it. */
export interface DirectoryRow {
  readonly document: string;
  readonly updatedAt: string;
}

/** Prepared queries of the directory table. */
export function directoryRepository(db: Database.Database) {
  const get = db.prepare("SELECT document, updated_at AS updatedAt FROM directory WHERE id = 1");
  const put = db.prepare(
    `INSERT INTO directory (id, document, updated_at) VALUES (1, @document, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`,
  );
  return {
    get: () => get.get() as DirectoryRow | undefined,
    put: (row: DirectoryRow) => void put.run(row),
  };
}

/** The directory repository's type. */
export type DirectoryRepository = ReturnType<typeof directoryRepository>;
