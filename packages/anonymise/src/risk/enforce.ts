import { AnonymiseError } from "../errors.js";
import type { Hierarchy, HierarchyLevel } from "./hierarchy.js";
import { encodeValue, SEP } from "./key.js";
import { compilePointer, type PointerGetter, pointerTokens, withValueAt } from "./pointer.js";

/**
 * Options of {@link enforceK}.
 * @example
 * const options: EnforceKOptions = { quasi: ["/person/birthDate"], k: 11, strategy: "generalise", hierarchy: { "/person/birthDate": birthDateHierarchy("2026-12-31") } };
 */
export interface EnforceKOptions {
  /** JSON Pointers of the quasi-identifiers whose values form the equivalence classes. */
  readonly quasi: readonly string[];
  /** The smallest class size to reach. */
  readonly k: number;
  /** `suppress` drops the records of classes below k; `generalise` first coarsens values along `hierarchy`. */
  readonly strategy: "suppress" | "generalise";
  /** Generalisation levels by pointer, e.g. `{ "/person/birthDate": birthDateHierarchy(at) }` (default: none). */
  readonly hierarchy?: Hierarchy;
  /** With `generalise`: the share of records that may be suppressed instead of generalising further (default: 0.05). */
  readonly maxSuppression?: number;
}

/**
 * What {@link enforceK} changed.
 * @example
 * const { suppressed, generalised }: EnforceKReport = enforceK(docs, options).report;
 */
export interface EnforceKReport {
  readonly k: number;
  readonly strategy: "suppress" | "generalise";
  /** Number of input records. */
  readonly recordCount: number;
  /** Number of records kept. */
  readonly keptCount: number;
  /** Zero-based input indexes of the suppressed records. */
  readonly suppressed: readonly number[];
  /** The hierarchy level applied to every record, by pointer (0: values kept as they were). */
  readonly generalised: Readonly<Record<string, number>>;
}

/**
 * The records {@link enforceK} kept, generalised where it had to, and its report.
 * @example
 * const { records, report }: EnforceKResult = enforceK(docs, { quasi, k: 11, strategy: "suppress" });
 */
export interface EnforceKResult {
  readonly records: readonly unknown[];
  readonly report: EnforceKReport;
}

interface Dimension {
  readonly pointer: string;
  readonly get: PointerGetter;
  readonly levels: readonly HierarchyLevel[];
  level: number;
}

/** Each record's class key, with every dimension at its current level. */
function keysOf(records: readonly unknown[], dims: readonly Dimension[]): string[] {
  const at = (d: Dimension, r: unknown): unknown => {
    const v = d.get(r);
    return d.level === 0 ? v : (d.levels[d.level - 1] as HierarchyLevel)(v);
  };
  return records.map((r) => dims.map((d) => encodeValue(at(d, r))).join(SEP));
}

function sizesOf(keys: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  return sizes;
}

function belowK(keys: readonly string[], sizes: Map<string, number>, k: number): number {
  let n = 0;
  for (const key of keys) if ((sizes.get(key) as number) < k) n++;
  return n;
}

// Datafly's choice (Sweeney 1998): generalise the attribute with the most distinct values that can still be.
function next(records: readonly unknown[], dims: readonly Dimension[]): Dimension | undefined {
  let best: Dimension | undefined;
  let most = -1;
  for (const d of dims) {
    if (d.level >= d.levels.length) continue;
    const distinct = sizesOf(keysOf(records, [d])).size;
    if (distinct > most) [best, most] = [d, distinct];
  }
  return best;
}

/**
 * Makes a dataset k-anonymous by suppressing the records of classes smaller than k, after (with `generalise`)
 * coarsening whole attributes one hierarchy level at a time until at most `maxSuppression` of the records
 * remain below k; inputs are never mutated.
 * @example
 * const { records, report } = enforceK(docs, { quasi: ["/person/sex", "/person/birthDate"], k: 11, strategy: "suppress" });
 */
export function enforceK(input: Iterable<unknown>, options: EnforceKOptions): EnforceKResult {
  const { k, strategy } = options;
  if (!Number.isSafeInteger(k) || k < 1)
    throw new AnonymiseError("OPTION_INVALID", "k must be a whole number >= 1");
  if (options.quasi.length === 0)
    throw new AnonymiseError("OPTION_INVALID", "quasi needs at least one pointer");
  const maxSuppression = options.maxSuppression ?? 0.05;
  if (!(maxSuppression >= 0 && maxSuppression <= 1))
    throw new AnonymiseError("OPTION_INVALID", "maxSuppression must be between 0 and 1");
  const records = Array.from(input);
  const dims: Dimension[] = options.quasi.map((pointer) => ({
    pointer,
    get: compilePointer(pointer),
    levels: strategy === "generalise" ? (options.hierarchy?.[pointer] ?? []) : [],
    level: 0,
  }));

  for (;;) {
    const keys = keysOf(records, dims);
    if (belowK(keys, sizesOf(keys), k) <= maxSuppression * records.length) break;
    const d = next(records, dims);
    if (d === undefined) break;
    d.level++;
  }

  let output = records;
  for (const d of dims) {
    if (d.level === 0) continue;
    const tokens = pointerTokens(d.pointer);
    const level = d.levels[d.level - 1] as HierarchyLevel;
    output = output.map((r) => withValueAt(r, tokens, level(d.get(r))));
  }
  // Classes are counted on the records as written, so the result is k-anonymous by construction.
  const plain = dims.map((d) => ({ ...d, level: 0 }));
  const keys = keysOf(output, plain);
  const sizes = sizesOf(keys);
  const kept: unknown[] = [];
  const suppressed: number[] = [];
  output.forEach((r, i) => {
    if ((sizes.get(keys[i] as string) as number) < k) suppressed.push(i);
    else kept.push(r);
  });
  return {
    records: kept,
    report: {
      k,
      strategy,
      recordCount: records.length,
      keptCount: kept.length,
      suppressed,
      generalised: Object.fromEntries(dims.map((d) => [d.pointer, d.level])),
    },
  };
}
