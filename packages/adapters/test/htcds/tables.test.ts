// Table-driven tests: one case for every row of every picklist mapping table and for every field rule, each run
// through toHtcds and back through fromHtcds.
import { type Codelist, codelists } from "@open-trm/schema/data";
import { describe, expect, it } from "vitest";
import {
  type FieldRule,
  fromHtcds,
  type HtcdsDocuments,
  htcdsFieldMap,
  htcdsFields,
  htcdsPicklists,
  type PicklistRow,
  type PicklistTable,
  toHtcds,
} from "../../src/htcds/index.js";
import { getAt, isUnder, setAt } from "../../src/htcds/pointer.js";
import { cases, type Json, optionsFrom } from "./support.js";

const ALL = cases();
const OUTGOING = ALL.find(
  (c) => c.name.includes("si-adult") && c.name.includes("si-to-md") && c.name.includes("consent-return"),
);
const INCOMING = ALL.find(
  (c) => c.name.includes("al-returned") && c.name.includes("mk-to-al") && c.name.includes("consent"),
);
const ruleOf = (field: string) => htcdsFieldMap.find((r) => r.field === field) as FieldRule;

/** The base case of a rule (outgoing or incoming referral) with `value` written at the rule's pointer. */
function withValue(rule: FieldRule, value: unknown): HtcdsDocuments {
  const base = rule.direction === "incoming" ? INCOMING : OUTGOING;
  if (base === undefined) throw new Error("base case missing");
  const docs = structuredClone(base.docs) as unknown as Record<string, Json>;
  const doc = docs[rule.document] as Json;
  setAt(doc, rule.pointer, value);
  // A status history must end in the referral's status (rule TRM-R007).
  if (rule.pointer === "/statusHistory") doc.status = (value as { status: string }[]).at(-1)?.status;
  return docs as unknown as HtcdsDocuments;
}

function run(rule: FieldRule, trmValue: unknown) {
  const docs = withValue(rule, trmValue);
  const there = toHtcds(docs);
  if (!there.ok) throw new Error(there.issues.map((i) => `${i.path} ${i.message}`).join("; "));
  const back = fromHtcds(there.value, optionsFrom(docs));
  if (!back.ok) throw new Error(back.issues.map((i) => `${i.path} ${i.message}`).join("; "));
  const read = getAt((back.value as unknown as Record<string, Json>)[rule.document], rule.pointer);
  return { record: there.value as Record<string, unknown>, losses: there.losses.map((l) => l.pointer), read };
}

const kindOf = (field: string) => htcdsFields.find((f) => f.name === field)?.kind;
const STAGE: Record<string, string> = {
  vic_RecruitmentWebsitesAndApps: "recruitment",
  vic_ExploitationWebsitesAndApps: "exploitation",
};
/** The Open TRM value holding one code for a table's field, and the HTCDS value holding one value name. */
const trmHolding = (t: PicklistTable, code: string) =>
  STAGE[t.field]
    ? [{ stage: STAGE[t.field], platform: code }]
    : kindOf(t.field) === "multiselect"
      ? [code]
      : code;
const htcdsHolding = (t: PicklistTable, value: string) =>
  kindOf(t.field) === "multiselect" ? [value] : value;

const ROWS = Object.values(htcdsPicklists).flatMap((t) =>
  t.rows.map((row) => ({ t, row, name: `${t.field} ${row.code}` })),
);

describe("every row of every picklist mapping table", () => {
  it.each(ROWS)("$name", ({ t, row }: { t: PicklistTable; row: PicklistRow }) => {
    const rule = ruleOf(t.field);
    const { record, losses, read } = run(rule, trmHolding(t, row.code));
    const at = `/${rule.document}${rule.pointer}${STAGE[t.field] || kindOf(t.field) === "multiselect" ? "/0" : ""}`;
    if (row.value === null) {
      expect(record[t.field]).toBeUndefined();
      expect(losses).toContain(at);
      return;
    }
    expect(record[t.field]).toEqual(htcdsHolding(t, row.value));
    if (row.match === "exact") {
      expect(losses).not.toContain(at);
      expect(read).toEqual(trmHolding(t, row.code));
    } else {
      expect(losses).toContain(at);
      const exact = t.rows.find((r) => r.match === "exact" && r.value === row.value);
      expect(read).toEqual(trmHolding(t, exact?.code ?? ""));
    }
  });
});

