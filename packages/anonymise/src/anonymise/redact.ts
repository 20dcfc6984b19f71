/**
 * The typed placeholders that `redact` writes in place of what it scrubs.
 * @example
 * redactPlaceholders.email; // "[EMAIL]"
 */
export const redactPlaceholders = {
  name: "[NAME]",
  place: "[PLACE]",
  email: "[EMAIL]",
  phone: "[PHONE]",
  id: "[ID]",
  iban: "[IBAN]",
} as const;

/**
 * A kind of scrubbed content.
 * @example
 * const kind: RedactKind = "iban";
 */
export type RedactKind = keyof typeof redactPlaceholders;

/**
 * A value of the same record to scrub from free text wherever it occurs (letter case and accents ignored).
 * @example
 * const known: KnownValue = { value: "Arta Shembulli", kind: "name" };
 */
export interface KnownValue {
  readonly value: string;
  readonly kind: RedactKind;
}

type Range = [start: number, end: number, kind: RedactKind];

const PATTERNS: readonly [RegExp, RedactKind][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, "email"],
  [/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g, "iban"],
  [/\+[1-9](?:[ ()./-]{0,2}\d){6,14}/g, "phone"],
  [/(?<![\w+])\(?0\d{1,4}\)?(?:[ ./-]{0,2}\d){5,12}(?!\w)/g, "phone"],
  [/\b(?:(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}|[A-Z]{1,3}-\d{4,}|\d{7,})\b/g, "id"],
];
// `03.04.2021` looks like a local phone number to the pattern above; it is a date.
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
const WORD = /[\p{L}\p{N}]/u;

/** Lower case without accents, with the index in `text` of every folded code unit (and one past the end). */
function fold(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    const f = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (let k = 0; k < f.length; k++) at.push(i);
    folded += f;
    i += ch.length;
  }
  at.push(text.length);
  return { folded, at };
}

/** The search terms of a known value: a name also by each of its parts of two letters or more. */
function terms(known: KnownValue): string[] {
  const whole = fold(known.value.trim()).folded;
  if (known.kind !== "name") return whole ? [whole] : [];
  const parts = whole.split(/[\s,.'’-]+/u).filter((p) => p.length >= 2);
  return [whole, ...parts];
}

function free(ranges: readonly Range[], s: number, e: number): boolean {
  return ranges.every(([a, b]) => e <= a || s >= b);
}

/**
 * Scrubs free text: values of the same record (names, also by part, places, numbers, contacts) wherever they
 * occur, then e-mail addresses, IBANs, phone numbers (+E.164 and local forms) and identity-document-like numbers,
 * each replaced by a typed placeholder.
 * @example
 * redact("Arta called +382 69 123 456", [{ value: "Arta Shembulli", kind: "name" }]); // "[NAME] called [PHONE]"
 */
export function redact(text: string, known: readonly KnownValue[] = []): string {
  const ranges: Range[] = [];
  const { folded, at } = fold(text);
  const searches = known
    .flatMap((k) => terms(k).map((t) => [t, k.kind] as const))
    .sort((a, b) => b[0].length - a[0].length);
  for (const [term, kind] of searches) {
    for (let i = folded.indexOf(term); i !== -1; i = folded.indexOf(term, i + 1)) {
      const j = i + term.length;
      if (WORD.test(folded[i - 1] ?? "") || WORD.test(folded[j] ?? "")) continue;
      const s = at[i] as number;
      const e = at[j] as number;
      if (free(ranges, s, e)) ranges.push([s, e, kind]);
    }
  }
  for (const [pattern, kind] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const s = m.index;
      const e = s + m[0].length;
      if (kind === "phone" && DATE_LIKE.test(m[0])) continue;
      if (free(ranges, s, e)) ranges.push([s, e, kind]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let last = 0;
  for (const [s, e, kind] of ranges) {
    out += text.slice(last, s) + redactPlaceholders[kind];
    last = e;
  }
  return out + text.slice(last);
}
