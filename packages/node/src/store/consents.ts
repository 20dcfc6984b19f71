// The consents table, its controllers, and who may see a consent.
import type Database from "better-sqlite3";

/** A stored consent. Ids and focal point ids are lower case; times are the node's. */
export interface ConsentRow {
  readonly id: string;
  readonly createdBy: string;
  readonly subjectRef: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly etag: string;
  readonly document: string;
  readonly signature: string;
}

const COLUMNS = `id, created_by AS createdBy, subject_ref AS subjectRef, created_at AS createdAt,
  updated_at AS updatedAt, etag, document, signature`;

/**
 * SQL condition: the consent `@consentId` is visible to the focal point `@fp`: it recorded it, controls it, or
 * sends or receives a referral that references it.
 */
export const CONSENT_VISIBLE = `(
  EXISTS (SELECT 1 FROM consents c WHERE c.id = @consentId AND c.created_by = @fp)
  OR EXISTS (SELECT 1 FROM consent_controllers cc WHERE cc.consent_id = @consentId AND cc.focal_point = @fp)
  OR EXISTS (SELECT 1 FROM referrals r WHERE r.consent_id = @consentId AND (r.sender = @fp OR r.receiver = @fp)))`;

/** Prepared queries of the consents tables. */
export function consentRepository(db: Database.Database) {
  const get = db.prepare(`SELECT ${COLUMNS} FROM consents WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO consents (id, created_by, subject_ref, created_at, updated_at, etag, document, signature)
     VALUES (@id, @createdBy, @subjectRef, @createdAt, @updatedAt, @etag, @document, @signature)`,
  );
  const insertController = db.prepare(
    "INSERT OR IGNORE INTO consent_controllers (consent_id, focal_point) VALUES (?, ?)",
  );
  const update = db.prepare(
    `UPDATE consents SET updated_at = @updatedAt, etag = @etag, document = @document, signature = @signature
     WHERE id = @id AND etag = @previousEtag`,
  );
  const visible = db.prepare(`SELECT ${CONSENT_VISIBLE} AS visible`);
  const isController = db.prepare(
    "SELECT 1 FROM consent_controllers WHERE consent_id = ? AND focal_point = ?",
  );
  return {
    /** The consent with this id (any letter case), or undefined. */
    get: (id: string) => get.get(id.toLowerCase()) as ConsentRow | undefined,
    insert(row: ConsentRow, controllers: readonly string[]): void {
      insert.run(row);
      for (const fp of controllers) insertController.run(row.id, fp.toLowerCase());
    },
    /** Writes a new version when the stored ETag is still `previousEtag`; false when it changed meanwhile. */
    update: (row: ConsentRow, previousEtag: string) => update.run({ ...row, previousEtag }).changes === 1,
    /** Whether the focal point recorded, controls, or sees through a referral the consent `id` (lower case). */
    visibleTo: (id: string, fp: string) =>
      (visible.get({ consentId: id, fp }) as { visible: number }).visible === 1,
    /** Whether the focal point recorded or controls the consent (may record any event on it). */
    managedBy: (row: ConsentRow, fp: string) =>
      row.createdBy === fp || isController.get(row.id, fp) !== undefined,
  };
}

/** The consent repository's type. */
export type ConsentRepository = ReturnType<typeof consentRepository>;
