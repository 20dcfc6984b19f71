import { documentTypeNames } from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import { decodeCell } from "../../src/csv/cell.js";
import { columnName, parseColumnName } from "../../src/csv/column-name.js";
import { fromCsv, toCsv } from "../../src/csv/index.js";
import { resolveColumn } from "../../src/csv/resolve.js";
import { shapeOf } from "../../src/csv/shape.js";
import { parseCsv } from "../../src/internal/csv-text.js";
import { examples, leaves } from "./support.js";

function single(doc: unknown): string {
  const r = toCsv(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.losses).toEqual([]);
  return r.value;
}

describe("every example round-trips", () => {
  it("covers all 29 examples of the six document types", () => {
    expect(examples).toHaveLength(29);
    expect(new Set(examples.map((e) => e.doc.documentType))).toEqual(new Set(documentTypeNames));
  });

  it.each(examples)("single-sheet form: $name", ({ doc }) => {
    const text = single(doc);
    expect(fromCsv(text)).toEqual({ ok: true, value: doc, losses: [] });
  });

  it.each(examples)("sheets form: $name", ({ doc }) => {
    const r = toCsv(doc, { form: "sheets" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value)[0]).toBe("documents");
    expect(fromCsv(r.value)).toEqual({ ok: true, value: doc, losses: [] });
  });

  it.each(examples)("every leaf of $name has its own column holding exactly its value", ({ doc }) => {
    const rows = (parseCsv(single(doc)) as { rows: string[][] }).rows;
    const [header, row] = rows as [string[], string[]];
    expect(rows).toHaveLength(2);
    const all = leaves(doc);
    const shape = shapeOf(doc.documentType);
    for (const leaf of all) {
      const name = columnName(leaf.path);
      const column = header.indexOf(name);
      expect(column, name).toBeGreaterThanOrEqual(0);
      const resolved = resolveColumn(shape, parseColumnName(name) ?? [], true);
      expect(resolved.ok, name).toBe(true);
      if (!resolved.ok) continue;
      expect(resolved.path).toEqual(leaf.path);
      const decoded = decodeCell(row[column] as string, resolved.shape);
      expect(decoded).toMatchObject({ ok: true, present: true, value: leaf.value });
    }
    // No column beyond the leaves: nothing invented, nothing duplicated.
    expect(header).toHaveLength(all.length);
  });

  it("all examples together, of mixed types, round-trip in both forms", () => {
    const docs = examples.map((e) => e.doc);
    const text = toCsv(docs);
    const sheets = toCsv(docs, { form: "sheets" });
    expect(text.ok && sheets.ok).toBe(true);
    if (!text.ok || !sheets.ok) return;
    expect(fromCsv(text.value, { many: true })).toEqual({ ok: true, value: docs, losses: [] });
    expect(fromCsv(sheets.value, { many: true })).toEqual({ ok: true, value: docs, losses: [] });
  });

  it.each(documentTypeNames)(
    "several %s documents share one sheet with the union of their columns",
    (type) => {
      const docs = examples.filter((e) => e.doc.documentType === type).map((e) => e.doc);
      const text = single(docs);
      const header = new Set((parseCsv(text) as { rows: string[][] }).rows[0]);
      const union = new Set(docs.flatMap((d) => (parseCsv(single(d)) as { rows: string[][] }).rows[0] ?? []));
      expect(header).toEqual(union);
      expect(fromCsv(text, { many: true })).toEqual({ ok: true, value: docs, losses: [] });
    },
  );
});
