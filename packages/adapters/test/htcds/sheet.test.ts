// Holds the adapter to the published HTCDS 2.0 sheet: field names and picklist values it writes must be the
// sheet's, read here from the sheet text itself.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { type HtcdsRecord, htcdsFieldMap, htcdsPicklists, toHtcds } from "../../src/htcds/index.js";
import { readSheet, SHEET_PATH, type SheetField } from "./sheet.js";
import { cases, REPO_DIR } from "./support.js";

const SHEET = readSheet();
const SCHEMA_DIR = join(REPO_DIR, "packages", "adapters", "node_modules", "@open-trm", "schema");

// Independent code lists for the fields whose "Value Names" name a code standard instead of values.
const require = createRequire(join(SCHEMA_DIR, "package.json"));
const ISO_3166 = new Set(
  Object.keys(
    (require("i18n-iso-countries") as { getAlpha2Codes(): Record<string, string> }).getAlpha2Codes(),
  ),
);
type Lang = { iso6391?: string; iso6392B?: string; iso6392T?: string };
const { iso6393 } = (await import(
  pathToFileURL(join(SCHEMA_DIR, "node_modules", "iso-639-3", "index.js")).href
)) as { iso6393: readonly Lang[] };
const ISO_639 = new Set(
  iso6393.flatMap((l) => [l.iso6391, l.iso6392B, l.iso6392T].filter(Boolean) as string[]),
);

/** Whether a value is allowed in a field by the sheet: a Value Name, or a code of the standard it names. */
function allowed(field: SheetField, value: string): boolean {
  const rule = field.valueNames[0] ?? "";
  // Kosovo: XK is the user-assigned ISO 3166 code the EU uses (Open TRM data model, section 2).
  if (rule.startsWith("Use ISO 3166")) return ISO_3166.has(value) || value === "XK";
  if (rule.startsWith("Use ISO 639-2")) return ISO_639.has(value);
  return field.valueNames.includes(value);
}

function expectFromSheet(record: HtcdsRecord): void {
  for (const [name, value] of Object.entries(record)) {
    const field = SHEET.get(name);
    expect(field, `${name} is a field of the HTCDS 2.0 sheet`).toBeDefined();
    if (field === undefined || !/Picklist/.test(field.type) || field.type === "Picklist or Text") continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      expect(allowed(field, String(v)), `${name} allows the value written`).toBe(true);
    }
  }
}

describe("the HTCDS 2.0 sheet", () => {
  it("is the vendored copy of the IOM sheet, with its columns", () => {
    const text = readFileSync(SHEET_PATH, "utf8");
    expect(text.split("\n")[1]).toMatch(/^Section \| Status \| Core \| Field Name Prefix \| Field Name \|/);
    expect(SHEET.size).toBe(84);
    expect(SHEET.get("prs_Gender")?.valueNames).toEqual([
      "Feminine",
      "Masculine",
      "TransgenderFeminine",
      "TransgenderMasculine",
      "NonConforming",
      "NonSpecifiedUnknown",
    ]);
  });

  it("has every field the field map writes or reads, with a matching kind of value", () => {
    for (const rule of htcdsFieldMap) {
      const field = SHEET.get(rule.field);
      expect(field, rule.field).toBeDefined();
      const picklistCodec = /^(picklist|multiselect)/.test(rule.codec.kind);
      if (picklistCodec) expect(field?.type, rule.field).toMatch(/Picklist$/);
      if (rule.codec.kind.startsWith("multiselect"))
        expect(field?.type, rule.field).toBe("Multiselect Picklist");
    }
  });

  it("has every value of every picklist mapping table in that field's Value Names", () => {
    for (const table of Object.values(htcdsPicklists)) {
      const names = SHEET.get(table.field)?.valueNames ?? [];
      for (const row of table.rows) {
        if (row.value !== null) expect(names, `${table.field} ${row.code}`).toContain(row.value);
      }
    }
  });

  it.each(cases())("holds every field name and picklist value written for $name", ({ docs }) => {
    const r = toHtcds(docs);
    expect(r.ok).toBe(true);
    if (r.ok) expectFromSheet(r.value);
  });

  it("would catch a value the sheet does not have", () => {
    const gender = SHEET.get("prs_Gender") as SheetField;
    expect(allowed(gender, "Female")).toBe(false);
    expect(allowed(SHEET.get("prs_Citizenship") as SheetField, "ZZ")).toBe(false);
    expect(allowed(SHEET.get("prs_PrimaryLanguage") as SheetField, "xx")).toBe(false);
    expect(allowed(SHEET.get("prs_PrimaryLanguage") as SheetField, "sqi")).toBe(true);
  });
});
