// The node_meta table: settings of this node that must survive restarts, such as its id.
import type Database from "better-sqlite3";

/** Prepared queries of the node_meta table. */
export function metaRepository(db: Database.Database) {
  const get = db.prepare("SELECT value FROM node_meta WHERE key = ?");
  const insert = db.prepare("INSERT OR IGNORE INTO node_meta (key, value) VALUES (?, ?)");
  return {
    get: (key: string) => (get.get(key) as { value: string } | undefined)?.value,
    /** Stores the value unless the key has one already; returns the stored value. */
    init(key: string, value: string): string {
      insert.run(key, value);
      return (get.get(key) as { value: string }).value;
    },
  };
}
