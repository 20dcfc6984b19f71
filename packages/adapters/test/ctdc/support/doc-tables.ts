// Renders the mapping tables of docs/mappings/ctdc.md from the adapter's data, so the document cannot drift from
// the code (test/ctdc/doc.test.ts compares; test/ctdc/write-doc-tables.ts rewrites).
import type { ColumnDef } from "../../../src/ctdc/columns.js";
import {
  ageBroadRows,
  childStatusRows,
  genderRows,
  traffickMonthsRows,
} from "../../../src/ctdc/encodings.js";
import { layouts } from "../../../src/ctdc/input.js";
import type { CtdcLayout } from "../../../src/ctdc/types.js";

export const START = "<!-- ctdc-tables:start (generated from src/ctdc; do not edit by hand) -->";
export const END = "<!-- ctdc-tables:end -->";

const code = (s: string) => (s === "" ? "(empty)" : `\`${s}\``);
const role = (c: ColumnDef) =>
  c.kind === "value" ? (c.group === undefined ? "sensitive" : `quasi: ${c.group}`) : c.kind;

function columnTable(layout: CtdcLayout): string[] {
  const { columns, groups } = layouts[layout];
  const lines = [
    `### ${layout} layout: ${columns.length} columns`,
    "",
    "| # | column | role | from (Open TRM victim profile) |",
    "|---|---|---|---|",
    ...columns.map((c, i) => `| ${i + 1} | \`${c.name}\` | ${role(c)} | ${c.from} |`),
    "",
    `Coarsening steps of the ${layout} quasi-identifier groups (each step first where rare, then everywhere):`,
    "",
    ...groups.map((g) => `- \`${g.name}\`: ${g.steps.map((s) => s.name).join(" → ")}`),
    "",
  ];
  return lines;
}

/** The generated part of the document. */
export function renderDocTables(): string {
  const gender = genderRows["2021"].map((g, i) => {
    const v24 = genderRows["2024"][i]?.value;
    const show = (v: string | undefined) => (v === undefined ? "not carried (loss)" : code(v));
    return `| ${g.field} | \`${g.code}\` | ${show(g.value)} | ${show(v24)} |`;
  });
  return [
    START,
    ...columnTable("2021"),
    ...columnTable("2024"),
    "### Value encodings",
    "",
    "| Open TRM field | code | 2021 `gender` | 2024 `gender` |",
    "|---|---|---|---|",
    ...gender,
    "",
    "| ageBand code | `ageBroad` | minor |",
    "|---|---|---|",
    ...ageBroadRows.map((r) => `| \`${r.band}\` | \`${r.label}\` | ${r.minor ? "yes" : "no"} |`),
    "",
    "| `person.isChild` | minor at registration |",
    "|---|---|",
    ...childStatusRows.map(
      (r) => `| \`${r.code}\` | ${r.minor === undefined ? "from the age band" : r.minor ? "yes" : "no"} |`,
    ),
    "",
    "| `trafficking.durationMonths` up to | `traffickMonths` (2024) |",
    "|---|---|",
    ...traffickMonthsRows.map((r) => `| ${Number.isFinite(r.upTo) ? r.upTo : "any"} | \`${r.label}\` |`),
    END,
  ].join("\n");
}
