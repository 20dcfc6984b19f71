import { validate } from "@open-trm/validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvSheets, fromCsv, type TrmDocument, toCsv } from "../../src/csv/index.js";
import { parseCsv, stringifyCsv } from "../../src/internal/csv-text.js";
import { type AdapterResult, adapterIssueCodes } from "../../src/result.js";
import { trickyString, validDocument } from "./arbitraries.js";
import { examples, leaves } from "./support.js";

const FORMULA_START = /^[=+\-@\t\r]/;

function sheetsOf(docs: unknown): CsvSheets {
  const r = toCsv(docs, { form: "sheets" });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function textOf(docs: unknown): string {
  const r = toCsv(docs);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Every cell of a CSV text as written, before the guard is undone. */
function rawCells(text: string): string[] {
  const parsed = parseCsv(text, { restoreFormulas: false });
  if (!parsed.ok) throw new Error("unparsable output");
  return parsed.rows.flat();
}

/** A refused result is well-formed: stable codes, and paths that name a line, a row or a cell. */
function wellFormed(r: AdapterResult<unknown>, sheets: boolean): void {
  if (r.ok) {
    const docs = Array.isArray(r.value) ? r.value : [r.value];
    for (const d of docs) expect(validate(d).ok).toBe(true);
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) {
    expect(Object.keys(adapterIssueCodes)).toContain(i.code);
    const path = sheets
      ? /^(?:\/[^/]*(?:\/rows(?:\/\d+(?:\/.*)?)?|\/lines\/\d+)?)?$/s
      : /^(?:\/rows(?:\/\d+(?:\/.*)?)?|\/lines\/\d+)?$/s;
    expect(i.path).toMatch(path);
  }
}

describe("the document generator", () => {
  it("covers every tricky case often enough (checked on a fixed sample, like fc.statistics)", () => {
    const docs = fc.sample(validDocument, { numRuns: 300, seed: 42 });
    const strings = (d: unknown) =>
      leaves(d).flatMap((l) =>
        typeof l.value === "string" && l.path[0] !== "standardVersion" ? [l.value] : [],
      );
    const categories: Record<string, (d: unknown) => boolean> = {
      formulaStart: (d) => strings(d).some((s) => FORMULA_START.test(s)),
      numberLike: (d) => strings(d).some((s) => /^-?\d+(?:\.\d+)?(?:e\d+)?$/.test(s) && !/^\d{40}$/.test(s)),
      lineBreak: (d) => strings(d).some((s) => /[\r\n]/.test(s)),
      leadingQuote: (d) => strings(d).some((s) => /^["']/.test(s)),
      comma: (d) => strings(d).some((s) => s.includes(",")),
      astralUnicode: (d) => strings(d).some((s) => /[\u{10000}-\u{10FFFF}]/u.test(s)),
      emptyString: (d) => strings(d).includes(""),
      emptyContainer: (d) => leaves(d).some((l) => typeof l.value === "object" && l.value !== null),
      extensions: (d) => leaves(d).some((l) => l.path.includes("extensions")),
    };
    for (const [name, has] of Object.entries(categories)) {
      expect(docs.filter(has).length, name).toBeGreaterThanOrEqual(15);
    }
    expect(new Set(docs.map((d) => d.documentType)).size).toBe(6);
  });
});

describe("generated documents round-trip (fast-check)", () => {
  it("single-sheet form: fromCsv(toCsv(x)) deep-equals x", () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        expect(fromCsv(textOf(doc))).toEqual({ ok: true, value: doc, losses: [] });
      }),
      { numRuns: 150 },
    );
  });

  it("sheets form: fromCsv(toCsv(x)) deep-equals x", () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        expect(fromCsv(sheetsOf(doc))).toEqual({ ok: true, value: doc, losses: [] });
      }),
      { numRuns: 150 },
    );
  });

  it("several documents, of any types, round-trip in both forms", () => {
    fc.assert(
      fc.property(fc.array(validDocument, { maxLength: 4 }), (docs: TrmDocument[]) => {
        expect(fromCsv(textOf(docs), { many: true })).toEqual({ ok: true, value: docs, losses: [] });
        expect(fromCsv(sheetsOf(docs), { many: true })).toEqual({ ok: true, value: docs, losses: [] });
      }),
      { numRuns: 40 },
    );
  });

  it("no exported cell, header included, starts with a formula character unguarded", () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const cells = [textOf(doc), ...Object.values(sheetsOf(doc))].flatMap(rawCells);
        for (const cell of cells) expect(cell).not.toMatch(FORMULA_START);
      }),
      { numRuns: 100 },
    );
  });
});

const columnNames = [
  "documentType",
  "standardVersion",
  "id",
  "person.isChild",
  "roles.0",
  "extensions.si.x",
  "#",
];
const csvish = fc
  .array(
    fc.array(
      fc.oneof(
        fc.constantFrom(...columnNames, "victimProfile", "focalPoint", "[]", "{}", "0"),
        trickyString(30),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    { maxLength: 5 },
  )
  .map((rows) => stringifyCsv(rows, { guardFormulas: false }));

describe("foreign and malformed input never throws (fast-check)", () => {
  it("arbitrary text and CSV-like text give a valid document or well-formed issues", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string({ unit: fc.constantFrom(...'",\r\n=ab.~0#') }),
          csvish,
        ),
        (text) => {
          wellFormed(fromCsv(text, { many: true }), false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("arbitrary sheets give a valid document or well-formed issues", () => {
    const name = fc.oneof(
      fc.constantFrom("documents", "focalPoints", "person.languages", "roles", "x~"),
      fc.string(),
    );
    const sheet = fc.oneof(csvish, fc.string(), fc.anything());
    fc.assert(
      fc.property(fc.dictionary(name, sheet, { noNullPrototype: true }), (sheets) => {
        wellFormed(fromCsv(sheets, { many: true }), true);
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary values of any type give issues, never a throw", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = fromCsv(value);
        if (
          typeof value !== "string" &&
          (typeof value !== "object" || value === null || Array.isArray(value))
        )
          expect(r.ok).toBe(false);
      }),
    );
  });

  it("real files with random cells replaced, rows dropped or columns renamed never throw", () => {
    const texts = examples.map((e) => textOf(e.doc));
    const edit = fc.record({
      file: fc.nat(texts.length - 1),
      row: fc.nat(3),
      column: fc.nat(400),
      value: fc.oneof(
        trickyString(30),
        fc.constantFrom("", "[]", "{}", "0", "-1", "true", "person.isChild", "10000"),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean(), (edits, sheetsForm) => {
        const file = edits[0]?.file ?? 0;
        if (sheetsForm) {
          const sheets = { ...sheetsOf(examples[file]?.doc) };
          const names = Object.keys(sheets);
          for (const e of edits) {
            const target = names[e.column % names.length] as string;
            sheets[target] = mutate(sheets[target] as string, e);
          }
          wellFormed(fromCsv(sheets), true);
        } else {
          let text = texts[file] as string;
          for (const e of edits) text = mutate(text, e);
          wellFormed(fromCsv(text), false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function mutate(text: string, e: { row: number; column: number; value: string }): string {
  const rows = (parseCsv(text) as { rows: string[][] }).rows;
  if (rows.length === 0) return text;
  const row = rows[e.row % rows.length] as string[];
  if (e.value === "10000") rows.splice(e.row % rows.length, 1);
  else row[e.column % row.length] = e.value;
  return stringifyCsv(rows);
}
