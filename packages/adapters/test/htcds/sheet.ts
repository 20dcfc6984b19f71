// Reads the HTCDS 2.0 field standard sheet (IOM, CC BY 4.0; see reference/NOTICE.md) independently of the
// adapter's own catalogue, so that tests can hold the adapter to the published text.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The vendored copy of the sheet (byte-identical to `../shared/reference/htcds/` of the project). */
export const SHEET_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  "reference",
  "htcds-2.0-field-standards.txt",
);

/** One field row of the sheet. */
export interface SheetField {
  readonly section: string;
  readonly status: string;
  readonly core: boolean;
  readonly name: string;
  readonly type: string;
  /** "Value Names (if picklist)" split on " / ", empty entries dropped. */
  readonly valueNames: readonly string[];
}

// Columns (NOTICE.md): Section | Status | Core | Field Name Prefix | Field Name | Field Label |
// Field Name including Prefix | Field Type | Salesforce Standard or Custom | Value Names | Value Labels | ...
const COL = { status: 1, core: 2, prefix: 3, name: 4, fullName: 6, type: 7, values: 9 } as const;

/** Parses the sheet text: section lines start a section, field rows start with " | ". */
export function parseSheet(text: string): SheetField[] {
  const fields: SheetField[] = [];
  let section = "";
  for (const line of text.split(/\r?\n/).slice(2)) {
    if (line.trim() === "") continue;
    const cells = line.split("|").map((c) => c.trim());
    if (!line.startsWith(" | ")) {
      section = cells[0] ?? "";
      continue;
    }
    const name = cells[COL.name] ?? "";
    // "N/A" rows are example questions of the assessment sections, not fields.
    if (name === "" || name === "N/A") continue;
    const fullName = cells[COL.fullName] || `${cells[COL.prefix] ?? ""}${name}`;
    fields.push({
      section,
      status: cells[COL.status] ?? "",
      core: cells[COL.core] === "Core",
      name: fullName,
      type: cells[COL.type] ?? "",
      valueNames: (cells[COL.values] ?? "")
        .split(" / ")
        .map((v) => v.trim())
        .filter((v) => v !== ""),
    });
  }
  return fields;
}

/** The fields of the vendored HTCDS 2.0 sheet, by name. */
export function readSheet(): Map<string, SheetField> {
  return new Map(parseSheet(readFileSync(SHEET_PATH, "utf8")).map((f) => [f.name, f]));
}
