import { stringifyCsv } from "../internal/csv-text.js";
import { failure, failures, success } from "../internal/result.js";
import type { AdapterResult } from "../result.js";
import type { LayoutDef } from "./columns.js";
import { checkProfiles, layouts, resolveOptions } from "./input.js";
import { type Cells, kAnonymise, type QuasiGroup } from "./k-anonymise.js";
import { LossCounter } from "./losses.js";
import { ProfileReader } from "./profile-reader.js";
import type { CtdcCsv, CtdcLayout, CtdcOptions, CtdcTable } from "./types.js";

/**
 * The published columns of each layout, in order.
 * @example
 * ctdcColumns["2024"].length; // 27
 */
export const ctdcColumns: Readonly<Record<CtdcLayout, readonly string[]>> = {
  "2021": layouts["2021"].columns.map((c) => c.name),
  "2024": layouts["2024"].columns.map((c) => c.name),
};

/**
 * The quasi-identifier groups of each layout with their columns (the values `CtdcOptions.quasi` accepts).
 * @example
 * ctdcQuasiGroups["2024"].age; // ["ageBroad"]
 */
export const ctdcQuasiGroups: Readonly<Record<CtdcLayout, Readonly<Record<string, readonly string[]>>>> = {
  "2021": groupsOf(layouts["2021"]),
  "2024": groupsOf(layouts["2024"]),
};

function groupsOf(layout: LayoutDef): Record<string, readonly string[]> {
  return Object.fromEntries(
    layout.groups.map((g) => [
      g.name,
      layout.columns.filter((c) => c.kind === "value" && c.group === g.name).map((c) => c.name),
    ]),
  );
}

function readRow(layout: LayoutDef, reader: ProfileReader): Cells {
  const row: Record<string, string> = {};
  for (const c of layout.columns) {
    if (c.kind !== "value") continue;
    const v = c.encode(reader);
    if (v !== undefined && v !== "") row[c.name] = v;
  }
  return row;
}

function compareRows(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Converts a dataset of victim profiles to k-anonymous CTDC publication rows of one layout, with the losses (profile
 * fields the layout cannot carry, by pointer pattern) and a report of what k-anonymisation suppressed. Invalid input
 * or options give issues naming the path, never a throw; rows are sorted, so the input order is not published.
 * @example
 * const r = toCtdc(profiles, { layout: "2024", k: 11 });
 * if (r.ok) console.log(r.value.columns.length, r.value.rows.length, r.value.report.suppressedRows);
 */
export function toCtdc(victimProfiles: unknown, options: CtdcOptions): AdapterResult<CtdcTable> {
  const resolved = resolveOptions(options);
  if (!resolved.ok) return failures(resolved.issues);
  const input = checkProfiles(victimProfiles);
  if (!input.ok) return failures(input.issues);
  const { layout: name, k, quasi, maxSuppression } = resolved.value;
  const layout = layouts[name];
  const counter = new LossCounter(name);
  const before = input.value.map((profile) => {
    const reader = new ProfileReader(profile);
    // Each row is one victim: the row itself carries the document type.
    reader.use("/documentType");
    const row = readRow(layout, reader);
    counter.add(reader);
    return row;
  });
  const quasiGroups = ctdcQuasiGroups[name];
  const groups: QuasiGroup[] = layout.groups
    .filter((g) => quasi.includes(g.name))
    .map((def) => ({ def, columns: quasiGroups[def.name] ?? [] }));
  const anon = kAnonymise(before, groups, k, maxSuppression);
  if (!anon.satisfied && anon.after.rowCount > 0)
    return failure(
      "ADAPTER_RESULT_INVALID",
      "",
      "the rows failed the k-anonymity check; nothing is returned",
    );
  const quasiColumns = groups.flatMap((g) => g.columns);
  const blanked: Record<string, number> = {};
  const rows = anon.kept.map(({ index, quasi: cells }) => {
    const original = before[index] as Cells;
    const published: Record<string, string> = { ...original };
    for (const c of quasiColumns) {
      if (cells[c] !== undefined) continue;
      delete published[c];
      if (original[c] !== undefined) blanked[c] = (blanked[c] ?? 0) + 1;
    }
    for (const c of layout.columns) {
      if (c.kind !== "derived") continue;
      const v = c.derive(published);
      if (v !== undefined) published[c.name] = v;
    }
    return layout.columns.map((c) => published[c.name] ?? "");
  });
  rows.sort(compareRows);
  const report = {
    layout: name,
    k,
    quasiGroups: Object.fromEntries(groups.map((g) => [g.def.name, g.columns])),
    quasiIdentifiers: quasiColumns,
    profileCount: before.length,
    rowCount: rows.length,
    suppressedRows: anon.suppressed.length,
    suppressedProfiles: anon.suppressed,
    blankedCells: blanked,
    generalisation: anon.generalisation,
    before: anon.before,
    after: anon.after,
  };
  return success({ columns: ctdcColumns[name], rows, report }, counter.losses());
}

/**
 * Converts a dataset of victim profiles to CTDC publication rows as RFC 4180 CSV text (header row first, CRLF line
 * ends, cells a spreadsheet would run as a formula neutralised), with the same losses and report as {@link toCtdc}.
 * @example
 * const r = toCtdcCsv(profiles, { layout: "2021" });
 * if (r.ok) process.stdout.write(r.value.text);
 */
export function toCtdcCsv(victimProfiles: unknown, options: CtdcOptions): AdapterResult<CtdcCsv> {
  const r = toCtdc(victimProfiles, options);
  if (!r.ok) return r;
  const { columns, rows, report } = r.value;
  return success({ text: stringifyCsv([columns, ...rows]), report }, r.losses);
}
