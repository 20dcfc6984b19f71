// The database: WAL and synchronous=FULL, migrations applied once and in order, tokens kept only as hashes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createToken } from "../src/admin.js";
import { NodeError } from "../src/errors.js";
import { readMigrations } from "../src/store/migrate.js";
import { openStore } from "../src/store/store.js";

const dir = mkdtempSync(join(tmpdir(), "trm-store-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the store", () => {
  it("opens with WAL, synchronous=FULL and foreign keys, readable by its owner only", () => {
    const path = join(dir, "pragmas.sqlite");
    const store = openStore(path);
    try {
      expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(store.db.pragma("synchronous", { simple: true })).toBe(2);
      expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(statSync(path).mode & 0o777).toBe(0o600);
    } finally {
      store.close();
    }
  });

  it("applies each migration once", () => {
    const path = join(dir, "migrations.sqlite");
    const versions = () => {
      const store = openStore(path);
      const rows = store.db.prepare("SELECT version FROM schema_migrations").all();
      store.close();
      return rows;
    };
    const expected = readMigrations().map((m) => ({ version: m.version }));
    expect(versions()).toEqual(expected);
    expect(versions()).toEqual(expected);
  });

  it("refuses migration files with a gap in their numbers", () => {
    const folder = join(dir, "gap");
    mkdirSync(folder);
    writeFileSync(join(folder, "0002-later.sql"), "SELECT 1;");
    expect(() => readMigrations(folder)).toThrow(NodeError);
  });

  it("keeps only the SHA-256 of a token", () => {
    const path = join(dir, "tokens.sqlite");
    const token = createToken(path, { focalPoint: "00000000-0000-4000-8000-000000005301" });
    expect(token).toMatch(/^trm_[A-Za-z0-9_-]{43}$/);
    const store = openStore(path);
    const rows = store.db.prepare("SELECT * FROM tokens").all() as { hash: Buffer }[];
    store.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.hash).toHaveLength(32);
    const files = ["", "-wal"].map((suffix) => {
      try {
        return readFileSync(`${path}${suffix}`).toString("latin1");
      } catch {
        return "";
      }
    });
    expect(files.join("")).not.toContain(token.slice(4));
    expect(() => createToken(path, { focalPoint: "not-a-uuid" })).toThrow(NodeError);
  });
});
