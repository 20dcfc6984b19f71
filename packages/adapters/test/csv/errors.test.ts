import { describe, expect, it } from "vitest";
import { type CsvSheets, fromCsv, toCsv } from "../../src/csv/index.js";
import { parseCsv, stringifyCsv } from "../../src/internal/csv-text.js";
import type { AdapterIssueCode } from "../../src/result.js";
import { examples } from "./support.js";

const CANARY = "CANARY-7f3a";
const docOf = (name: string) => examples.find((e) => e.name.endsWith(`${name}.json`))?.doc;
const focalPoint = docOf("mk-national-coordinator");
const profile = docOf("si-adult-forced-labour-construction");
const referral = docOf("si-to-md-adult-return-service-referral");

function csv(doc: unknown): string {
  const r = toCsv(doc);
  if (!r.ok) throw new Error("invalid example");
  return r.value;
}

function sheets(doc: unknown): CsvSheets {
  const r = toCsv(doc, { form: "sheets" });
  if (!r.ok) throw new Error("invalid example");
  return r.value;
}

/** Edits the records of a CSV text; `put` sets a cell by column name (record 1 by default). */
function edit(
  text: string,
  f: (rows: string[][], put: (column: string, value: string, record?: number) => void) => void,
) {
  const rows = (parseCsv(text) as { rows: string[][] }).rows;
  const put = (column: string, value: string, record = 1) => {
    const j = rows[0]?.indexOf(column) ?? -1;
    if (j < 0) throw new Error(`no column ${column}`);
    (rows[record] as string[])[j] = value;
  };
  f(rows, put);
  return stringifyCsv(rows);
}

const addColumn = (rows: string[][], name: string, value: string) => {
  rows.forEach((row, i) => {
    row.push(i === 0 ? name : value);
  });
};

interface Case {
  readonly name: string;
  readonly given: () => unknown;
  readonly code: AdapterIssueCode;
  readonly path: string;
}

