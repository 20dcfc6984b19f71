// Date arithmetic on the standard's date forms, without `Date.parse` (whose handling of offsets, fractions and
// years below 100 varies). Every function returns `undefined` for a value it cannot read, so rules never throw.

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
// Days in 400 Gregorian years: shifting by one cycle keeps Date.UTC away from its 0-99 => 1900-1999 mapping.
const CYCLE_DAYS = 146_097;

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Day number (days since 1970-01-01) of a calendar date, or `undefined` when the date does not exist. */
export function dayNumber(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year + 400, month - 1, day) / DAY_MS - CYCLE_DAYS;
}

// Gregorian month lengths, computed rather than read back from a Date (rules call dayNumber for every date).
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The instant of an RFC 3339 date-time in milliseconds since the epoch, offset applied, fraction kept. */
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

/** The first and last day numbers a date or partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) may stand for. */
export function dayRange(value: string): { readonly first: number; readonly last: number } | undefined {
  const m = PARTIAL.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const day = dayNumber(year, Number(m[2]), Number(m[3]));
    return day === undefined ? undefined : { first: day, last: day };
  }
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const first = dayNumber(year, month ?? 1, 1);
  const next =
    month === undefined || month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1);
  return first === undefined || next === undefined ? undefined : { first, last: next - 1 };
}

/** Day number of the UTC calendar date of an instant. */
export function utcDayOf(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** The same day of the month some years earlier, clamped to the month's end (29 Feb -> 28 Feb). */
export function yearsBefore(day: number, years: number): number | undefined {
  if (!Number.isFinite(day)) return undefined;
  const d = new Date((day + CYCLE_DAYS) * DAY_MS);
  const year = d.getUTCFullYear() - 400 - years;
  const month = d.getUTCMonth() + 1;
  const daysInMonth = new Date(Date.UTC(year + 400, month, 0)).getUTCDate();
  return dayNumber(year, month, Math.min(d.getUTCDate(), daysInMonth));
}
