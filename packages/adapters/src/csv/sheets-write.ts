import { stringifyCsv } from "../internal/csv-text.js";
import { encodeCell } from "./cell.js";
import { columnName, type Segment } from "./column-name.js";
import { ColumnOrder, typeRanker } from "./column-order.js";
import { type CutList, type FlatCell, flatten } from "./flatten.js";
import { shapeOf } from "./shape.js";
import { DOCUMENT_KEY, DOCUMENTS_SHEET, type TrmDocument, VALUE_COLUMN } from "./types.js";

interface Draft {
  readonly keys: readonly string[];
  readonly order: ColumnOrder;
  readonly rows: { readonly keys: readonly string[]; readonly cells: Map<string, string> }[];
}

/** Where a list sits: the path of list names from the document, its ranks, and its key columns and values. */
interface Parent {
  readonly template: readonly Segment[];
  readonly ranks: readonly number[];
  readonly keyNames: readonly string[];
  readonly keyValues: readonly string[];
}

/** The key column of the items of a list: `#` followed by the list's sheet name. */
export function listKey(sheet: string): string {
  return `${DOCUMENT_KEY}${sheet}`;
}

class SheetWriter {
  readonly drafts = new Map<string, Draft>();
  readonly sheetOrder = new ColumnOrder();

  constructor() {
    this.drafts.set(DOCUMENTS_SHEET, { keys: [DOCUMENT_KEY], order: new ColumnOrder(), rows: [] });
  }

  addRow(
    sheet: string,
    keys: readonly string[],
    keyValues: readonly string[],
    cells: readonly FlatCell[],
  ): void {
    let draft = this.drafts.get(sheet);
    if (!draft) {
      draft = { keys, order: new ColumnOrder(), rows: [] };
      this.drafts.set(sheet, draft);
    }
    const map = new Map<string, string>();
    for (const c of cells) {
      draft.order.add(c.path, c.ranks);
      map.set(columnName(c.path), c.cell);
    }
    draft.rows.push({ keys: keyValues, cells: map });
  }

  addList(parent: Parent, cut: CutList, base: number): void {
    const template = [...parent.template, ...cut.path];
    const ranks = [...parent.ranks, ...cut.ranks];
    const sheet = columnName(template);
    this.sheetOrder.add(template, ranks);
    const keyNames = [...parent.keyNames, listKey(sheet)];
    cut.items.forEach((item, i) => {
      const keyValues = [...parent.keyValues, String(i)];
      if (cut.item.kind !== "object") {
        const cell = { path: [VALUE_COLUMN], ranks: [0], cell: encodeCell(item, cut.item) };
        this.addRow(sheet, keyNames, keyValues, [cell]);
        return;
      }
      const sink = { cells: [] as FlatCell[], cuts: [] as CutList[], base };
      flatten(item, cut.item, sink);
      // The row itself stands for the item, so an empty item needs no `{}` marker.
      this.addRow(
        sheet,
        keyNames,
        keyValues,
        sink.cells.filter((c) => c.path.length > 0),
      );
      for (const sub of sink.cuts) this.addList({ template, ranks, keyNames, keyValues }, sub, base);
    });
  }

  texts(bom: boolean): Record<string, string> {
    const names = [DOCUMENTS_SHEET, ...this.sheetOrder.paths().map(columnName)];
    const out: Record<string, string> = {};
    for (const name of names) {
      const draft = this.drafts.get(name) as Draft;
      const columns = draft.order.paths().map(columnName);
      // With no document at all, the documents sheet still names its type column, so it reads back as empty.
      if (name === DOCUMENTS_SHEET && columns.length === 0) columns.push("documentType");
      const rows = draft.rows.map((r) => [...r.keys, ...columns.map((c) => r.cells.get(c) ?? "")]);
      const text = stringifyCsv([[...draft.keys, ...columns], ...rows]);
      out[name] = bom ? `\uFEFF${text}` : text;
    }
    return out;
  }
}

/** The sheets form: a `documents` sheet with one row per document, and one sheet per list (array). */
export function writeSheets(docs: readonly TrmDocument[], bom: boolean): Record<string, string> {
  const writer = new SheetWriter();
  const rankOf = typeRanker();
  docs.forEach((doc, d) => {
    const base = rankOf(doc.documentType);
    const sink = { cells: [] as FlatCell[], cuts: [] as CutList[], base };
    flatten(doc, shapeOf(doc.documentType), sink);
    const keyValues = [String(d)];
    writer.addRow(DOCUMENTS_SHEET, [DOCUMENT_KEY], keyValues, sink.cells);
    const root: Parent = { template: [], ranks: [], keyNames: [DOCUMENT_KEY], keyValues };
    for (const cut of sink.cuts) writer.addList(root, cut, base);
  });
  return writer.texts(bom);
}
