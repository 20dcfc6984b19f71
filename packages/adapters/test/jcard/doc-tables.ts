// Renders the mapping tables as the Markdown tables of docs/mappings/jcard.md (the drift test compares them).
import {
  codecs,
  directoryRows,
  focalPointRows,
  kinds,
  memberRow,
  type PropertyRow,
  structuralProperties,
  telTypes,
} from "../../src/jcard/index.js";

const code = (s: string) => (s === "" ? "(root)" : `\`${s}\``);

function fields(row: PropertyRow): { value: string; params: string; type: string; form: string } {
  switch (row.form) {
    case "scalar":
      return { value: code(row.pointer), params: "", type: codecs[row.codec].type, form: "one value" };
    case "repeat":
      return {
        value: code(`${row.pointer}/*`),
        params: row.pref ? "PREF = position + 1" : "",
        type: codecs[row.codec].type,
        form: "one property per item",
      };
    case "list":
      return {
        value: code(`${row.pointer}/*`),
        params: "",
        type: codecs[row.codec].type,
        form: "one property, one value per item",
      };
    case "objects":
    case "object": {
      const item = row.form === "objects" ? `${row.pointer}/*` : row.pointer;
      const value =
        "components" in row.value
          ? row.value.components
              .map((c, i) => (c ? `${i + 1}: ${code(`${item}/${c.field}${c.list ? "/*" : ""}`)}` : ""))
              .filter(Boolean)
              .join("<br>")
          : code(`${item}/${row.value.field}`);
      const params = (row.params ?? [])
        .map(
          (p) =>
            `${p.param} = ${code(`${item}/${p.field}${p.list ? "/*" : ""}`)}${p.fallback ? ` (absent: ${p.fallback})` : ""}`,
        )
        .join("<br>");
      const type = "components" in row.value ? "text (structured)" : codecs[row.value.codec].type;
      const form =
        row.form === "objects"
          ? `one property per item${row.absent === "omit" ? "; `[]` is one empty property" : ""}`
          : "one property";
      return { value, params, type, form };
    }
  }
}

function propertyTable(rows: readonly PropertyRow[]): string {
  const lines = [
    "| vCard property | Open TRM field | parameters | value type | form | defined in | note |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const row of rows) {
    const f = fields(row);
    lines.push(
      `| ${row.property} | ${f.value} | ${f.params} | ${f.type} | ${f.form} | ${row.section} | ${row.note} |`,
    );
  }
  return lines.join("\n");
}

/** The generated blocks of the document, by name. */
export function renderTables(): Record<string, string> {
  return {
    "focal-point": propertyTable(focalPointRows),
    directory: [
      propertyTable(directoryRows),
      `| ${memberRow.property} | ${code(memberRow.pointer)} |  | uri | one property per item | ${memberRow.section} | ${memberRow.note} |`,
    ].join("\n"),
    kinds: [
      "| KIND | document | FN carries | when |",
      "|---|---|---|---|",
      ...kinds.map((k) => `| ${k.kind} | ${k.documentType} | ${code(k.fn)} | ${k.when} |`),
    ].join("\n"),
    "tel-types": [
      "| Open TRM phone type | TEL TYPE | defined in |",
      "|---|---|---|",
      ...telTypes.map((t) => `| ${t.phoneType} | ${t.tel} | ${t.section} |`),
    ].join("\n"),
    structural: [
      "| property | value | defined in | note |",
      "|---|---|---|---|",
      ...Object.entries(structuralProperties).map(
        ([name, p]) => `| ${name} | \`${p.value}\` | ${p.section} | ${p.note} |`,
      ),
    ].join("\n"),
  };
}

/** The text between `<!-- generated:NAME -->` and `<!-- /generated -->` in a document. */
export function generatedBlocks(doc: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of doc.matchAll(/<!-- generated:([a-z-]+) -->\n([\s\S]*?)\n<!-- \/generated -->/g))
    out[m[1] ?? ""] = m[2] ?? "";
  return out;
}
