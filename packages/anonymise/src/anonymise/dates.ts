import { ageBand } from "@open-trm/schema/data";
import { bandOfAge } from "../internal/age-bands.js";
import { type Mac, mac } from "./pseudonymise.js";

/**
 * The kinds of date the standard uses: full date, RFC 3339 date-time, or partial date (`YYYY`, `YYYY-MM`).
 * @example
 * const kind: DateKind = "partialDate";
 */
export type DateKind = "date" | "dateTime" | "partialDate";

/**
 * How far `generalise` coarsens a date.
 * @example
 * const to: DateGranularity = "year";
 */
export type DateGranularity = "yearMonth" | "year";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
// Two-digit months and days, and four-digit years, without building a string to pad on every call.
const TWO = Array.from({ length: 32 }, (_, n) => pad(n));
const two = (n: number) => TWO[n] ?? pad(n);
const year4 = (y: number) => (y >= 1000 && y <= 9999 ? String(y) : pad(y, 4));

// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), after H. Hinnant's
// days_from_civil / civil_from_days: exact for every year, and far cheaper than Date objects.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}
function ymd(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year4(year)}-${two(month)}-${two(doy - Math.floor((153 * mp + 2) / 5) + 1)}`;
}
/** The number in `value` from `from` to `to`: read digit by digit, else as `Number` reads it (absent: 1). */
function field(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number(value.slice(from, to) || "1");
    n = n * 10 + digit;
  }
  return n;
}
const dayOf = (value: string, day = field(value, 8, 10)) =>
  daysFromCivil(field(value, 0, 4), field(value, 5, 7), day);

/** The UTC calendar day of an RFC 3339 date-time; the local day unless the offset crosses midnight. */
function utcDay(value: string): string {
  const zone = value.search(/[Zz+-]\d?\d?:?\d?\d?$/);
  const local = Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16));
  const sign = value[zone] === "+" ? 1 : -1;
  const offset =
    value[zone] === "Z" || value[zone] === "z"
      ? 0
      : sign * (Number(value.slice(zone + 1, zone + 3)) * 60 + Number(value.slice(zone + 4, zone + 6)));
  const utc = local - offset;
  return utc >= 0 && utc < 1440 ? value.slice(0, 10) : new Date(value).toISOString().slice(0, 10);
}

/**
 * Coarsens a date to its month or year in the form the field allows: a partial date becomes `YYYY-MM` or `YYYY`,
 * a full date the first day of its month or year, a date-time that day at 00:00 UTC. Never moves a date forward,
 * so `from <= to` and `createdAt <= updatedAt` still hold.
 * @example
 * generaliseDate("2026-03-14", "partialDate", "yearMonth"); // "2026-03"
 * generaliseDate("2026-03-14", "date", "year"); // "2026-01-01"
 */
export function generaliseDate(value: string, kind: DateKind, to: DateGranularity): string {
  const day = kind === "dateTime" ? utcDay(value) : value;
  const cut = to === "year" ? day.slice(0, 4) : day.slice(0, 7);
  if (kind === "partialDate") return cut;
  const first = to === "year" ? `${cut}-01-01` : `${cut}-01`;
  return kind === "dateTime" ? `${first}T00:00:00Z` : first;
}

/**
 * Moves a date by whole days, keeping its form: a date-time keeps its time and offset, a year-month moves with its
 * 15th day, a year alone stays as it is (a shift of up to a few weeks would only bias it).
 * @example
 * shiftDate("2026-03-14", "date", -20); // "2026-02-22"
 * shiftDate("2026-03-14T10:00:00+01:00", "dateTime", -20); // "2026-02-22T10:00:00+01:00"
 */
export function shiftDate(value: string, kind: DateKind, days: number): string {
  if (kind === "partialDate" && value.length === 4) return value;
  if (kind === "partialDate" && value.length === 7) return ymd(dayOf(value, 15) + days).slice(0, 7);
  return ymd(dayOf(value) + days) + value.slice(10);
}

/**
 * The per-subject date offset: a whole number of days in [-maxDays, -1], derived from HMAC(key, subject id), the
 * same for every date of the subject in every document. Backwards only, so no shifted date lies in the future.
 * @example
 * dateShiftDays(key, "6f1c2a34-0d7e-4b8a-9c1d-2e3f4a5b6c7d", 30); // e.g. -17
 */
export function dateShiftDays(key: Uint8Array, subject: string, maxDays: number): number {
  return dateShiftWith((label, message) => mac(key, label, message), subject, maxDays);
}

/** The per-subject date offset under a keyed MAC: what `dateShiftDays` gives with the MAC's key. */
export function dateShiftWith(m: Mac, subject: string, maxDays: number): number {
  return -(1 + (m("date-shift", subject.toLowerCase()).readUInt32BE(0) % maxDays));
}

// The day before the first of the next month.
function lastDayOf(yearMonth: string): string {
  const [y, m] = [Number(yearMonth.slice(0, 4)), Number(yearMonth.slice(5, 7))];
  return ymd(daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1);
}

/**
 * The CTDC age band (ageBand code) of a person born on `birthDate` at the instant `at`, in completed years. A
 * partial birth date counts from the last day it can stand for: the youngest possible age, as the presumption of
 * minority asks (and as the k-anonymity hierarchies of this package do).
 * @example
 * ageBandOf("2010", "2026-03-04T11:20:00+01:00"); // "age9to17"
 */
export function ageBandOf(birthDate: string, at: string): string {
  const born = new Date(
    birthDate.length === 4 ? `${birthDate}-12-31` : birthDate.length === 7 ? lastDayOf(birthDate) : birthDate,
  );
  const now = new Date(at);
  let age = now.getUTCFullYear() - born.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < born.getUTCMonth() ||
    (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() < born.getUTCDate());
  if (beforeBirthday) age--;
  return bandOfAge(Math.max(age, 0)) ?? ageBand.codes[0];
}
