import { AnonymiseError } from "../errors.js";
import { decodeKey, encodeValue, SEP } from "./key.js";
import { compilePointer, type PointerGetter } from "./pointer.js";

/**
 * Options of {@link kAnonymity} and {@link KAnonymityCounter}.
 * @example
 * const options: KAnonymityOptions = { quasi: ["/person/sex", "/person/birthDate"], k: 11, sensitive: ["/identification/status"] };
 */
export interface KAnonymityOptions {
  /** JSON Pointers of the quasi-identifiers whose values form the equivalence classes. */
  readonly quasi: readonly string[];
  /** The smallest class size that is acceptable, e.g. 11 as in CTDC's published data. */
  readonly k: number;
  /** JSON Pointers of sensitive attributes whose l-diversity is reported (default: none). */
  readonly sensitive?: readonly string[];
  /** How many classes below k the report lists, smallest first (default: 1000). */
  readonly maxClasses?: number;
  /** How many record indexes each listed class carries (default: 100). */
  readonly maxRecordsPerClass?: number;
}

/**
 * One equivalence class smaller than k.
 * @example
 * const c: ClassBelowK = { values: { "/person/sex": "female", "/person/citizenships": ["AL", "XK"] }, size: 2, records: [4, 17] };
 */
export interface ClassBelowK {
  /** The quasi-identifier values of the class by pointer; a missing value's pointer is absent, arrays are sorted. */
  readonly values: Readonly<Record<string, unknown>>;
  /** How many records share these values. */
  readonly size: number;
  /** Zero-based indexes of the records in the input order (at most `maxRecordsPerClass`). */
  readonly records: readonly number[];
}

/**
 * Distinct l-diversity of one sensitive attribute.
 * @example
 * const l = kAnonymity(docs, { quasi, k: 11, sensitive: ["/identification/status"] }).lDiversity?.["/identification/status"]?.l;
 */
export interface LDiversity {
  /** The fewest distinct values of the attribute found in any class (0 for an empty dataset). */
  readonly l: number;
  /** Number of classes by their count of distinct values, e.g. `{ "1": 4, "2": 10 }`. */
  readonly distribution: Readonly<Record<string, number>>;
}

/**
 * What {@link kAnonymity} found.
 * @example
 * const { classCount, smallestClassSize, recordsBelowK }: KAnonymityReport = kAnonymity(docs, { quasi, k: 11 });
 */
export interface KAnonymityReport {
  readonly k: number;
  readonly quasi: readonly string[];
  readonly recordCount: number;
  readonly classCount: number;
  /** Size of the smallest class (0 for an empty dataset). */
  readonly smallestClassSize: number;
  /** Number of records in classes smaller than k. */
  readonly recordsBelowK: number;
  /** Number of classes smaller than k (all of them, even when `classesBelowK` is capped). */
  readonly classesBelowKCount: number;
  /** Whether every class has at least k records. */
  readonly satisfied: boolean;
  /** Number of classes by class size, e.g. `{ "1": 3, "11": 2 }`. */
  readonly classSizeDistribution: Readonly<Record<string, number>>;
  /** The classes smaller than k, smallest first, then in order of first appearance (capped by `maxClasses`). */
  readonly classesBelowK: readonly ClassBelowK[];
  /** l-diversity by sensitive pointer, when `sensitive` was given. */
  readonly lDiversity?: Readonly<Record<string, LDiversity>>;
}

// Distinct (class, sensitive value) pairs are numbers: class id times this stride plus the value's id.
const STRIDE = 2 ** 26;

function grow(a: Int32Array, need: number): Int32Array {
  if (need < a.length) return a;
  const b = new Int32Array(Math.max(need + 1, a.length * 2));
  b.set(a);
  return b;
}

function positiveInteger(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new AnonymiseError("OPTION_INVALID", `${name} must be a whole number >= 1`);
}

interface Sensitive {
  readonly pointer: string;
  readonly get: PointerGetter;
  readonly ids: Map<string, number>;
  readonly pairs: Set<number>;
  distinct: Int32Array;
}

/**
 * Accumulates equivalence classes one record at a time in a single pass (for streams), then reports.
 * @example
 * const counter = new KAnonymityCounter({ quasi: ["/person/sex"], k: 11 });
 * for (const doc of docs) counter.add(doc);
 * const report = counter.report();
 */
export class KAnonymityCounter {
  readonly #options: KAnonymityOptions;
  readonly #getters: readonly PointerGetter[];
  readonly #ids = new Map<string, number>();
  readonly #keys: string[] = [];
  readonly #sensitive: readonly Sensitive[];
  #sizes: Int32Array = new Int32Array(1024);
  #classOf: Int32Array = new Int32Array(1024);
  #count = 0;

