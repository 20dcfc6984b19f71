import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCell, encodeCell, encodeFree } from "../../src/csv/cell.js";
import { neutraliseCell } from "../../src/internal/csv-text.js";
import { freeJson, trickyString } from "./arbitraries.js";
import { cellTable, kinds, readTable, refusedTable } from "./cell-table.js";

describe("cell encoding table", () => {
  it.each(cellTable)("$kind $value is written $cell", ({ kind, value, cell, guarded }) => {
    expect(encodeCell(value, kinds[kind])).toBe(cell);
    expect(neutraliseCell(cell)).toBe(guarded ?? cell);
  });

  it.each(cellTable)("$kind cell $cell reads back exactly", ({ kind, value, cell }) => {
    const decoded = decodeCell(cell, kinds[kind]);
    expect(decoded).toMatchObject({ ok: true, present: true });
    if (decoded.ok && decoded.present) expect(decoded.value).toStrictEqual(value);
  });

  it.each(readTable)("$kind cell $cell reads as $want", ({ kind, cell, want }) => {
    expect(decodeCell(cell, kinds[kind])).toMatchObject({ ok: true, present: true, value: want });
  });

  it.each(refusedTable)("$kind cell $cell is refused with the expected shape", ({ kind, cell }) => {
    const decoded = decodeCell(cell, kinds[kind]);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.expected).not.toContain(cell);
  });

  it.each(Object.keys(kinds) as (keyof typeof kinds)[])("an empty %s cell is an absent field", (kind) => {
    expect(decodeCell("", kinds[kind])).toEqual({ ok: true, present: false });
  });
});

describe("cell round-trips (fast-check)", () => {
  it("any string in a text column", () => {
    fc.assert(
      fc.property(fc.oneof(trickyString(), fc.string({ unit: "binary" })), (s) => {
        expect(decodeCell(encodeCell(s, kinds.string), kinds.string)).toEqual({
          ok: true,
          present: true,
          value: s,
          container: false,
        });
      }),
    );
  });

  it("any finite number in a number column, negative zero included", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const decoded = decodeCell(encodeCell(n, kinds.number), kinds.number);
        expect(decoded.ok && decoded.present && Object.is(decoded.value, n)).toBe(true);
      }),
    );
  });

  it("any free JSON value in one cell", () => {
    fc.assert(
      fc.property(freeJson, (v) => {
        const decoded = decodeCell(encodeFree(v), kinds.free);
        expect(decoded).toMatchObject({ ok: true, present: true });
        if (decoded.ok && decoded.present) expect(decoded.value).toStrictEqual(v);
      }),
    );
  });
});
