import { type DocumentTypeName, documentTypeNames } from "@open-trm/schema/data";
import { issue } from "../internal/result.js";
import type { AdapterIssue } from "../result.js";
import { DocBuilder } from "./builder.js";
import { decodeCell } from "./cell.js";
import {
  cellPath,
  columnName,
  parseColumnName,
  pointerOf,
  pointerToken,
  type Segment,
} from "./column-name.js";
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
import { type Shape, shapeOf } from "./shape.js";
import { type ListLayout, listLayout, readKey } from "./sheets-layout.js";
import { DOCUMENT_KEY, DOCUMENTS_SHEET, VALUE_COLUMN } from "./types.js";

interface Table {
  readonly name: string;
  readonly header: readonly string[];
  readonly tokens: readonly (string[] | undefined)[];
  readonly rows: readonly string[][];
}

interface DocState {
  readonly type: DocumentTypeName;
  readonly shape: Shape;
  readonly builder: DocBuilder;
  readonly record: number;
  /** The sheet row of every list item, by the item's JSON Pointer (to move validator issues onto cells). */
  readonly items: Map<string, { readonly sheet: string; readonly record: number; readonly scalar: boolean }>;
}

function cellsOf(table: Table, record: number, keep: (j: number) => boolean) {
  const row = table.rows[record] as string[];
  return table.header
    .map((name, j) => ({
      tokens: table.tokens[j] as string[],
      text: row[j] ?? "",
      at: cellPath(record, name, table.name),
    }))
    .filter((_, j) => keep(j));
}

function readDocuments(table: Table, issues: AdapterIssue[]): Map<number, DocState> {
  const docs = new Map<number, DocState>();
  const key = table.header.indexOf(DOCUMENT_KEY);
  const type = table.header.indexOf("documentType");
  if (key < 0 || type < 0) {
    issues.push(
      issue("ADAPTER_MISSING", cellPath(0, undefined, table.name), "needs the # and documentType columns"),
    );
    return docs;
  }
  const numbers = new Map<number, number>();
  const types = table.rows.map((row, r) =>
    r === 0 ? undefined : rowType(row[type], cellPath(r, "documentType", table.name), issues),
  );
  const present = [...new Set(types.filter((t) => t !== undefined))];
  const shapes = (present.length > 0 ? present : documentTypeNames).map(shapeOf);
  const dataTokens = table.tokens.map((t, j) => (j === key ? [] : t));
  const known = knownColumns(dataTokens, table.header, shapes, false, issues, table.name);
  for (let r = 1; r < table.rows.length; r++) {
    const row = table.rows[r] as string[];
    const d = readKey(row[key], cellPath(r, DOCUMENT_KEY, table.name), issues);
    if (d === undefined) continue;
    if (numbers.has(d))
      issues.push(
        issue(
          "ADAPTER_INVALID_VALUE",
          cellPath(r, DOCUMENT_KEY, table.name),
          "document number appears on more than one row",
        ),
      );
    numbers.set(d, r);
    const t = types[r];
    if (!t || docs.has(d)) continue;
    const doc: DocState = {
      type: t,
      shape: shapeOf(t),
      builder: new DocBuilder(),
      record: r,
      items: new Map(),
    };
    placeCells(
      doc.builder,
      doc.shape,
      [],
      cellsOf(table, r, (j) => j !== key && known[j] === true),
      false,
      issues,
    );
    docs.set(d, doc);
  }
  const last = Math.max(-1, ...numbers.keys());
  for (let d = 0; d < last; d++) {
    if (numbers.has(d)) continue;
    const at = cellPath(numbers.get(last) ?? 0, DOCUMENT_KEY, table.name);
    issues.push(
      issue("ADAPTER_MISSING", at, `documents are numbered from 0 without gaps; document ${d} is missing`),
    );
    break;
  }
  return docs;
}

function readList(table: Table, docs: Map<number, DocState>, issues: AdapterIssue[]): void {
  const sheetAt = `/${pointerToken(table.name)}`;
  const tokens = parseColumnName(table.name);
  const layouts = new Map<DocumentTypeName, ListLayout | undefined>();
  for (const doc of docs.values()) layouts.set(doc.type, tokens && listLayout(doc.shape, tokens));
  const present = [...layouts.values()].filter((l) => l !== undefined);
  if (!tokens || present.length === 0) {
    issues.push(
      issue("ADAPTER_UNKNOWN_FIELD", sheetAt, "sheet is not a list of any document in the documents sheet"),
    );
    return;
  }
  const keyNames = new Set(present.flatMap((l) => l.keys));
  for (const k of keyNames) {
    if (!table.header.includes(k))
      issues.push(
        issue("ADAPTER_MISSING", cellPath(0, k, table.name), "the key column named by this path is missing"),
      );
  }
  const isData = (j: number) => !keyNames.has(table.header[j] as string);
  // Key columns, and `value` where some document's list holds scalars, are known; the rest are item fields.
  const scalars = present.some((l) => l.item.kind !== "object");
  const items = present.flatMap((l) => (l.item.kind === "object" ? [l.item] : []));
  const fieldTokens = table.tokens.map((t, j) =>
    !isData(j) || (scalars && table.header[j] === VALUE_COLUMN) ? [] : t,
  );
  const known = knownColumns(fieldTokens, table.header, items, false, issues, table.name);
  const list: ListSheet = { table, tokens, docs, layouts, known, isData };
  for (let r = 1; r < table.rows.length; r++) readItem(list, r, issues);
}

