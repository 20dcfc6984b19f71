import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCsv, toCsv } from "../../src/csv/index.js";
import { parseCsv } from "../../src/internal/csv-text.js";
import { trickyConstants, validDocument } from "./arbitraries.js";
import { clone, examples } from "./support.js";

// OWASP "CSV Injection": a cell starting with =, +, -, @, tab or carriage return can run as a formula.
const dangerous = [
  "=1+1",
  "+1+1",
  "-1+1",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  '=HYPERLINK("http://example.invalid")',
];
const profile = examples.find((e) => e.doc.documentType === "victimProfile")?.doc;

/** Where a dangerous string is put: a core text field, a list item, extension content and an extension key. */
const placements: readonly { name: string; put: (doc: Record<string, unknown>, s: string) => void }[] = [
  { name: "person.givenNames", put: (d, s) => Object.assign(d.person as object, { givenNames: s }) },
  { name: "person.otherNames.0", put: (d, s) => Object.assign(d.person as object, { otherNames: [s] }) },
  { name: "case.notes", put: (d, s) => Object.assign(d.case as object, { notes: s }) },
  { name: "extension value", put: (d, s) => Object.assign(d, { extensions: { si: { note: s } } }) },
  {
    name: "extension key (a header cell)",
    put: (d, s) => Object.assign(d, { extensions: { si: { [s]: 1 } } }),
  },
];

function raw(text: string): string[][] {
  const r = parseCsv(text, { restoreFormulas: false });
  if (!r.ok) throw new Error("unparsable");
  return r.rows;
}

describe("formula injection", () => {
  const cases = placements.flatMap((p) => dangerous.map((value) => ({ where: p.name, put: p.put, value })));

  it.each(cases)("$where = $value is guarded in the file and restored on import", ({ where, put, value }) => {
    const doc = clone(profile) as unknown as Record<string, unknown>;
    put(doc, value);
    for (const form of ["single", "sheets"] as const) {
      const r = toCsv(doc, { form });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const texts = typeof r.value === "string" ? [r.value] : Object.values(r.value);
      const cells = texts.flatMap(raw).flat();
      // A value cell shows up guarded; a key sits inside its header behind `extensions.`, so needs no guard.
      if (!where.startsWith("extension key")) expect(cells).toContain(`'${value}`);
      for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      expect(fromCsv(r.value)).toEqual({ ok: true, value: doc, losses: [] });
    }
  });

  it("a value already starting with the guard quote survives the guard", () => {
    const doc = clone(profile) as unknown as Record<string, unknown>;
    placements[0]?.put(doc, "'=1+1");
    const r = toCsv(doc);
    expect(r.ok && raw(r.value).flat()).toContain("''=1+1");
    expect(r.ok && fromCsv(r.value)).toEqual({ ok: true, value: doc, losses: [] });
  });

  it("is not applied to cells that only contain a formula character later", () => {
    const doc = clone(profile) as unknown as Record<string, unknown>;
    placements[0]?.put(doc, "Ana=1+1");
    const r = toCsv(doc);
    expect(r.ok && raw(r.value).flat()).toContain("Ana=1+1");
  });

  it("holds for every tricky string in every free text field of generated documents", () => {
    expect(trickyConstants.some((s) => /^[=+\-@\t\r]/.test(s))).toBe(true);
    fc.assert(
      fc.property(validDocument, (doc) => {
        const r = toCsv(doc);
        if (!r.ok) throw new Error("valid document refused");
        for (const c of raw(r.value).flat()) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 100 },
    );
  });
});