describe("completeness of the picklist mapping tables", () => {
  it.each(Object.values(htcdsPicklists))("$field has one row per Open TRM code", (t) => {
    const list = (codelists as unknown as Record<string, Codelist>)[t.codelist];
    expect(t.rows.map((r) => r.code).sort()).toEqual([...(list?.codes ?? [])].sort());
  });

  it.each(Object.values(htcdsPicklists))(
    "$field reads every HTCDS value through exactly one exact row",
    (t) => {
      const values = htcdsFields.find((f) => f.name === t.field)?.values ?? [];
      expect(values.length).toBeGreaterThan(0);
      for (const v of values)
        expect(
          t.rows.filter((r) => r.match === "exact" && r.value === v),
          v,
        ).toHaveLength(1);
    },
  );

  it("maps every picklist rule of the field map through a table", () => {
    for (const rule of htcdsFieldMap.filter((r) => /^(picklist|multiselect)/.test(r.codec.kind))) {
      expect(htcdsPicklists[rule.field], rule.field).toBeDefined();
    }
  });
});

// Given an Open TRM value at the rule's pointer, want this HTCDS value (and, for two-way rules, the value back).
// biome-ignore format: given/want rows stay one per line
const FIELD_CASES: Readonly<Record<string, { trm: unknown; htcds: unknown }>> = {
  prs_FirstName: { trm: "Zgled", htcds: "Zgled" },
  prs_SecondName: { trm: "Primer-Uzorak", htcds: "Primer-Uzorak" },
  prs_Birthdate: { trm: "1990-01-02", htcds: "1990-01-02" },
  prs_PrimaryLanguage: { trm: "sq", htcds: "sq" },
  prs_SecondaryLanguage: { trm: "rom", htcds: "rom" },
  prs_Citizenship: { trm: ["AL", "XK"], htcds: ["AL", "XK"] },
  prs_Email: { trm: "case.worker@example.org", htcds: "case.worker@example.org" },
  prs_MobilePhone: { trm: "+447700900123", htcds: "+447700900123" },
  prs_HomePhone: { trm: "+447700900124", htcds: "+447700900124" },
  cas_ReasonForCaseClosure: { trm: "Moved abroad; file closed.", htcds: "Moved abroad; file closed." },
  cco_CaseComment: { trm: "=1+1 is not a formula here", htcds: "=1+1 is not a formula here" },
  hte_Country: { trm: "RS", htcds: "RS" },
  hte_State: { trm: "RS-00", htcds: "RS-00" },
  hte_Description: { trm: "a market square (fictional)", htcds: "a market square (fictional)" },
  hte_Date: { trm: "2025-06-01", htcds: "2025-06-01" },
  cas_ReferredOrganisation: { trm: "00000000-0000-4000-8000-000000005403", htcds: "00000000-0000-4000-8000-000000005403" },
  cas_ReferringOrganisation: { trm: "00000000-0000-4000-8000-000000005103", htcds: "00000000-0000-4000-8000-000000005103" },
  cas_OutgoingReferralDate: {
    trm: [{ status: "draft", at: "2026-05-05T09:00:00+02:00", by: "00000000-0000-4000-8000-000000005302" }, { status: "sent", at: "2026-05-06T00:30:00+02:00", by: "00000000-0000-4000-8000-000000005302" }],
    htcds: "2026-05-06",
  },
  cas_IncomingReferralDate: {
    trm: [{ status: "draft", at: "2026-05-13T10:00:00+02:00", by: "00000000-0000-4000-8000-000000005101" }, { status: "sent", at: "2026-05-14T09:00:00+02:00", by: "00000000-0000-4000-8000-000000005101" }, { status: "acknowledged", at: "2026-05-14T15:30:00+02:00", by: "00000000-0000-4000-8000-000000005201" }, { status: "accepted", at: "2026-05-20T23:59:00+02:00", by: "00000000-0000-4000-8000-000000005201" }],
    htcds: "2026-05-20",
  },
  con_Consent: { trm: [{ state: "given", at: "2026-05-04T10:30:00+02:00", recordedBy: "00000000-0000-4000-8000-000000005302" }], htcds: true },
};

describe("every rule of the field map", () => {
  const nonPicklist = htcdsFieldMap.filter((r) => !htcdsPicklists[r.field]);

  it("has a given/want case for every rule without a picklist table", () => {
    expect(Object.keys(FIELD_CASES).sort()).toEqual(nonPicklist.map((r) => r.field).sort());
  });

  it.each(nonPicklist.map((rule) => ({ rule, name: `${rule.field} <-> ${rule.document}${rule.pointer}` })))(
    "$name",
    ({ rule }) => {
      const { trm, htcds } = FIELD_CASES[rule.field] as { trm: unknown; htcds: unknown };
      const { record, losses, read } = run(rule, trm);
      expect(record[rule.field]).toEqual(htcds);
      // Summaries and one-way dates carry no Open TRM value exactly; two-way rules read the value back.
      const below = losses.filter((l) => isUnder(l, `/${rule.document}${rule.pointer}`));
      if (rule.oneWay || rule.summary) expect(below.length).toBeGreaterThan(0);
      else {
        expect(below).toEqual([]);
        expect(read).toEqual(trm);
      }
    },
  );
});
