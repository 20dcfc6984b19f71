// Date arithmetic on the standard's date forms with the validator's semantics (its rules/shared/time.ts), without
// `Date.parse`, whose handling of offsets, fractions and years below 100 varies.
import type { AgeBand } from "@open-trm/schema";
import { bandOfAge } from "../internal/age-bands.js";

const DAY_MS = 86_400_000;
// Days in 400 Gregorian years: shifting by one cycle keeps Date.UTC away from its 0-99 => 1900-1999 mapping.
const CYCLE_DAYS = 146_097;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function dayNumber(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const ms = Date.UTC(year + 400, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return ms / DAY_MS - CYCLE_DAYS;
}

/** The instant of an RFC 3339 date-time in milliseconds since the epoch, or `undefined` when it is not one. */
export function instantOf(value: string): number | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, sign, oh, om] = m;
  const day = dayNumber(Number(y), Number(mo), Number(d));
  if (day === undefined || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const offsetMin = sign ? (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const clock = ((Number(h) * 60 + Number(mi) - offsetMin) * 60 + Number(s)) * 1000;
  return day * DAY_MS + clock + (frac ? Number(`0${frac}`) * 1000 : 0);
}

/** The instant and RFC 3339 text of a time given as text or Date, or `undefined` when it is neither valid. */
export function readTime(at: unknown): { ms: number; text: string } | undefined {
  if (at instanceof Date) {
    const ms = at.getTime();
    return Number.isFinite(ms) ? { ms, text: at.toISOString() } : undefined;
  }
  if (typeof at !== "string") return undefined;
  const ms = instantOf(at);
  return ms === undefined ? undefined : { ms, text: at };
}

function ageOn(birth: { y: number; m: number; d: number }, on: Date): number {
  const [y, m, d] = [on.getUTCFullYear(), on.getUTCMonth() + 1, on.getUTCDate()];
  return y - birth.y - (m < birth.m || (m === birth.m && d < birth.d) ? 1 : 0);
}

/**
 * The age band of a person born on a (partial) date, at an instant (its UTC calendar date); `undefined` when the
 * partial date allows ages in two bands, or the date is not readable or after the instant.
 */
export function ageBandAt(birthDate: string, atMs: number): AgeBand | undefined {
  const m = PARTIAL.exec(birthDate);
  if (!m) return undefined;
  const y = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (dayNumber(y, month ?? 1, day ?? 1) === undefined) return undefined;
  const on = new Date(atMs);
  // The earliest possible birth date gives the oldest age, the latest the youngest.
  const lastDay = month === undefined ? 31 : new Date(Date.UTC(y + 400, month, 0)).getUTCDate();
  const oldest = ageOn({ y, m: month ?? 1, d: day ?? 1 }, on);
  const youngest = ageOn({ y, m: month ?? 12, d: day ?? lastDay }, on);
  const band = bandOfAge(youngest);
  return band !== undefined && band === bandOfAge(oldest) ? band : undefined;
}
