/**
 * The CTDC publication layouts this adapter writes.
 * @example
 * ctdcLayouts.includes("2021"); // true
 */
export const ctdcLayouts = ["2021", "2024"] as const;

/**
 * A CTDC publication layout: `2021` is the k-anonymised Global Dataset, `2024` the Global Synthetic Dataset.
 * @example
 * const layout: CtdcLayout = "2024";
 */
export type CtdcLayout = (typeof ctdcLayouts)[number];

/**
 * Options of {@link toCtdc} and {@link toCtdcCsv}.
 * @example
 * const options: CtdcOptions = { layout: "2021", k: 11, quasi: ["year", "gender", "age", "citizenship", "country"] };
 */
export interface CtdcOptions {
  /** The publication layout to write (required). */
  readonly layout: CtdcLayout;
  /** The smallest equivalence class to publish, a whole number >= 1 (default: 11, as CTDC publishes). */
  readonly k?: number;
  /** The quasi-identifier groups of the layout whose published values must be shared by k rows (default: all of them). */
  readonly quasi?: readonly string[];
  /** The share of rows that may be suppressed instead of coarsening a group further, 0 to 1 (default: 0.05). */
  readonly maxSuppression?: number;
}

/**
 * Equivalence-class counts of a set of rows on the quasi-identifiers.
 * @example
 * const { classCount, smallestClassSize }: CtdcClassCounts = result.value.report.after;
 */
export interface CtdcClassCounts {
  /** Number of rows counted. */
  readonly rowCount: number;
  /** Number of distinct combinations of quasi-identifier values. */
  readonly classCount: number;
  /** Size of the smallest class (0 when there are no rows). */
  readonly smallestClassSize: number;
  /** Number of classes smaller than k. */
  readonly classesBelowK: number;
  /** Number of rows in classes smaller than k. */
  readonly rowsBelowK: number;
  /** Number of classes by class size, e.g. `{ "11": 2, "14": 1 }`. */
  readonly classSizeDistribution: Readonly<Record<string, number>>;
}

/**
 * How far one quasi-identifier group was coarsened: level 0 keeps it, the last level empties it for every row.
 * @example
 * const g: CtdcGeneralisation = { level: 1, levels: 2, step: "removed where rare" };
 */
export interface CtdcGeneralisation {
  readonly level: number;
  /** The highest level this group has. */
  readonly levels: number;
  /** What the applied level does, in words. */
  readonly step: string;
}

/**
 * What k-anonymisation did to a dataset. It names rows by their index in the input, so it is for the data
 * controller and never for publication.
 * @example
 * const { suppressedRows, blankedCells, after }: CtdcReport = result.value.report;
 */
export interface CtdcReport {
  readonly layout: CtdcLayout;
  readonly k: number;
  /** The quasi-identifier groups used, each with its published columns. */
  readonly quasiGroups: Readonly<Record<string, readonly string[]>>;
  /** Every published column that is a quasi-identifier (the columns of `quasiGroups`). */
  readonly quasiIdentifiers: readonly string[];
  /** Number of victim profiles in the input. */
  readonly profileCount: number;
  /** Number of rows published. */
  readonly rowCount: number;
  /** Number of profiles whose row was suppressed whole. */
  readonly suppressedRows: number;
  /** Zero-based input indexes of the suppressed profiles. */
  readonly suppressedProfiles: readonly number[];
  /** By column: cells of published rows that held a value before k-anonymisation and are empty now. */
  readonly blankedCells: Readonly<Record<string, number>>;
  /** By quasi-identifier group: how far it was coarsened. */
  readonly generalisation: Readonly<Record<string, CtdcGeneralisation>>;
  /** Classes before k-anonymisation (one row per profile). */
  readonly before: CtdcClassCounts;
  /** Classes of the published rows; `smallestClassSize >= k` unless no row is published. */
  readonly after: CtdcClassCounts;
}

/**
 * CTDC publication rows: the layout's columns, one row of cells per published profile, and the k-anonymity report.
 * @example
 * const { columns, rows }: CtdcTable = result.value;
 * const csv = [columns, ...rows].map((r) => r.join(",")).join("\n");
 */
export interface CtdcTable {
  readonly columns: readonly string[];
  /** Rows sorted by their cells (never in input order); each has one cell per column, `""` when empty. */
  readonly rows: readonly (readonly string[])[];
  readonly report: CtdcReport;
}

/**
 * The CSV form of {@link CtdcTable}: RFC 4180 text with a header row, and the k-anonymity report.
 * @example
 * const { text, report }: CtdcCsv = result.value;
 */
export interface CtdcCsv {
  readonly text: string;
  readonly report: CtdcReport;
}
