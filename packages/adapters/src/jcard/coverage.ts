// Which Open TRM fields the mapping tables carry, as pointer patterns (`*` for any array index); any leaf of an
// input outside them is reported as a loss, so nothing is dropped silently.
import { codecs } from "./mapping/codecs.js";
import { directoryRows, focalPointRows, memberRow, type PropertyRow } from "./mapping/rows.js";
import { kinds } from "./mapping/tables.js";
import { pointerPattern, pointerToken } from "./pointer.js";

/** The pointer patterns one row carries; a row whose codec is `json` carries everything below its pointer too. */
export function carriedPointers(row: PropertyRow): string[] {
  const p = row.pointer;
  switch (row.form) {
    case "scalar":
      return [p];
    case "repeat":
    case "list":
      return [p, `${p}/*`];
    case "objects":
    case "object": {
      const item = row.form === "objects" ? `${p}/*` : p;
      const fields = [
        ...("components" in row.value ? row.value.components : [{ ...row.value, list: false }]),
        ...(row.params ?? []),
      ].flatMap((f) =>
        f ? [f.list ? `${item}/${f.field}/*` : `${item}/${f.field}`, `${item}/${f.field}`] : [],
      );
      return [...(row.form === "objects" ? [p, item] : p === "" ? [] : [p]), ...fields];
    }
  }
}

const wholeRows = (rows: readonly PropertyRow[]) =>
  rows.filter((r) => r.form === "scalar" && codecs[r.codec] === codecs.json).map((r) => r.pointer);

function patterns(rows: readonly PropertyRow[], documentType: string): Set<string> {
  const fns = kinds.filter((k) => k.documentType === documentType).map((k) => k.fn);
  return new Set(["/documentType", ...fns, ...rows.flatMap(carriedPointers)]);
}

const focalPoint = { exact: patterns(focalPointRows, "focalPoint"), whole: wholeRows(focalPointRows) };
// An empty directory is a group card without MEMBER properties.
const directory = {
  exact: new Set([...patterns(directoryRows, "focalPointDirectory"), "/focalPoints"]),
  whole: wholeRows(directoryRows),
};

/** Whether the tables carry the leaf at this pointer of a focal point or directory document. */
export function isCarried(pointer: string, documentType: "focalPoint" | "focalPointDirectory"): boolean {
  const pattern = pointerPattern(pointer);
  const fp = /^\/focalPoints\/\*(\/.*)?$/.exec(pattern);
  if (documentType === "focalPointDirectory" && fp) {
    return (
      pattern === memberRow.pointer || isCarried(pointer.replace(/^\/focalPoints\/\d+/, ""), "focalPoint")
    );
  }
  const table = documentType === "focalPoint" ? focalPoint : directory;
  return table.exact.has(pattern) || table.whole.some((w) => pattern.startsWith(`${w}/`));
}

/** Every leaf of a JSON value (primitives, empty arrays and empty objects) with its pointer. */
export function leaves(value: unknown, at = ""): { pointer: string; value: unknown }[] {
  if (Array.isArray(value))
    return value.length === 0 ? [{ pointer: at, value }] : value.flatMap((v, i) => leaves(v, `${at}/${i}`));
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [{ pointer: at, value }];
    return entries.flatMap(([k, v]) => leaves(v, `${at}/${pointerToken(k)}`));
  }
  return [{ pointer: at, value }];
}

/** The row (or FN) that carries an Open TRM pointer, for naming the input property of a validator issue. */
export function propertyFor(
  pointer: string,
  rows: readonly PropertyRow[],
  documentType: string,
): string | undefined {
  const pattern = pointerPattern(pointer);
  // A row that carries the field, else (for a missing object) the first row that carries a field inside it.
  const row =
    rows.find((r) => carriedPointers(r).includes(pattern)) ??
    (pattern === ""
      ? undefined
      : rows.find((r) => carriedPointers(r).some((c) => c.startsWith(`${pattern}/`))));
  if (row) return row.property;
  return kinds.some((k) => k.documentType === documentType && k.fn === pattern) ? "FN" : undefined;
}
