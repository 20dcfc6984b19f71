// An independent, deliberately naive group-by that the k-anonymity tests compare with: no shared code with src/.

/** Walks an RFC 6901 pointer the slow way; returns a marker object when the value is missing. */
export const MISSING = Symbol("missing");

export function resolve(doc: unknown, pointer: string): unknown {
  if (pointer === "") return doc;
  let v: unknown = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.split("~1").join("/").split("~0").join("~");
    if (Array.isArray(v)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= v.length) return MISSING;
      v = v[Number(token)];
    } else if (typeof v === "object" && v !== null && Object.keys(v).includes(token)) {
      v = (v as Record<string, unknown>)[token];
    } else return MISSING;
    if (v === undefined) return MISSING;
  }
  return v;
}

/** One value as a comparable string: missing, an array (sorted, as one value) or a scalar. */
export function normal(value: unknown): string {
  if (value === MISSING) return "M";
  if (Array.isArray(value)) return `A${JSON.stringify(value.map((x) => JSON.stringify(x)).sort())}`;
  return `V${JSON.stringify(value)}`;
}

export interface BruteForce {
  readonly classes: Map<string, number[]>;
  readonly sizes: number[];
}

export function groupBy(records: readonly unknown[], pointers: readonly string[]): BruteForce {
  const classes = new Map<string, number[]>();
  records.forEach((r, i) => {
    const key = JSON.stringify(pointers.map((p) => normal(resolve(r, p))));
    const list = classes.get(key) ?? [];
    list.push(i);
    classes.set(key, list);
  });
  return { classes, sizes: [...classes.values()].map((c) => c.length) };
}

/** The fewest distinct sensitive values in any class, and how many classes have each number of them. */
export function diversity(records: readonly unknown[], bf: BruteForce, sensitive: string) {
  const perClass = [...bf.classes.values()].map(
    (idx) => new Set(idx.map((i) => normal(resolve(records[i], sensitive)))).size,
  );
  const distribution: Record<string, number> = {};
  for (const d of perClass) distribution[d] = (distribution[d] ?? 0) + 1;
  return { l: perClass.length === 0 ? 0 : Math.min(...perClass), distribution };
}