const singleCases: readonly Case[] = [
  {
    name: "unclosed quote",
    given: () => 'documentType,id\r\nconsent,"abc',
    code: "ADAPTER_SYNTAX",
    path: "/lines/2",
  },
  {
    name: "ragged record",
    given: () => "documentType,id\r\nconsent\r\n",
    code: "ADAPTER_SYNTAX",
    path: "/lines/2",
  },
  { name: "empty text", given: () => "", code: "ADAPTER_MISSING", path: "/rows/0" },
  { name: "no documentType column", given: () => "id\r\nx\r\n", code: "ADAPTER_MISSING", path: "/rows/0" },
  {
    name: "foreign HTCDS-style columns",
    given: () => "documentType,prs_Gender,cas_Status\r\nvictimProfile,Female,Open\r\n",
    code: "ADAPTER_UNKNOWN_FIELD",
    path: "/rows/0/prs_Gender",
  },
  {
    name: "unknown document type",
    given: () => "documentType\r\npatient\r\n",
    code: "ADAPTER_UNKNOWN_CODE",
    path: "/rows/1/documentType",
  },
  {
    name: "empty document type",
    given: () => "documentType,id\r\n,x\r\n",
    code: "ADAPTER_MISSING",
    path: "/rows/1/documentType",
  },
  {
    name: "boolean cell that is not one",
    given: () => edit(csv(focalPoint), (_, put) => put("availability.is24x7", "yes")),
    code: "ADAPTER_WRONG_TYPE",
    path: "/rows/1/availability.is24x7",
  },
  {
    name: "number cell that is not one",
    given: () => edit(csv(profile), (_, put) => put("person.dependants.count", CANARY)),
    code: "ADAPTER_WRONG_TYPE",
    path: "/rows/1/person.dependants.count",
  },
  {
    name: "list column holding something other than []",
    given: () => edit(csv(focalPoint), (rows) => addColumn(rows, "secureChannels", CANARY)),
    code: "ADAPTER_WRONG_TYPE",
    path: "/rows/1/secureChannels",
  },
  {
    name: "empty-list marker beside items of the same list",
    given: () => edit(csv(focalPoint), (rows) => addColumn(rows, "roles", "[]")),
    code: "ADAPTER_INVALID_VALUE",
    path: "/rows/1/roles",
  },
  {
    name: "duplicate column",
    given: () => edit(csv(focalPoint), (rows) => addColumn(rows, "id", "x")),
    code: "ADAPTER_SYNTAX",
    path: "/rows/0/id",
  },
  {
    name: "malformed escape in a column name",
    given: () => edit(csv(focalPoint), (rows) => addColumn(rows, "extensions.a~9", "1")),
    code: "ADAPTER_SYNTAX",
    path: "/rows/0/extensions.a~09",
  },
  {
    name: "gap in list items",
    given: () =>
      edit(csv(focalPoint), (rows) => ((rows[0] as string[])[rows[0]?.indexOf("roles.1") ?? 0] = "roles.7")),
    code: "ADAPTER_MISSING",
    path: "/rows/1/roles.2",
  },
  {
    name: "list index with a leading zero",
    given: () => edit(csv(focalPoint), (rows) => addColumn(rows, "roles.04", "hotline")),
    code: "ADAPTER_INVALID_VALUE",
    path: "/rows/1/roles.04",
  },
  {
    name: "list index beyond 9999",
    given: () => edit(csv(focalPoint), (rows) => addColumn(rows, "roles.10000", "hotline")),
    code: "ADAPTER_INVALID_VALUE",
    path: "/rows/1/roles.10000",
  },
  {
    name: "field the schema does not have",
    given: () => edit(csv(profile), (rows) => addColumn(rows, "person.nickname", CANARY)),
    code: "ADAPTER_UNKNOWN_FIELD",
    path: "/rows/0/person.nickname",
  },
  {
    name: "column below a scalar",
    given: () => edit(csv(profile), (rows) => addColumn(rows, "id.part", "x")),
    code: "ADAPTER_UNKNOWN_FIELD",
    path: "/rows/0/id.part",
  },
  {
    name: "required field left empty",
    given: () => edit(csv(focalPoint), (_, put) => put("institution.name", "")),
    code: "ADAPTER_RESULT_INVALID",
    path: "/rows/1/institution.name",
  },
  {
    name: "list item failing its format",
    given: () => edit(csv(focalPoint), (_, put) => put("phones.0.number", CANARY)),
    code: "ADAPTER_RESULT_INVALID",
    path: "/rows/1/phones.0.number",
  },
  {
    name: "semantic rule broken (TRM-R008 scope vs countries)",
    given: () => edit(csv(referral), (_, put) => put("scope", "national")),
    code: "ADAPTER_RESULT_INVALID",
    path: "/rows/1/scope",
  },
  {
    name: "JSON cell nested deeper than the validator allows",
    given: () =>
      edit(csv(focalPoint), (rows) =>
        addColumn(rows, "extensions.si.deep", `${'{"a":'.repeat(70)}1${"}".repeat(70)}`),
      ),
    code: "ADAPTER_RESULT_INVALID",
    path: "/rows/1/extensions.si.deep",
  },
  {
    name: "two documents where one is expected",
    given: () => csv([focalPoint, focalPoint]),
    code: "ADAPTER_UNSUPPORTED",
    path: "/rows",
  },
  { name: "neither text nor sheets", given: () => 42, code: "ADAPTER_WRONG_TYPE", path: "" },
];

const fpSheets = () => ({ ...sheets(focalPoint) });
const editSheet = (name: string, f: Parameters<typeof edit>[1]) => {
  const s = fpSheets();
  s[name] = edit(s[name] as string, f);
  return s;
};

