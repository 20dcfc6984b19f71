// The HTCDS 2.0 field catalogue (generated from the IOM sheet) and how each field type is read and written.
import { htcdsFieldRows } from "./generated/fields.js";

/**
 * The name of a field of the HTCDS 2.0 field standard sheet, prefix included (`prs_Gender`, `cas_Status`).
 * @example
 * const field: HtcdsFieldName = "vic_TraffickingStatus";
 */
export type HtcdsFieldName = (typeof htcdsFieldRows)[number][0];

/**
 * One value of an HTCDS record: text, date (`YYYY-MM-DD`), lookup id and picklist values are strings, Number
 * fields numbers, Checkbox fields booleans, Multiselect Picklist fields arrays of value names.
 * @example
 * const value: HtcdsValue = ["DebtBondage", "WithholdsDocuments"];
 */
export type HtcdsValue = string | number | boolean | readonly string[];

/**
 * One flat HTCDS 2.0 record in its JSON form: HTCDS field name -> value; an absent field has no value.
 * @example
 * const record: HtcdsRecord = { vic_TraffickingStatus: "PossibleVictimOfTrafficking", cas_Status: "Active" };
 */
export type HtcdsRecord = { readonly [F in HtcdsFieldName]?: HtcdsValue };

/**
 * How a field's values are represented, derived from the sheet's "Field Type".
 * @example
 * const kind: FieldKind = "multiselect"; // a "Multiselect Picklist": an array in JSON, ";"-joined in CSV
 */
export type FieldKind = "text" | "date" | "number" | "checkbox" | "picklist" | "multiselect";

/**
 * A field of the sheet as the adapter uses it.
 * @example
 * const gender: HtcdsField | undefined = htcdsFields.find((f) => f.name === "prs_Gender");
 */
export interface HtcdsField {
  readonly name: HtcdsFieldName;
  /** The sheet's "Field Type" (empty for `per_Organisation`, whose row gives none). */
  readonly type: string;
  readonly kind: FieldKind;
  /** `DRAFT` or `DEPRECATED`. */
  readonly status: string;
  /** Value names of a picklist; empty when the sheet names a code standard instead (see `standard`). */
  readonly values: readonly string[];
  /** The code standard the sheet prescribes instead of listing values. */
  readonly standard?: "ISO 3166" | "ISO 639-2";
}

// Sheet field types -> kinds. Lookups hold record ids and geolocations numbers ("Uses Salesforce geolocation
// compound field"); a type the sheet leaves empty is read as text.
const KIND_OF_TYPE: Readonly<Record<string, FieldKind>> = {
  Text: "text",
  "Long Text": "text",
  "Picklist or Text": "text",
  "": "text",
  "Lookup [to organisation]": "text",
  "Lookup [to user]": "text",
  "Lookup [to person]": "text",
  Date: "date",
  Number: "number",
  Geolocation: "number",
  Checkbox: "checkbox",
  Picklist: "picklist",
  "Multiselect Picklist": "multiselect",
};

function toField(row: (typeof htcdsFieldRows)[number]): HtcdsField {
  const [name, type, status, , valueNames] = row;
  const first = valueNames[0] ?? "";
  const standard = first.startsWith("Use ISO 3166")
    ? ("ISO 3166" as const)
    : first.startsWith("Use ISO 639-2")
      ? ("ISO 639-2" as const)
      : undefined;
  const kind = KIND_OF_TYPE[type] ?? "text";
  const base = { name, type, kind, status, values: standard ? [] : valueNames };
  return standard ? { ...base, standard } : base;
}

/**
 * Every field of the HTCDS 2.0 sheet, in sheet order.
 * @example
 * htcdsFields.find((f) => f.name === "prs_Gender")?.values; // ["Feminine", "Masculine", ...]
 */
export const htcdsFields: readonly HtcdsField[] = htcdsFieldRows.map(toField);

const BY_NAME = new Map<string, HtcdsField>(htcdsFields.map((f) => [f.name, f]));
const ORDER = new Map<string, number>(htcdsFields.map((f, i) => [f.name, i]));

/** The field of that name, if the sheet has it. */
export function fieldNamed(name: string): HtcdsField | undefined {
  return BY_NAME.get(name);
}

/** Sorts field names in sheet order (unknown names last). */
export function bySheetOrder(a: string, b: string): number {
  return (ORDER.get(a) ?? Number.MAX_SAFE_INTEGER) - (ORDER.get(b) ?? Number.MAX_SAFE_INTEGER);
}
