// Value converters between an Open TRM value and one HTCDS field value, in both directions. They report what
// they cannot carry as losses and what is malformed as issues; neither ever quotes a value.
import type { AdapterIssueCode } from "../result.js";
import type { HtcdsValue } from "./fields.js";
import { codeOfValue, type PicklistTable, rowOfCode } from "./picklists.js";
import { countryOfHtcds, languageOfHtcds } from "./standard-codes.js";

/** Where converters report losses and issues. */
export interface Sink {
  loss(pointer: string, reason: string): void;
  issue(code: AdapterIssueCode, path: string, message: string): void;
}

/** What a converter to HTCDS may need beyond the value. */
export interface OutContext {
  /** The instant a consent's validity is judged at: the victim profile's `updatedAt`. */
  readonly asOf: string;
}

/** A converter for one kind of field. */
export interface Codec {
  /** A short name for the mapping table in the docs. */
  readonly kind: string;
  /** Open TRM value at `pointer` -> HTCDS value, or undefined to write nothing. */
  readonly out: (value: unknown, pointer: string, sink: Sink, ctx: OutContext) => HtcdsValue | undefined;
  /** HTCDS value (already checked against its field type) -> Open TRM value, or undefined to write nothing. */
  readonly in?: (value: HtcdsValue, path: string, sink: Sink) => unknown;
  /** `append` adds the items read back to the array at the pointer instead of setting it. */
  readonly place?: "append";
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const list = (v: HtcdsValue): readonly string[] => (Array.isArray(v) ? v : []);
const NO_VALUE = "HTCDS has no value for this code";
const NEAREST =
  "HTCDS has no exact value for this code; the nearest value is written, which reads back differently";
const REPEATED = "repeats a value already written; an HTCDS multiselect holds each value once";
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Text, carried as it is. */
export const text: Codec = { kind: "text", out: str, in: str };

/** A date; the HTCDS Date type holds full dates only. */
export const date: Codec = {
  kind: "date",
  out(value, pointer, sink) {
    if (typeof value !== "string") return undefined;
    if (FULL_DATE.test(value)) return value;
    sink.loss(pointer, "the HTCDS field holds full dates only; a partial date is not carried");
    return undefined;
  },
  in: str,
};

/** One code of a codelist <-> one value of a picklist. */
export function picklist(table: PicklistTable): Codec {
  return {
    kind: `picklist (${table.codelist})`,
    out(value, pointer, sink) {
      const row = rowOfCode(table, value);
      if (row?.value == null) {
        sink.loss(pointer, NO_VALUE);
        return undefined;
      }
      if (row.match === "approximate") sink.loss(pointer, NEAREST);
      return row.value;
    },
    in(value, path, sink) {
      const code = typeof value === "string" ? codeOfValue(table, value) : undefined;
      if (code === undefined)
        sink.issue("ADAPTER_UNKNOWN_CODE", path, `no Open TRM code for this ${table.field} value`);
      return code;
    },
  };
}

/** A list of codes <-> a multiselect picklist; exact codes claim their value before approximate ones. */
export function multiselect(table: PicklistTable): Codec {
  return {
    kind: `multiselect (${table.codelist})`,
    out(value, pointer, sink) {
      if (!Array.isArray(value)) return undefined;
      const claimed = new Map<string, number>();
      const rows = value.map((code) => rowOfCode(table, code));
      for (const pass of ["exact", "approximate"] as const) {
        rows.forEach((row, i) => {
          if (row?.value == null) {
            if (pass === "exact") sink.loss(`${pointer}/${i}`, NO_VALUE);
          } else if (row.match === pass) {
            if (pass === "approximate") sink.loss(`${pointer}/${i}`, NEAREST);
            else if (claimed.has(row.value)) sink.loss(`${pointer}/${i}`, REPEATED);
            if (!claimed.has(row.value)) claimed.set(row.value, i);
          }
        });
      }
      const values = [...claimed].sort((a, b) => a[1] - b[1]).map(([v]) => v);
      return values.length > 0 ? values : undefined;
    },
    in(value, path, sink) {
      const codes: string[] = [];
      list(value).forEach((v, i) => {
        const code = codeOfValue(table, v);
        if (code === undefined)
          sink.issue(
            "ADAPTER_UNKNOWN_CODE",
            `${path}/${i}`,
            `no Open TRM code for this ${table.field} value`,
          );
        else if (codes.includes(code)) sink.loss(`${path}/${i}`, REPEATED);
        else codes.push(code);
      });
      return codes;
    },
  };
}

/** Citizenships <-> prs_Citizenship: ISO 3166 alpha-2 codes written; alpha-2 or alpha-3 read. */
export const countries: Codec = {
  kind: "ISO 3166 codes",
  out(value, pointer, sink) {
    if (!Array.isArray(value)) return undefined;
    const out: string[] = [];
    value.forEach((c, i) => {
      if (typeof c !== "string") return;
      if (out.includes(c)) sink.loss(`${pointer}/${i}`, REPEATED);
      else out.push(c);
    });
    return out.length > 0 ? out : undefined;
  },
  in(value, path, sink) {
    const out: string[] = [];
    list(value).forEach((v, i) => {
      const code = countryOfHtcds(v);
      if (code === undefined)
        sink.issue("ADAPTER_UNKNOWN_CODE", `${path}/${i}`, "not an ISO 3166 country code");
      else if (out.includes(code)) sink.loss(`${path}/${i}`, REPEATED);
      else out.push(code);
    });
    return out;
  },
};

/** A country code <-> a Text field that may also hold a country name (hte_Country). */
export const countryText: Codec = {
  kind: "ISO 3166 code in text",
  out: str,
  in(value, path, sink) {
    const code = typeof value === "string" ? countryOfHtcds(value) : undefined;
    if (code === undefined)
      sink.loss(path, "only an ISO 3166 country code can be carried; this text is not one");
    return code;
  },
};

/** A BCP 47 tag <-> an ISO 639 code: the primary subtag is written; ISO 639-2 codes read as Open TRM codes. */
export const language: Codec = {
  kind: "ISO 639 code",
  out(value, pointer, sink) {
    if (typeof value !== "string") return undefined;
    const [primary = value, ...rest] = value.split("-");
    if (rest.length > 0) sink.loss(pointer, "an HTCDS language code has no script or region subtag");
    return primary;
  },
  in(value, path, sink) {
    const code = typeof value === "string" ? languageOfHtcds(value) : undefined;
    if (code === undefined)
      sink.issue("ADAPTER_UNKNOWN_CODE", path, "not an ISO 639-2 or ISO 639-1 language code");
    return code;
  },
};

/** An E.164 number; the sheet's pattern ^\+?[1-9]\d{1,14}$ allows the plus to be left out. */
export const phone: Codec = {
  kind: "E.164 phone",
  out: str,
  in(value, path, sink) {
    if (typeof value !== "string") return undefined;
    if (/^\+[1-9]\d{1,14}$/.test(value)) return value;
    if (/^[1-9]\d{1,14}$/.test(value))
      sink.loss(path, "without the plus sign the country code is unknown, so it is not E.164");
    else
      sink.issue(
        "ADAPTER_INVALID_VALUE",
        path,
        "does not match the sheet's phone pattern ^\\+?[1-9]\\d{1,14}$",
      );
    return undefined;
  },
};

/** A focal point reference <-> a lookup to an organisation, whose id is the focal point's UUID. */
export const focalPointLookup: Codec = {
  kind: "lookup id (focal point UUID)",
  out: str,
  in(value, path, sink) {
    if (typeof value === "string" && UUID.test(value)) return value;
    sink.loss(path, "the lookup holds a record id that is not an Open TRM focal point UUID");
    return undefined;
  },
};