  constructor(options: KAnonymityOptions) {
    if (options.quasi.length === 0)
      throw new AnonymiseError("OPTION_INVALID", "quasi needs at least one pointer");
    positiveInteger("k", options.k);
    this.#options = options;
    this.#getters = options.quasi.map(compilePointer);
    this.#sensitive = (options.sensitive ?? []).map((pointer) => ({
      pointer,
      get: compilePointer(pointer),
      ids: new Map(),
      pairs: new Set(),
      distinct: new Int32Array(1024),
    }));
  }

  /** Number of records added so far. */
  get recordCount(): number {
    return this.#count;
  }

  /** Adds one record to its equivalence class. */
  add(record: unknown): void {
    const g = this.#getters;
    let key = encodeValue((g[0] as PointerGetter)(record));
    for (let i = 1; i < g.length; i++) key += SEP + encodeValue((g[i] as PointerGetter)(record));
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#keys.length;
      this.#ids.set(key, id);
      this.#keys.push(key);
      this.#sizes = grow(this.#sizes, id);
    }
    this.#sizes[id] = (this.#sizes[id] as number) + 1;
    this.#classOf = grow(this.#classOf, this.#count);
    this.#classOf[this.#count++] = id;
    for (const s of this.#sensitive) this.#addSensitive(s, id, record);
  }

  #addSensitive(s: Sensitive, classId: number, record: unknown): void {
    const value = encodeValue(s.get(record));
    let vid = s.ids.get(value);
    if (vid === undefined) {
      vid = s.ids.size;
      if (vid >= STRIDE)
        throw new AnonymiseError("TOO_MANY_VALUES", `${s.pointer} has too many distinct values`);
      s.ids.set(value, vid);
    }
    const pair = classId * STRIDE + vid;
    if (s.pairs.has(pair)) return;
    s.pairs.add(pair);
    s.distinct = grow(s.distinct, classId);
    s.distinct[classId] = (s.distinct[classId] as number) + 1;
  }

  /** Reports the classes, the records below k and the l-diversity of what was added. */
  report(): KAnonymityReport {
    const { k, quasi } = this.#options;
    const classCount = this.#keys.length;
    const distribution = new Map<number, number>();
    const below: number[] = [];
    let smallest = classCount === 0 ? 0 : Number.POSITIVE_INFINITY;
    let recordsBelowK = 0;
    for (let id = 0; id < classCount; id++) {
      const size = this.#sizes[id] as number;
      distribution.set(size, (distribution.get(size) ?? 0) + 1);
      if (size < smallest) smallest = size;
      if (size < k) {
        below.push(id);
        recordsBelowK += size;
      }
    }
    const listed = below
      .sort((a, b) => (this.#sizes[a] as number) - (this.#sizes[b] as number) || a - b)
      .slice(0, this.#options.maxClasses ?? 1000);
    const report: KAnonymityReport = {
      k,
      quasi: [...quasi],
      recordCount: this.#count,
      classCount,
      smallestClassSize: smallest,
      recordsBelowK,
      classesBelowKCount: below.length,
      satisfied: recordsBelowK === 0,
      classSizeDistribution: toRecord(distribution),
      classesBelowK: this.#listClasses(listed),
    };
    if (this.#sensitive.length === 0) return report;
    const lDiversity: Record<string, LDiversity> = {};
    for (const s of this.#sensitive) lDiversity[s.pointer] = diversity(s.distinct, classCount);
    return { ...report, lDiversity };
  }

  #listClasses(listed: readonly number[]): ClassBelowK[] {
    const cap = this.#options.maxRecordsPerClass ?? 100;
    const records = new Map<number, number[]>(listed.map((id) => [id, []]));
    let remaining = listed.reduce((n, id) => n + Math.min(cap, this.#sizes[id] as number), 0);
    for (let i = 0; i < this.#count && remaining > 0; i++) {
      const list = records.get(this.#classOf[i] as number);
      if (list !== undefined && list.length < cap) {
        list.push(i);
        remaining--;
      }
    }
    return listed.map((id) => ({
      values: decodeKey(this.#keys[id] as string, this.#options.quasi),
      size: this.#sizes[id] as number,
      records: records.get(id) ?? [],
    }));
  }
}

function diversity(distinct: Int32Array, classCount: number): LDiversity {
  const counts = new Map<number, number>();
  let l = classCount === 0 ? 0 : Number.POSITIVE_INFINITY;
  for (let id = 0; id < classCount; id++) {
    const d = distinct[id] as number;
    counts.set(d, (counts.get(d) ?? 0) + 1);
    if (d < l) l = d;
  }
  return { l, distribution: toRecord(counts) };
}

function toRecord(counts: Map<number, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of [...counts].sort((a, b) => a[0] - b[0])) out[String(key)] = n;
  return out;
}

/**
 * Measures k-anonymity (and l-diversity) of a dataset in one pass: an array or iterable gives the report,
 * an async iterable (e.g. {@link ndjsonRecords}) a promise of it.
 * @example
 * const report = kAnonymity(docs, { quasi: ["/person/sex", "/person/birthDate"], k: 11 });
 * if (!report.satisfied) console.log(report.recordsBelowK, "records are in classes below k");
 */
export function kAnonymity(records: Iterable<unknown>, options: KAnonymityOptions): KAnonymityReport;
export function kAnonymity(
  records: AsyncIterable<unknown>,
  options: KAnonymityOptions,
): Promise<KAnonymityReport>;
export function kAnonymity(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: KAnonymityOptions,
): KAnonymityReport | Promise<KAnonymityReport>;
export function kAnonymity(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: KAnonymityOptions,
): KAnonymityReport | Promise<KAnonymityReport> {
  const counter = new KAnonymityCounter(options);
  if (Symbol.iterator in records) {
    if (Array.isArray(records)) for (let i = 0; i < records.length; i++) counter.add(records[i]);
    else for (const r of records) counter.add(r);
    return counter.report();
  }
  return (async () => {
    for await (const r of records) counter.add(r);
    return counter.report();
  })();
}
