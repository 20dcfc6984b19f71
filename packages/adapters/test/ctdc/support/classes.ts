// An independent check of k-anonymity: a plain group-by over the published cells, sharing no code with the adapter
// or with @open-trm/anonymise.

/** The size of every equivalence class of the rows on the named columns. */
export function classSizes(
  table: { readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] },
  quasi: readonly string[],
): number[] {
  const at = quasi.map((c) => {
    const i = table.columns.indexOf(c);
    if (i < 0) throw new Error(`no column ${c}`);
    return i;
  });
  const sizes = new Map<string, number>();
  for (const row of table.rows) {
    const key = JSON.stringify(at.map((i) => row[i]));
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
}

/** A row as an object of its non-empty cells, for readable assertions. */
export function cellsOf(columns: readonly string[], row: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c, i) => [c, row[i] as string]).filter(([, v]) => v !== ""));
}
