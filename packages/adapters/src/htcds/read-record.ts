// Reads an HTCDS record in its JSON form and checks each value against its field's type in the 2.0 sheet.
import { issue } from "../internal/result.js";
import type { AdapterIssue } from "../result.js";
import { fieldNamed, type HtcdsField, type HtcdsFieldName, type HtcdsValue } from "./fields.js";
import { escapeToken } from "./pointer.js";

/** A record whose fields are known and whose values fit their types; empty values are left out. */
export interface ReadRecord {
  readonly fields: ReadonlyMap<HtcdsFieldName, HtcdsValue>;
  readonly issues: readonly AdapterIssue[];
}

/** Whether a string is a calendar date `YYYY-MM-DD` (the Salesforce Date format). */
export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(v) && Number(m[1]) > 0;
}

type Read = { value?: HtcdsValue; issues: AdapterIssue[] };

function readValue(field: HtcdsField, value: unknown, path: string): Read {
  const wrong = (shape: string): Read => ({
    issues: [issue("ADAPTER_WRONG_TYPE", path, `${field.name} (${field.type || "Text"}) expects ${shape}`)],
  });
  const unknownValue = (p: string): AdapterIssue =>
    issue("ADAPTER_UNKNOWN_CODE", p, `not a value name of ${field.name} in the HTCDS 2.0 sheet`);
  switch (field.kind) {
    case "text":
      return typeof value === "string" ? { value, issues: [] } : wrong("a string");
    case "date":
      if (typeof value !== "string") return wrong("a date string");
      return isCalendarDate(value)
        ? { value, issues: [] }
        : {
            issues: [
              issue("ADAPTER_INVALID_VALUE", path, `${field.name} expects a calendar date YYYY-MM-DD`),
            ],
          };
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? { value, issues: [] } : wrong("a number");
    case "checkbox":
      return typeof value === "boolean" ? { value, issues: [] } : wrong("true or false");
    case "picklist":
      if (typeof value !== "string") return wrong("a value name");
      if (field.values.length > 0 && !field.values.includes(value)) return { issues: [unknownValue(path)] };
      return { value, issues: [] };
    case "multiselect": {
      // Salesforce's REST API gives a multiselect as one `;`-joined string; the JSON form of this adapter uses arrays.
      const items = typeof value === "string" ? value.split(";").filter((v) => v !== "") : value;
      if (!Array.isArray(items)) return wrong("an array of value names");
      const issues = items.flatMap((v, i) =>
        typeof v !== "string"
          ? [issue("ADAPTER_WRONG_TYPE", `${path}/${i}`, `${field.name} expects value names (strings)`)]
          : field.values.length > 0 && !field.values.includes(v)
            ? [unknownValue(`${path}/${i}`)]
            : [],
      );
      return issues.length > 0 ? { issues } : { value: items as string[], issues };
    }
  }
}

const isEmpty = (v: unknown) => v === null || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * Reads one record: an object of HTCDS 2.0 field names; `null`, `""` and `[]` mean no value (Salesforce exports
 * empty fields that way). Unknown field names and values that do not fit the field type are issues.
 */
export function readRecord(record: unknown, base: string): ReadRecord {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return {
      fields: new Map(),
      issues: [issue("ADAPTER_NOT_OBJECT", base, "an HTCDS record is a JSON object")],
    };
  }
  const fields = new Map<HtcdsFieldName, HtcdsValue>();
  const issues: AdapterIssue[] = [];
  for (const [key, value] of Object.entries(record)) {
    const path = `${base}/${escapeToken(key)}`;
    const field = fieldNamed(key);
    if (field === undefined) {
      issues.push(issue("ADAPTER_UNKNOWN_FIELD", path, "not a field name of the HTCDS 2.0 sheet"));
      continue;
    }
    if (isEmpty(value)) continue;
    const read = readValue(field, value, path);
    issues.push(...read.issues);
    if (read.value !== undefined) fields.set(field.name, read.value);
  }
  return { fields, issues };
}
