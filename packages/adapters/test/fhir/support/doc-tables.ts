// Renders the generated part of docs/mappings/fhir.md from the mapping data (field tables, extension table, code
// maps). The drift test compares it with the file; `npx tsx test/fhir/support/update-doc.ts` rewrites it.
import type { DocumentTypeName } from "@open-trm/schema/data";
import { leafRows } from "../../../src/fhir/specs/dsl.js";
import { extensionRows } from "../../../src/fhir/specs/extensions.js";
import { fieldNodes } from "../../../src/fhir/specs/index.js";
import { codeMaps } from "../../../src/fhir/tables/index.js";
import { OPEN_TRM_FHIR_BASE } from "../../../src/fhir/urls.js";
import { ROOT_RESOURCE } from "../../../src/fhir/write/context.js";

/** Start and end markers of the generated section. */
export const BEGIN = "<!-- BEGIN GENERATED: npx tsx test/fhir/support/update-doc.ts -->";
export const END = "<!-- END GENERATED -->";

const short = (url: string) => url.replace(`${OPEN_TRM_FHIR_BASE}/StructureDefinition/`, "");

function natives(): string[] {
  return (Object.keys(fieldNodes) as DocumentTypeName[]).flatMap((type) => [
    `#### ${type} -> ${ROOT_RESOURCE[type]}`,
    "",
    "| Open TRM field | FHIR R4 element |",
    "|---|---|",
    ...leafRows(fieldNodes[type])
      .filter(([, n]) => n.native !== undefined)
      .map(([p, n]) => `| \`${p}\` | ${n.native} |`),
    "",
  ]);
}

function extensions(): string[] {
  return extensionRows().flatMap((row) => [
    `#### \`${short(row.url)}\``,
    "",
    `URL \`${row.url}\` on ${row.context}; carries \`${row.carries}\`.`,
    "",
    "| sub-extension | value | repeats |",
    "|---|---|---|",
    ...row.subExtensions.map(
      (s) =>
        `| \`${s.path === "" ? "(the extension itself)" : s.path}\` | ${s.value} | ${s.repeats ? "yes" : ""} |`,
    ),
    "",
  ]);
}

function maps(): string[] {
  return Object.entries(codeMaps).flatMap(([name, m]) => [
    `#### ${name}: \`${m.codelist}\` -> ${m.element} (${m.read ? "read back" : "projection, write-only"})`,
    "",
    `Target: \`${m.system}\` ([source](${m.source})).`,
    "",
    "| Open TRM | FHIR |",
    "|---|---|",
    ...m.rows.map(
      ([trm, fhir]) => `| \`${trm}\` | ${fhir === null ? "(Open TRM coding only)" : `\`${fhir}\``} |`,
    ),
    "",
  ]);
}

/**
 * The generated section of the mapping document, markers included.
 * @example
 * renderTables().startsWith(BEGIN); // true
 */
export function renderTables(): string {
  return [
    BEGIN,
    "",
    "### Fields carried by FHIR elements",
    "",
    "Every field not listed here travels in the document's `-fields` extension (next section).",
    "",
    ...natives(),
    "### Open TRM extensions",
    "",
    ...extensions(),
    "### Code maps",
    "",
    ...maps(),
    END,
  ].join("\n");
}
