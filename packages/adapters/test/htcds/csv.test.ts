import { describe, expect, it } from "vitest";
import { fromHtcdsCsv, type HtcdsRecord, htcdsFieldMap, toHtcds, toHtcdsCsv } from "../../src/htcds/index.js";
import { parseCsv } from "../../src/internal/csv-text.js";
import { cases } from "./support.js";

const RECORDS = cases().map(({ docs }) => {
  const r = toHtcds(docs);
  if (!r.ok) throw new Error("example not converted");
  return r.value;
});

function csvOf(records: readonly HtcdsRecord[]): string {
  const r = toHtcdsCsv(records);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path} ${i.message}`).join("; "));
  return r.value;
}

describe("the CSV form of HTCDS records", () => {
  it("gives back the records of every example and fixture, together and one by one", () => {
    expect(fromHtcdsCsv(csvOf(RECORDS))).toEqual({ ok: true, value: RECORDS, losses: [] });
    for (const record of RECORDS)
      expect(fromHtcdsCsv(csvOf([record]))).toEqual({ ok: true, value: [record], losses: [] });
  });

  it("has a header of field names: every mapped field, then others present, in sheet order", () => {
    const text = csvOf([
      {
        cas_Status: "Active",
        prs_MaritalStatus: "Single",
        vic_TraffickingStatus: "PossibleVictimOfTrafficking",
      },
    ]);
    const header = text.split("\r\n")[0]?.split(",") ?? [];
    expect(header.slice(0, 3)).toEqual(["prs_FirstName", "prs_SecondName", "prs_Birthdate"]);
    expect(header).toContain("prs_MaritalStatus");
    expect(new Set(header)).toEqual(new Set([...htcdsFieldMap.map((r) => r.field), "prs_MaritalStatus"]));
    expect(header.indexOf("prs_MaritalStatus")).toBe(header.indexOf("prs_Gender") + 1);
  });

  it("joins multiselect values with ';' and writes checkboxes as true or false", () => {
    const text = csvOf([
      { vic_MethodsOfControl: ["DebtBondage", "TakesEarnings"], con_Consent: false, cas_Status: "Active" },
    ]);
    expect(text).toContain(",DebtBondage;TakesEarnings,");
    expect(text.trimEnd().endsWith(",false")).toBe(true);
  });

  const FORMULAS = [
    '=HYPERLINK("https://example.org")',
    "+447700900123",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTab",
    "\rCR",
    "'=quoted",
    "'plain",
  ];
  it.each(FORMULAS)("neutralises the formula-like value %j and restores it", (value) => {
    const record: HtcdsRecord = { prs_FirstName: value, cco_CaseComment: value, cas_Status: "Active" };
    const text = csvOf([record]);
    const parsed = parseCsv(text, { restoreFormulas: false });
    const cells = parsed.ok ? (parsed.rows[1] ?? []) : [];
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(fromHtcdsCsv(text)).toEqual({ ok: true, value: [record], losses: [] });
  });

  it("reads Salesforce checkbox and number forms", () => {
    const r = fromHtcdsCsv("con_Consent,prs_NumberOfChildren,cas_Status\r\n1,2,Active\r\nFALSE,,Closed\r\n");
    expect(r).toEqual({
      ok: true,
      value: [
        { con_Consent: true, prs_NumberOfChildren: 2, cas_Status: "Active" },
        { con_Consent: false, cas_Status: "Closed" },
      ],
      losses: [],
    });
  });

  it.each([
    { given: "", path: "/header", code: "ADAPTER_MISSING" },
    { given: 'cas_Status,"x"y\r\n', path: "/lines/1", code: "ADAPTER_SYNTAX" },
    { given: "cas_Status,vic_Status\r\nActive,x\r\n", path: "/header/1", code: "ADAPTER_UNKNOWN_FIELD" },
    { given: "cas_Status,cas_Status\r\nActive,Active\r\n", path: "/header/1", code: "ADAPTER_INVALID_VALUE" },
    { given: "cas_Status\r\nActive\r\nOpen\r\n", path: "/rows/1/cas_Status", code: "ADAPTER_UNKNOWN_CODE" },
    {
      given: "cas_Status,con_Consent\r\nActive,yes\r\n",
      path: "/rows/0/con_Consent",
      code: "ADAPTER_WRONG_TYPE",
    },
    {
      given: "prs_NumberOfChildren\r\ntwo\r\n",
      path: "/rows/0/prs_NumberOfChildren",
      code: "ADAPTER_WRONG_TYPE",
    },
    {
      given: "vic_MethodsOfControl\r\nDebtBondage;Debt\r\n",
      path: "/rows/0/vic_MethodsOfControl/1",
      code: "ADAPTER_UNKNOWN_CODE",
    },
    {
      given: "prs_Birthdate\r\n23/07/1991\r\n",
      path: "/rows/0/prs_Birthdate",
      code: "ADAPTER_INVALID_VALUE",
    },
  ])("refuses $given at $path", ({ given, path, code }) => {
    const r = fromHtcdsCsv(given);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  it.each([
    { given: [{ prs_Citizenship: ["AL;MK"] }], path: "/0/prs_Citizenship" },
    { given: [{ cas_Status: "Active" }, { noField: "x" }], path: "/1/noField" },
    { given: [{ prs_Gender: true }], path: "/0/prs_Gender" },
  ])("refuses to write $given", ({ given, path }) => {
    const r = toHtcdsCsv(given as HtcdsRecord[]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});
