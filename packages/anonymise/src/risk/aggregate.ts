import { AnonymiseError } from "../errors.js";
import { decodeKey, encodeValue, SEP } from "./key.js";
import { compilePointer, type PointerGetter } from "./pointer.js";

/**
 * Options of {@link aggregate}.
 * @example
 * const options: AggregateOptions = { by: ["/person/sex", "/identification/status"], threshold: 11 };
 */
export interface AggregateOptions {
  /** JSON Pointers of the dimensions to count by; an array value counts as one value (sorted). */
  readonly by: readonly string[];
  /** Minimum reported count and rounding resolution, as in Synthetic Data Showcase (default: 11). */
  readonly threshold?: number;
}

/**
 * One published cell: a combination of dimension values and its rounded count.
 * @example
 * const row: AggregateRow = { values: { "/person/sex": "female" }, count: 22 };
 */
export interface AggregateRow {
  /** The dimension values by pointer; a missing value's pointer is absent, arrays are sorted. */
  readonly values: Readonly<Record<string, unknown>>;
  /** The count rounded down to a multiple of the threshold (never below it). */
  readonly count: number;
}

/**
 * A table of counts that is safe to publish: no cell below the threshold, no exact count.
 * @example
 * const { rows, suppressedCells }: AggregateTable = aggregate(docs, { by: ["/person/sex"] });
 */
export interface AggregateTable {
  readonly by: readonly string[];
  readonly threshold: number;
  /** The cells at or above the threshold, ordered by their values. */
  readonly rows: readonly AggregateRow[];
  /** Number of all records, rounded down to a multiple of the threshold like every count. */
  readonly total: number;
  /** Number of cells left out because they counted fewer records than the threshold. */
  readonly suppressedCells: number;
}

/**
 * Counts records one at a time in a single pass (for streams), then gives the publishable table.
 * @example
 * const counter = new AggregateCounter({ by: ["/person/sex"] });
 * for (const doc of docs) counter.add(doc);
 * const t = counter.table();
 */
export class AggregateCounter {
  readonly #by: readonly string[];
  readonly #threshold: number;
  readonly #getters: readonly PointerGetter[];
  readonly #counts = new Map<string, number>();
  #count = 0;

  constructor(options: AggregateOptions) {
    const threshold = options.threshold ?? 11;
    if (!Number.isSafeInteger(threshold) || threshold < 1)
      throw new AnonymiseError("OPTION_INVALID", "threshold must be a whole number >= 1");
    if (options.by.length === 0) throw new AnonymiseError("OPTION_INVALID", "by needs at least one pointer");
    this.#by = [...options.by];
    this.#threshold = threshold;
    this.#getters = options.by.map(compilePointer);
  }

  /** Counts one record in its cell. */
  add(record: unknown): void {
    const g = this.#getters;
    let key = encodeValue((g[0] as PointerGetter)(record));
    for (let i = 1; i < g.length; i++) key += SEP + encodeValue((g[i] as PointerGetter)(record));
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    this.#count++;
  }

  /** The cells at or above the threshold with rounded counts, and how many cells were left out. */
  table(): AggregateTable {
    const t = this.#threshold;
    const round = (c: number) => Math.floor(c / t) * t;
    const rows: AggregateRow[] = [];
    let suppressedCells = 0;
    for (const key of [...this.#counts.keys()].sort()) {
      const count = round(this.#counts.get(key) as number);
      if (count === 0) suppressedCells++;
      else rows.push({ values: decodeKey(key, this.#by), count });
    }
    return { by: this.#by, threshold: t, rows, total: round(this.#count), suppressedCells };
  }
}

/**
 * Counts records by the chosen dimensions for publication: cells below the threshold are suppressed and every
 * count is rounded down to a multiple of it (the Synthetic Data Showcase rule, default 11); no record is returned.
 * @example
 * const t = aggregate(docs, { by: ["/person/sex", "/trafficking/exploitationForms"] });
 * // t.rows: [{ values: { "/person/sex": "female", ... }, count: 22 }, ...], t.suppressedCells: 3
 */
export function aggregate(records: Iterable<unknown>, options: AggregateOptions): AggregateTable;
export function aggregate(
  records: AsyncIterable<unknown>,
  options: AggregateOptions,
): Promise<AggregateTable>;
export function aggregate(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: AggregateOptions,
): AggregateTable | Promise<AggregateTable>;
export function aggregate(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: AggregateOptions,
): AggregateTable | Promise<AggregateTable> {
  const counter = new AggregateCounter(options);
  if (Symbol.iterator in records) {
    for (const r of records) counter.add(r);
    return counter.table();
  }
  return (async () => {
    for await (const r of records) counter.add(r);
    return counter.table();
  })();
}

// Spreadsheets run a cell that starts with one of these as a formula.
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  let text: string;
  if (value === undefined) text = "";
  else if (typeof value === "string") text = FORMULA.test(value) ? `'${value}` : value;
  else if (Array.isArray(value))
    text = value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(";");
  else return JSON.stringify(value);
  if (Array.isArray(value) && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes an aggregate table as CSV: one column per dimension (arrays joined by `;`, missing values empty), then
 * `count`; cells that a spreadsheet would run as a formula are prefixed with `'`.
 * @example
 * process.stdout.write(aggregateToCsv(aggregate(docs, { by: ["/person/sex"] })));
 */
export function aggregateToCsv(t: AggregateTable): string {
  const lines = [[...t.by.map(cell), "count"].join(",")];
  for (const row of t.rows)
    lines.push([...t.by.map((p) => cell(row.values[p])), String(row.count)].join(","));
  return `${lines.join("\r\n")}\r\n`;
}
