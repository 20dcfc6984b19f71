// k-anonymity of CTDC rows through @open-trm/anonymise. Each quasi-identifier GROUP (columns that imply one
// another, such as ageBroad and majorityStatus) is one attribute whose value is the tuple of its non-empty cells, so
// a cell is never emptied while another published cell of the same row still reveals it. Coarsening follows
// enforceK's Datafly loop over per-group hierarchies; rows still in classes below k are suppressed whole.
import { enforceK, type HierarchyLevel, type KAnonymityReport, kAnonymity } from "@open-trm/anonymise";
import type { GroupDef } from "./columns.js";
import type { CtdcClassCounts, CtdcGeneralisation } from "./types.js";

/** A row before or after k-anonymisation: only non-empty cells, by column. */
export type Cells = Readonly<Record<string, string>>;
type Tuple = Cells | undefined;

/** A quasi-identifier group with the columns it holds. */
export interface QuasiGroup {
  readonly def: GroupDef;
  readonly columns: readonly string[];
}

/** The rows kept, by input index, with their (possibly coarsened) quasi-identifier cells. */
export interface KAnonymised {
  readonly kept: readonly { readonly index: number; readonly quasi: Cells }[];
  readonly suppressed: readonly number[];
  readonly generalisation: Readonly<Record<string, CtdcGeneralisation>>;
  readonly before: CtdcClassCounts;
  readonly after: CtdcClassCounts;
  /** Whether kAnonymity confirms every published class has at least k rows. */
  readonly satisfied: boolean;
}

function keep(t: Tuple, columns: readonly string[]): Tuple {
  if (t === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const c of columns) if (t[c] !== undefined) out[c] = t[c];
  return Object.keys(out).length === 0 ? undefined : out;
}

const keyOf = (t: Tuple, columns: readonly string[]) =>
  t === undefined ? "" : JSON.stringify(columns.map((c) => t[c] ?? null));

/** Levels per step: first the step applied only to values rarer than k in the whole dataset, then to all. */
function hierarchyOf(g: QuasiGroup, tuples: readonly Tuple[], k: number): HierarchyLevel[] {
  const levels: HierarchyLevel[] = [];
  let previous: readonly string[] = g.columns;
  for (const step of g.def.steps) {
    const kept = previous;
    const counts = new Map<string, number>();
    for (const t of tuples) {
      const key = keyOf(keep(t, kept), g.columns);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const rare = (t: Tuple) => (counts.get(keyOf(keep(t, kept), g.columns)) ?? 0) < k;
    levels.push((v) => keep(v as Tuple, rare(v as Tuple) ? step.keep : kept));
    levels.push((v) => keep(v as Tuple, step.keep));
    previous = step.keep;
  }
  return levels;
}

function stepName(g: QuasiGroup, level: number): string {
  if (level === 0) return "kept";
  const step = g.def.steps[Math.ceil(level / 2) - 1]?.name ?? "removed";
  return level % 2 === 1 ? `${step} where rare` : step;
}

function counts(report: KAnonymityReport): CtdcClassCounts {
  return {
    rowCount: report.recordCount,
    classCount: report.classCount,
    smallestClassSize: report.smallestClassSize,
    classesBelowK: report.classesBelowKCount,
    rowsBelowK: report.recordsBelowK,
    classSizeDistribution: report.classSizeDistribution,
  };
}

/** Makes rows k-anonymous on the quasi-identifier groups; `rows` hold every cell of each profile before. */
export function kAnonymise(
  rows: readonly Cells[],
  groups: readonly QuasiGroup[],
  k: number,
  maxSuppression: number,
): KAnonymised {
  const records = rows.map((row) => {
    const r: Record<string, Tuple> = {};
    for (const g of groups) {
      const t = keep(row, g.columns);
      if (t !== undefined) r[g.def.name] = t;
    }
    return r;
  });
  const quasi = groups.map((g) => `/${g.def.name}`);
  const hierarchy = Object.fromEntries(
    groups.map((g) => [
      `/${g.def.name}`,
      hierarchyOf(
        g,
        records.map((r) => r[g.def.name]),
        k,
      ),
    ]),
  );
  const options = { quasi, k, maxClasses: 0 } as const;
  const before = kAnonymity(records, options);
  const result = enforceK(records, { quasi, k, strategy: "generalise", hierarchy, maxSuppression });
  const after = kAnonymity(result.records, options);
  const dropped = new Set(result.report.suppressed);
  const indexes = rows.map((_, i) => i).filter((i) => !dropped.has(i));
  const kept = result.records.map((record, n) => {
    const cells: Record<string, string> = {};
    for (const t of Object.values(record as Record<string, Tuple>)) Object.assign(cells, t);
    return { index: indexes[n] as number, quasi: cells };
  });
  const generalisation = Object.fromEntries(
    groups.map((g) => {
      const level = result.report.generalised[`/${g.def.name}`] ?? 0;
      return [g.def.name, { level, levels: g.def.steps.length * 2, step: stepName(g, level) }];
    }),
  );
  return {
    kept,
    suppressed: result.report.suppressed,
    generalisation,
    before: counts(before),
    after: counts(after),
    satisfied: after.satisfied,
  };
}
