import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvSheets, DOCUMENTS_SHEET, fromCsv, toCsv } from "../../src/csv/index.js";
import { parseCsv, stringifyCsv } from "../../src/internal/csv-text.js";
import { examples } from "./support.js";

const docs = examples.map((e) => e.doc);

function records(text: string): string[][] {
  return (parseCsv(text) as { rows: string[][] }).rows;
}

describe("toCsv / fromCsv options", () => {
  it("bom: true starts every text with a UTF-8 byte order mark, which fromCsv skips", () => {
    const single = toCsv(docs[0], { bom: true });
    const sheets = toCsv(docs[0], { form: "sheets", bom: true });
    expect(single.ok && single.value.startsWith("\uFEFFdocumentType,")).toBe(true);
    expect(sheets.ok && Object.values(sheets.value).every((t) => t.startsWith("\uFEFF#,"))).toBe(true);
    expect(single.ok && fromCsv(single.value)).toEqual({ ok: true, value: docs[0], losses: [] });
    expect(sheets.ok && fromCsv(sheets.value)).toEqual({ ok: true, value: docs[0], losses: [] });
  });

  it("writes RFC 4180 text: CRLF line ends and a final line break", () => {
    const r = toCsv(docs[0]);
    if (!r.ok) throw new Error("invalid example");
    expect(r.value.endsWith("\r\n")).toBe(true);
    expect(r.value.split("\r\n")).toHaveLength(records(r.value).length + 1);
    expect(r.value.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("an empty list of documents gives a header-only file that reads back as no documents", () => {
    const single = toCsv([]);
    const sheets = toCsv([], { form: "sheets" });
    expect(single).toEqual({ ok: true, value: "documentType\r\n", losses: [] });
    expect(sheets).toEqual({ ok: true, value: { [DOCUMENTS_SHEET]: "#,documentType\r\n" }, losses: [] });
    expect(fromCsv(single.ok ? single.value : "", { many: true })).toEqual({
      ok: true,
      value: [],
      losses: [],
    });
    expect(fromCsv(sheets.ok ? sheets.value : {}, { many: true })).toEqual({
      ok: true,
      value: [],
      losses: [],
    });
  });

  it("many: true returns a one-element array for one document", () => {
    const r = toCsv(docs[0]);
    expect(r.ok && fromCsv(r.value, { many: true })).toEqual({ ok: true, value: [docs[0]], losses: [] });
  });
});

describe("spreadsheet edits that change nothing", () => {
  it("moving columns of the single-sheet form", () => {
    fc.assert(
      fc.property(fc.constantFrom(...docs), fc.integer(), (doc, seed) => {
        const r = toCsv(doc);
        if (!r.ok) throw new Error("invalid example");
        const rows = records(r.value);
        const order = (rows[0] as string[])
          .map((_, j) => j)
          .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const moved = stringifyCsv(rows.map((row) => order.map((j) => row[j] as string)));
        expect(fromCsv(moved)).toEqual({ ok: true, value: doc, losses: [] });
      }),
      { numRuns: 30 },
    );
  });

  it("sorting the rows of every sheet in reverse", () => {
    const r = toCsv(docs, { form: "sheets" });
    if (!r.ok) throw new Error("invalid examples");
    const reversed: Record<string, string> = {};
    for (const [name, text] of Object.entries(r.value)) {
      const [header, ...rows] = records(text);
      reversed[name] = stringifyCsv([header as string[], ...rows.reverse()]);
    }
    const sheets: CsvSheets = reversed;
    expect(fromCsv(sheets, { many: true })).toEqual({ ok: true, value: docs, losses: [] });
  });
});
