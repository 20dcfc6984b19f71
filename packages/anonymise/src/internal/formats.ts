// The JSON Schema `format`s the Open TRM schemas use, exactly as the validator checks them: its precompiled Ajv
// validators use ajv-formats 3.0.1 in "full" mode (https://github.com/ajv-validator/ajv-formats, MIT licence,
// src/formats.ts), so these functions are copied from there, not re-derived. RFC 3339 section 5.6 for dates.

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DATE_TIME_SEPARATOR = /t|\s/i;

// RFC 3339 appendix C.
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function date(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS[month] as number))
  );
}

// ajv-formats `getTime(true)`: a time zone is required; 23:59:60 UTC (a leap second) is allowed.
function time(s: string): boolean {
  const m = TIME.exec(s);
  if (!m) return false;
  const hr = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3]);
  const tzSign = m[5] === "-" ? -1 : 1;
  const tzH = Number(m[6] || 0);
  const tzM = Number(m[7] || 0);
  if (tzH > 23 || tzM > 59 || !m[4]) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

function dateTime(s: string): boolean {
  const parts = s.split(DATE_TIME_SEPARATOR);
  return parts.length === 2 && date(parts[0] as string) && time(parts[1] as string);
}

const test = (re: RegExp) => (s: string) => re.test(s);

/** The format checks by name; a schema using any other format is not checked here (the validator is used). */
export const formats: Readonly<Record<string, (s: string) => boolean>> = {
  date,
  "date-time": dateTime,
  duration: test(/^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/),
  email: test(
    /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
  ),
  uuid: test(/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i),
};

// Patterns of the Open TRM schemas (Zod 4's uuid, iso.date and iso.datetime({ offset: true })) that accept only
// strings the format accepts too, so that checking the format after them cannot change a verdict:
// - uuid: 8-4-4-4-12 hexadecimal digits, which is the format's pattern without its optional `urn:uuid:` prefix;
// - date: YYYY-MM-DD with the month's days and 29 February in Gregorian leap years only, as the format requires;
// - date-time: that date, `T`, a time up to 23:59:59 with an optional fraction, and `Z` or an offset up to 23:59.
// test/anonymise/json-check.test.ts checks each claim on every date of a 400-year cycle and on generated strings.
const DATE_PATTERN =
  "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
/** The format that each of these patterns implies, by pattern. */
export const impliedFormats: ReadonlyMap<string, string> = new Map([
  [
    "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$",
    "uuid",
  ],
  [`^${DATE_PATTERN}$`, "date"],
  [
    `^${DATE_PATTERN}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`,
    "date-time",
  ],
]);

/** The length of a string in Unicode code points, as JSON Schema's `minLength`/`maxLength` count (Ajv's `ucs2length`). */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const c = s.charCodeAt(i++);
    if (c >= 0xd800 && c <= 0xdbff && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}
