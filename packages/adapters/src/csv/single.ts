import { documentTypeNames } from "@open-trm/schema/data";
import { stringifyCsv } from "../internal/csv-text.js";
import { issue } from "../internal/result.js";
import type { AdapterIssue } from "../result.js";
import { DocBuilder } from "./builder.js";
import { cellPath, columnName } from "./column-name.js";
import { ColumnOrder, typeRanker } from "./column-order.js";
import { type FlatCell, flatten } from "./flatten.js";
import {
  finishAll,
  gapIssues,
  knownColumns,
  parseText,
  placeCells,
  readHeader,
  rowType,
} from "./read-common.js";
import { cellOfPointer } from "./resolve.js";
import { shapeOf } from "./shape.js";
import type { TrmDocument } from "./types.js";

/** The single-sheet form: a header of leaf columns (the union over all documents) and one row per document. */
export function writeSingle(docs: readonly TrmDocument[], bom: boolean): string {
  const order = new ColumnOrder();
  const rankOf = typeRanker();
  const rows = docs.map((doc) => {
    const sink = { cells: [] as FlatCell[], base: rankOf(doc.documentType) };
    flatten(doc, shapeOf(doc.documentType), sink);
    const cells = new Map<string, string>();
    for (const c of sink.cells) {
      order.add(c.path, c.ranks);
      cells.set(columnName(c.path), c.cell);
    }
    return cells;
  });
  const header = order.paths().map(columnName);
  if (header.length === 0) header.push("documentType");
  const text = stringifyCsv([header, ...rows.map((cells) => header.map((name) => cells.get(name) ?? ""))]);
  return bom ? `\uFEFF${text}` : text;
}

/** Reads the single-sheet form; returns the validated documents, or undefined with issues. */
export function readSingle(text: string, issues: AdapterIssue[]): unknown[] | undefined {
  const rows = parseText(text, issues);
  if (!rows) return undefined;
  const header = rows[0];
  if (!header) {
    issues.push(issue("ADAPTER_MISSING", cellPath(0), "the CSV has no header row"));
    return undefined;
  }
  const tokens = readHeader(header, issues);
  const typeColumn = header.indexOf("documentType");
  if (typeColumn < 0) {
    issues.push(issue("ADAPTER_MISSING", cellPath(0), "the header has no documentType column"));
    return undefined;
  }
  const types = rows
    .slice(1)
    .map((row, i) => rowType(row[typeColumn], cellPath(i + 1, "documentType"), issues));
  const present = [...new Set(types.filter((t) => t !== undefined))];
  const shapes = (present.length > 0 ? present : documentTypeNames).map(shapeOf);
  const known = knownColumns(tokens, header, shapes, true, issues);
  const builders: DocBuilder[] = [];
  const docs: { doc: unknown; locate: (pointer: string) => string }[] = [];
  types.forEach((type, i) => {
    if (!type) return;
    const record = i + 1;
    const row = rows[record] as string[];
    const shape = shapeOf(type);
    const builder = new DocBuilder();
    const cells = header
      .map((name, j) => ({ tokens: tokens[j] as string[], text: row[j] ?? "", at: cellPath(record, name) }))
      .filter((_, j) => known[j]);
    placeCells(builder, shape, [], cells, true, issues);
    builders.push(builder);
    const locate = (pointer: string) => {
      const cell = cellOfPointer(builder.root, shape, pointer, (v) => builder.isWhole(v));
      return cellPath(record, cell.length > 0 ? columnName(cell) : undefined);
    };
    docs.push({ doc: builder.root, locate });
  });
  // Gaps are checked only on otherwise clean input: a refused cell would show up as a gap too.
  if (issues.length === 0) for (const builder of builders) gapIssues(builder, issues);
  if (issues.length > 0) return undefined;
  const out = finishAll(docs, issues);
  return issues.length > 0 ? undefined : out;
}