const sheetCases: readonly Case[] = [
  {
    name: "no documents sheet",
    given: () => ({ roles: "#,#roles,value\r\n" }),
    code: "ADAPTER_MISSING",
    path: "/documents",
  },
  {
    name: "sheet that is not text",
    given: () => ({ ...fpSheets(), roles: 7 }),
    code: "ADAPTER_WRONG_TYPE",
    path: "/roles",
  },
  {
    name: "unknown sheet",
    given: () => ({ ...fpSheets(), patients: "#\r\n0\r\n" }),
    code: "ADAPTER_UNKNOWN_FIELD",
    path: "/patients",
  },
  {
    name: "malformed sheet name",
    given: () => ({ ...fpSheets(), "x~": "#\r\n0\r\n" }),
    code: "ADAPTER_UNKNOWN_FIELD",
    path: "/x~0",
  },
  {
    name: "syntax error in a sheet",
    given: () => ({ ...fpSheets(), roles: '#,"x' }),
    code: "ADAPTER_SYNTAX",
    path: "/roles/lines/1",
  },
  {
    name: "key that is not a number",
    given: () => editSheet("roles", (_, put) => put("#", CANARY)),
    code: "ADAPTER_INVALID_VALUE",
    path: "/roles/rows/1/#",
  },
  {
    name: "key of a missing document",
    given: () => editSheet("roles", (_, put) => put("#", "5")),
    code: "ADAPTER_INVALID_VALUE",
    path: "/roles/rows/1/#",
  },
  {
    name: "key of a missing parent item",
    given: () => editSheet("availability.hours.days", (_, put) => put("#availability.hours", "9")),
    code: "ADAPTER_INVALID_VALUE",
    path: "/availability.hours.days/rows/1/#availability.hours",
  },
  {
    name: "the same item twice",
    given: () => editSheet("roles", (rows) => rows.push([...(rows[1] as string[])])),
    code: "ADAPTER_INVALID_VALUE",
    path: "/roles/rows/5/#roles",
  },
  {
    name: "gap in items",
    given: () => editSheet("roles", (_, put) => put("#roles", "6", 2)),
    code: "ADAPTER_MISSING",
    path: "/roles/rows/3/#roles",
  },
  {
    name: "gap in documents",
    given: () => editSheet("documents", (_, put) => put("#", "1")),
    code: "ADAPTER_MISSING",
    path: "/documents/rows/1/#",
  },
  {
    name: "missing key column",
    given: () => ({ ...fpSheets(), roles: "#,value\r\n0,hotline\r\n" }),
    code: "ADAPTER_MISSING",
    path: "/roles/rows/0/#roles",
  },
  {
    name: "list item without value",
    given: () => editSheet("roles", (_, put) => put("value", "")),
    code: "ADAPTER_MISSING",
    path: "/roles/rows/1/value",
  },
  {
    name: "indexed list columns in the sheets form",
    given: () => editSheet("documents", (rows) => addColumn(rows, "roles.0", "hotline")),
    code: "ADAPTER_UNKNOWN_FIELD",
    path: "/documents/rows/0/roles.0",
  },
  {
    name: "empty-list marker beside the list's sheet",
    given: () => editSheet("documents", (rows) => addColumn(rows, "roles", "[]")),
    code: "ADAPTER_INVALID_VALUE",
    path: "/roles/rows/1/#roles",
  },
  {
    name: "invalid code in a list sheet",
    given: () => editSheet("roles", (_, put) => put("value", CANARY)),
    code: "ADAPTER_RESULT_INVALID",
    path: "/roles/rows/1/value",
  },
  {
    name: "invalid field in an item sheet",
    given: () => editSheet("phones", (_, put) => put("number", CANARY)),
    code: "ADAPTER_RESULT_INVALID",
    path: "/phones/rows/1/number",
  },
  {
    name: "two documents where one is expected",
    given: () => sheets([focalPoint, focalPoint]),
    code: "ADAPTER_UNSUPPORTED",
    path: "/documents/rows",
  },
];

describe.each([
  { form: "single-sheet", cases: singleCases },
  { form: "sheets", cases: sheetCases },
])("$form form refuses bad input, naming the cell", ({ cases }) => {
  it.each(cases)("$name -> $code at $path", ({ given, code, path }) => {
    const r = fromCsv(given());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual(expect.objectContaining({ code, path, severity: "error" }));
    for (const i of r.issues) expect(i.message).not.toContain(CANARY);
  });
});

describe("issue count", () => {
  it("is capped at 100 for hostile input", () => {
    const header = ["documentType", ...Array.from({ length: 300 }, (_, i) => `foreign${i}`)];
    const r = fromCsv(stringifyCsv([header, header.map(() => "x")]));
    expect(r.ok ? 0 : r.issues.length).toBe(100);
  });
});

describe("toCsv refuses input that is not Open TRM", () => {
  it.each([
    { name: "not a document", given: { hello: "world" }, path: "/documentType" },
    {
      name: "second document of a list invalid",
      given: [focalPoint, { ...focalPoint, id: "x" }],
      path: "/1/id",
    },
  ])("$name", ({ given, path }) => {
    const r = toCsv(given);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});
