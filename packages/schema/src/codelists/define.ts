/** One code of a codelist, with its English label and provenance. */
export interface CodeEntry {
  /** The code itself: camelCase ASCII, the contract between systems. */
  readonly code: string;
  /** Labels by BCP 47 language tag; English (`en`) is authoritative and always present. */
  readonly label: Readonly<Record<string, string>> & { readonly en: string };
  /** What the code means, in one or two sentences. */
  readonly description: string;
  /** Where the code comes from (a standard, a law, another data standard). */
  readonly source: string;
  /** The standard version that introduced the code. */
  readonly since: string;
  /** Set when the code must no longer be used; names the replacement where there is one. */
  readonly deprecated?: { readonly since: string; readonly replacedBy?: string };
}

/** A codelist: a closed or open set of codes with labels, as data. */
export interface Codelist<C extends string = string> {
  /** The list's name, camelCase; also the file name stem in `schemas/v1/codelists/`. */
  readonly name: string;
  /** Human title of the list. */
  readonly title: string;
  /** What the list is for. */
  readonly description: string;
  /** Open lists may gain codes in a minor release; closed lists change only in a major release. */
  readonly open: boolean;
  /** The main source of the list. */
  readonly source: string;
  /** The codes, in their documented order. */
  readonly codes: readonly [C, ...C[]];
  /** One entry per code, in the same order as `codes`. */
  readonly entries: readonly CodeEntry[];
}

/** A row of a codelist definition: code, English label, description and optional per-code source. */
export type CodeRow<C extends string> = readonly [
  code: C,
  label: string,
  description: string,
  source?: string,
];

/** Definition of a codelist as written in the source files. */
export interface CodelistDefinition<C extends string> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly open: boolean;
  readonly source: string;
  /** Version that introduced every code not saying otherwise (default: "1.0"). */
  readonly since?: string;
  readonly rows: readonly [CodeRow<C>, ...CodeRow<C>[]];
}

const CODE = /^[a-z][a-zA-Z0-9]*$|^[A-Z0-9]{1,3}$/;

/**
 * Builds a codelist from rows and checks that codes are unique and well formed.
 * @example
 * const riskLevel = defineCodelist({ name: "riskLevel", title: "Risk level", description: "...", open: false,
 *   source: "Open TRM", rows: [["high", "High", "Serious risk."], ["low", "Low", "Little risk."]] });
 */
export function defineCodelist<const C extends string>(def: CodelistDefinition<C>): Codelist<C> {
  const since = def.since ?? "1.0";
  const seen = new Set<string>();
  const entries = def.rows.map(([code, label, description, source]): CodeEntry => {
    if (!CODE.test(code)) throw new Error(`codelist ${def.name}: code "${code}" is not camelCase ASCII`);
    if (seen.has(code)) throw new Error(`codelist ${def.name}: duplicate code "${code}"`);
    seen.add(code);
    return { code, label: { en: label }, description, source: source ?? def.source, since };
  });
  const codes = def.rows.map((r) => r[0]) as unknown as readonly [C, ...C[]];
  return {
    name: def.name,
    title: def.title,
    description: def.description,
    open: def.open,
    source: def.source,
    codes,
    entries,
  };
}
