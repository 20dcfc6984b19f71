// The CSV form of HTCDS records: one header row of HTCDS 2.0 field names, one row per record. Multiselect values
// are joined with ";" as Salesforce imports and exports them; checkboxes are "true"/"false"; empty cells are
// empty fields. Cells a spreadsheet would run as formulas are neutralised (see internal/csv-text.ts).
import { parseCsv, stringifyCsv } from "../internal/csv-text.js";
import { failures, issue, success } from "../internal/result.js";
import type { AdapterIssue, AdapterResult } from "../result.js";
import { htcdsFieldMap } from "./field-map.js";
import { bySheetOrder, fieldNamed, type HtcdsRecord, type HtcdsValue } from "./fields.js";
import { readRecord } from "./read-record.js";

/** The columns written when no record has a value for them: every field the adapter maps. */
const MAPPED = [...new Set(htcdsFieldMap.map((r) => r.field))];

function cellOf(value: HtcdsValue): string {
  if (Array.isArray(value)) return value.join(";");
  return typeof value === "string" ? value : String(value);
}

/**
 * Writes HTCDS records (JSON form) as CSV text: the columns are the fields the adapter maps plus any other field
 * present, in sheet order; a multiselect value that holds ";" cannot be written and is an issue.
 * @example
 * const r = toHtcdsCsv([{ vic_TraffickingStatus: "PossibleVictimOfTrafficking", cas_Status: "Active" }]);
 * if (r.ok) process.stdout.write(r.value);
 */
export function toHtcdsCsv(records: readonly HtcdsRecord[]): AdapterResult<string> {
  if (!Array.isArray(records))
    return failures([issue("ADAPTER_WRONG_TYPE", "", "expected an array of HTCDS records")]);
  const issues: AdapterIssue[] = [];
  const rows = records.map((r, i) => {
    const read = readRecord(r, `/${i}`);
    issues.push(...read.issues);
    for (const [field, value] of read.fields) {
      if (Array.isArray(value) && value.some((v) => v.includes(";"))) {
        issues.push(
          issue("ADAPTER_INVALID_VALUE", `/${i}/${field}`, "a multiselect value cannot hold ';' in CSV"),
        );
      }
    }
    return read.fields;
  });
  if (issues.length > 0) return failures(issues);
  const columns = [...new Set([...MAPPED, ...rows.flatMap((r) => [...r.keys()])])].sort(bySheetOrder);
  const body = rows.map((r) =>
    columns.map((c) => {
      const v = r.get(c as never);
      return v === undefined ? "" : cellOf(v);
    }),
  );
  return success(stringifyCsv([columns, ...body]));
}

function valueOfCell(kind: string, cell: string): unknown {
  if (kind === "multiselect") return cell.split(";").filter((v) => v !== "");
  if (kind === "checkbox") return /^(true|1)$/i.test(cell) ? true : /^(false|0)$/i.test(cell) ? false : cell;
  if (kind === "number") return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
  return cell;
}

/**
 * Reads CSV text with a header row of HTCDS 2.0 field names into records (JSON form); issues name the header
 * cell (`/header/2`), the record and field (`/rows/0/prs_Gender`, records counted from 0) or the line (`/lines/7`).
 * @example
 * const r = fromHtcdsCsv("vic_TraffickingStatus,cas_Status\r\nPossibleVictimOfTrafficking,Active\r\n");
 * if (r.ok) console.log(r.value[0]?.cas_Status); // "Active"
 */
export function fromHtcdsCsv(text: string): AdapterResult<HtcdsRecord[]> {
  if (typeof text !== "string") return failures([issue("ADAPTER_WRONG_TYPE", "", "expected CSV text")]);
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return failures([issue("ADAPTER_SYNTAX", `/lines/${parsed.error.line}`, parsed.error.message)]);
  const [header, ...rows] = parsed.rows;
  if (header === undefined)
    return failures([issue("ADAPTER_MISSING", "/header", "expected a header row of HTCDS field names")]);
  const issues: AdapterIssue[] = [];
  const fields = header.map((name, i) => {
    const field = fieldNamed(name);
    if (field === undefined)
      issues.push(issue("ADAPTER_UNKNOWN_FIELD", `/header/${i}`, "not a field name of the HTCDS 2.0 sheet"));
    else if (header.indexOf(name) !== i)
      issues.push(issue("ADAPTER_INVALID_VALUE", `/header/${i}`, "the field name repeats an earlier column"));
    return field;
  });
  if (issues.length > 0) return failures(issues);
  const records = rows.map((cells, r) => {
    const raw: Record<string, unknown> = {};
    cells.forEach((cell, i) => {
      const field = fields[i];
      if (field !== undefined && cell !== "") raw[field.name] = valueOfCell(field.kind, cell);
    });
    const read = readRecord(raw, `/rows/${r}`);
    issues.push(...read.issues);
    return Object.fromEntries([...read.fields].sort(([a], [b]) => bySheetOrder(a, b))) as HtcdsRecord;
  });
  return issues.length > 0 ? failures(issues) : success(records);
}