/** What reading the rows of one list sheet needs. */
interface ListSheet {
  readonly table: Table;
  /** The sheet name's tokens: the list's path without indexes. */
  readonly tokens: readonly string[];
  readonly docs: Map<number, DocState>;
  /** The list's layout in each document type present (undefined where that type has no such list). */
  readonly layouts: Map<DocumentTypeName, ListLayout | undefined>;
  /** Whether each column is a key, `value` or a field of the items (unknown ones were reported). */
  readonly known: readonly boolean[];
  /** Whether a column holds item data rather than a key. */
  readonly isData: (j: number) => boolean;
}

/** Places one row of a list sheet as an item of its document. */
function readItem(list: ListSheet, r: number, issues: AdapterIssue[]): void {
  const { table, tokens, docs, layouts, known, isData } = list;
  const row = table.rows[r] as string[];
  const at = (column?: string) => cellPath(r, column, table.name);
  const keyCell = (name: string) => row[table.header.indexOf(name)];
  const d = readKey(keyCell(DOCUMENT_KEY), at(DOCUMENT_KEY), issues);
  if (d === undefined) return;
  const doc = docs.get(d);
  const layout = doc && layouts.get(doc.type);
  if (!doc || !layout) {
    issues.push(
      issue("ADAPTER_INVALID_VALUE", at(DOCUMENT_KEY), "no document with this number has this list"),
    );
    return;
  }
  const path: Segment[] = [];
  let done = 0;
  for (let level = 0; level < layout.levels.length; level++) {
    const end = layout.levels[level] as number;
    const name = layout.keys[level + 1] as string;
    path.push(...tokens.slice(done, end));
    done = end;
    const index = readKey(keyCell(name), at(name), issues);
    if (index === undefined) return;
    path.push(index);
    if (level < layout.levels.length - 1 && doc.builder.get(path) === undefined) {
      issues.push(
        issue("ADAPTER_INVALID_VALUE", at(name), "no row in the enclosing list's sheet has this key"),
      );
      return;
    }
  }
  const origin = at(layout.keys[layout.keys.length - 1]);
  const scalar = layout.item.kind !== "object";
  let item: unknown = {};
  let sealed = false;
  if (scalar) {
    const decoded = decodeCell(row[table.header.indexOf(VALUE_COLUMN)] ?? "", layout.item);
    if (!decoded.ok || !decoded.present) {
      const message = decoded.ok ? "a list item needs a value" : `expected ${decoded.expected}`;
      issues.push(issue(decoded.ok ? "ADAPTER_MISSING" : "ADAPTER_WRONG_TYPE", at(VALUE_COLUMN), message));
      return;
    }
    item = decoded.value;
    sealed = decoded.container;
  }
  if (!doc.builder.set(path, item, origin, sealed)) {
    issues.push(
      issue("ADAPTER_INVALID_VALUE", origin, "list item given twice, or its list is also marked empty"),
    );
    return;
  }
  doc.items.set(pointerOf(path), { sheet: table.name, record: r, scalar });
  if (!scalar) {
    const cells = cellsOf(table, r, (j) => isData(j) && known[j] === true);
    placeCells(doc.builder, layout.item, path, cells, false, issues);
  }
}

function locator(doc: DocState): (pointer: string) => string {
  return (pointer) => {
    const cell = cellOfPointer(doc.builder.root, doc.shape, pointer, (v) => doc.builder.isWhole(v));
    const k = cell.findLastIndex((s) => typeof s === "number");
    const row = k < 0 ? undefined : doc.items.get(pointerOf(cell.slice(0, k + 1)));
    if (!row) return cellPath(doc.record, cell.length > 0 ? columnName(cell) : undefined, DOCUMENTS_SHEET);
    const rest = cell.slice(k + 1);
    return cellPath(
      row.record,
      rest.length > 0 ? columnName(rest) : row.scalar ? VALUE_COLUMN : undefined,
      row.sheet,
    );
  };
}

/** Reads the sheets form; returns the validated documents in `#` order, or undefined with issues. */
export function readSheets(
  input: Readonly<Record<string, unknown>>,
  issues: AdapterIssue[],
): unknown[] | undefined {
  const tables: Table[] = [];
  for (const [name, text] of Object.entries(input)) {
    if (typeof text !== "string") {
      issues.push(issue("ADAPTER_WRONG_TYPE", `/${pointerToken(name)}`, "each sheet must be CSV text"));
      continue;
    }
    const rows = parseText(text, issues, name);
    if (!rows) continue;
    const header = rows[0];
    if (!header)
      issues.push(issue("ADAPTER_MISSING", cellPath(0, undefined, name), "the sheet has no header row"));
    else tables.push({ name, header, tokens: readHeader(header, issues, name), rows });
  }
  const root = tables.find((t) => t.name === DOCUMENTS_SHEET);
  if (!root) {
    issues.push(issue("ADAPTER_MISSING", `/${DOCUMENTS_SHEET}`, "the sheets form needs a documents sheet"));
    return undefined;
  }
  const docs = readDocuments(root, issues);
  const lists = tables.filter((t) => t !== root);
  // Parents first: a list's sheet name is a prefix of the names of the lists inside its items.
  const depth = (t: Table) => parseColumnName(t.name)?.length ?? 0;
  for (const table of lists.sort((a, b) => depth(a) - depth(b))) readList(table, docs, issues);
  // Gaps are checked only on otherwise clean input: a refused row would show up as a gap too.
  if (issues.length === 0) for (const doc of docs.values()) gapIssues(doc.builder, issues);
  if (issues.length > 0) return undefined;
  const ordered = [...docs.entries()].sort((a, b) => a[0] - b[0]).map(([, doc]) => doc);
  const out = finishAll(
    ordered.map((doc) => ({ doc: doc.builder.root, locate: locator(doc) })),
    issues,
  );
  return issues.length > 0 ? undefined : out;
}
