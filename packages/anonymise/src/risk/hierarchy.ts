import { AnonymiseError } from "../errors.js";
import { bandOfAge } from "../internal/age-bands.js";

/**
 * One generalisation level: maps the ORIGINAL value at a pointer to a coarser one; `undefined` suppresses it.
 * A level that cannot read a value suppresses it rather than keep the detail.
 * @example
 * const toRegion: HierarchyLevel = (v) => (v === "AL" || v === "RS" ? "westernBalkans" : undefined);
 */
export type HierarchyLevel = (value: unknown) => unknown;

/**
 * Generalisation levels by JSON Pointer, from the least to the most general.
 * @example
 * const hierarchy: Hierarchy = { "/person/birthDate": birthDateHierarchy("2026-12-31"), "/person/sex": [suppressLevel] };
 */
export type Hierarchy = Readonly<Record<string, readonly HierarchyLevel[]>>;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * The last level of every hierarchy: removes the value.
 * @example
 * const hierarchy = { "/person/citizenships": [suppressLevel] };
 */
export const suppressLevel: HierarchyLevel = () => undefined;

/**
 * Generalises an ISO 8601 date or date-time to its year-month (a year-only date stays as it is).
 * @example
 * yearMonthLevel("2026-09-03"); // "2026-09"
 */
export const yearMonthLevel: HierarchyLevel = (value) => {
  const m = typeof value === "string" ? DATE.exec(value) : null;
  if (!m) return undefined;
  return m[2] === undefined ? m[1] : `${m[1]}-${m[2]}`;
};

/**
 * Generalises an ISO 8601 date or date-time to its year.
 * @example
 * yearLevel("2010-05-12"); // "2010"
 */
export const yearLevel: HierarchyLevel = (value) => {
  const m = typeof value === "string" ? DATE.exec(value) : null;
  return m ? m[1] : undefined;
};

/**
 * Returns a level that maps a birth date to its CTDC age band code at `at`; a partial date (`2010`, `2010-05`)
 * is read as its LAST possible day, the youngest possible age, so that a possible child is never made an adult.
 * @example
 * ageBandLevel("2026-11-12")("2010"); // "age9to17"
 */
export function ageBandLevel(at: string): HierarchyLevel {
  const ref = DATE.exec(at);
  if (!ref || ref[2] === undefined || ref[3] === undefined)
    throw new AnonymiseError("OPTION_INVALID", "the reference date of ageBandLevel must be a full date");
  const [ry, rm, rd] = [Number(ref[1]), Number(ref[2]), Number(ref[3])];
  return (value) => {
    const m = typeof value === "string" ? DATE.exec(value) : null;
    if (!m) return undefined;
    const y = Number(m[1]);
    const month = m[2] === undefined ? 12 : Number(m[2]);
    const day = m[3] === undefined ? new Date(Date.UTC(y, month, 0)).getUTCDate() : Number(m[3]);
    const age = ry - y - (rm < month || (rm === month && rd < day) ? 1 : 0);
    if (age < 0) return undefined;
    return bandOfAge(age);
  };
}

/**
 * The built-in hierarchy of a birth date: year, then CTDC age band at `at`, then suppressed.
 * @example
 * enforceK(docs, { quasi, k: 11, strategy: "generalise", hierarchy: { "/person/birthDate": birthDateHierarchy("2026-12-31") } });
 */
export function birthDateHierarchy(at: string): readonly HierarchyLevel[] {
  return [yearLevel, ageBandLevel(at), suppressLevel];
}

/**
 * The built-in hierarchy of any other date: year-month, then year, then suppressed.
 * @example
 * const hierarchy = { "/identification/reasonableGroundsDate": dateHierarchy() };
 */
export function dateHierarchy(): readonly HierarchyLevel[] {
  return [yearMonthLevel, yearLevel, suppressLevel];
}
