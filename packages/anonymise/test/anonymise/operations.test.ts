import { createHmac } from "node:crypto";
import type { DocumentTypeName } from "@open-trm/schema/data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FieldNode, fieldTree, type LeafNode } from "../../src/anonymise/fields.js";
import {
  ageBandOf,
  dateShiftDays,
  generaliseDate,
  type Operation,
  pseudonymise,
  shiftDate,
} from "../../src/anonymise/index.js";
import { applyOperation, DROP, type LeafContext } from "../../src/anonymise/operations.js";
import { KEY } from "./support.js";

const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ID = "6f1c2a34-0d7e-4b8a-9c1d-2e3f4a5b6c7d";

function leafAt(type: DocumentTypeName, template: string): LeafNode {
  let node: FieldNode = fieldTree(type);
  for (const token of template.split("/").slice(1)) {
    if (node.kind === "list" && token === "*") node = node.item;
    else if (node.kind === "object") node = node.members.get(token)?.node ?? node;
  }
  if (node.kind !== "leaf" || node.template !== template) throw new Error(`no leaf ${template}`);
  return node;
}

function context(overrides: Partial<LeafContext> = {}): LeafContext & { bands: string[] } {
  const bands: string[] = [];
  return {
    pseudonym: (v) => pseudonymise(v, KEY),
    dates: "yearMonth",
    birthDate: "year",
    shiftDays: () => -10,
    at: "2026-03-04T11:20:00+01:00",
    known: () => [{ value: "Arta Shembulli", kind: "name" }],
    ageBand: (band) => bands.push(band),
    bands,
    ...overrides,
  };
}

describe("pseudonymise", () => {
  it("is HMAC-SHA256 of the value under the key, shaped as an RFC 9562 version 8 UUID", () => {
    const mac = createHmac("sha256", KEY).update(`pseudonym/uuid\u0000${ID}`).digest("hex");
    const p = pseudonymise(ID, KEY);
    expect(p).toMatch(UUID_V8);
    // Everything but the version nibble and the two variant bits comes from the MAC.
    expect(p.replace(/-/g, "").slice(0, 12)).toBe(mac.slice(0, 12));
    expect(p.replace(/-/g, "").slice(13, 16)).toBe(mac.slice(13, 16));
    expect(p.replace(/-/g, "").slice(18, 32)).toBe(mac.slice(18, 32));
  });

  it("is stable, ignores the letter case of UUIDs, and differs between values and keys", () => {
    expect(pseudonymise(ID.toUpperCase(), KEY)).toBe(pseudonymise(ID, KEY));
    expect(pseudonymise(ID, KEY)).not.toBe(pseudonymise(ID.replace("7d", "7e"), KEY));
    expect(pseudonymise(ID, KEY)).not.toBe(pseudonymise(ID, new Uint8Array(32).fill(8)));
    expect(pseudonymise("TEST000001", KEY)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("dates", () => {
  it.each([
    ["2026-03-14", "partialDate", "yearMonth", "2026-03"],
    ["2026-03-14", "partialDate", "year", "2026"],
    ["2026-03", "partialDate", "yearMonth", "2026-03"],
    ["2026", "partialDate", "yearMonth", "2026"],
    ["2026-03-14", "date", "yearMonth", "2026-03-01"],
    ["2026-03-14", "date", "year", "2026-01-01"],
    ["2026-03-14T10:00:00+01:00", "dateTime", "yearMonth", "2026-03-01T00:00:00Z"],
    ["2026-03-01T00:30:00+02:00", "dateTime", "yearMonth", "2026-02-01T00:00:00Z"],
    ["2025-12-31T23:30:00-05:00", "dateTime", "year", "2026-01-01T00:00:00Z"],
  ] as const)("generaliseDate(%s, %s, %s) = %s", (given, kind, to, want) => {
    expect(generaliseDate(given, kind, to)).toBe(want);
  });

  it.each([
    ["2026-03-14", "date", -10, "2026-03-04"],
    ["2024-03-01", "date", -1, "2024-02-29"],
    ["2026-01-05", "date", -30, "2025-12-06"],
    ["2026-03-14T10:00:00.5+01:00", "dateTime", -20, "2026-02-22T10:00:00.5+01:00"],
    ["2025-12", "partialDate", -10, "2025-12"],
    ["2025-12", "partialDate", -20, "2025-11"],
    ["2010", "partialDate", -30, "2010"],
    ["2010-05-17", "partialDate", -20, "2010-04-27"],
  ] as const)("shiftDate(%s, %s, %d) = %s", (given, kind, days, want) => {
    expect(shiftDate(given, kind, days)).toBe(want);
  });

  it("shifts like the Date object does, for any day and offset", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0100-01-01T00:00:00Z"),
          max: new Date("9980-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: -3650, max: 3650 }),
        (d, days) => {
          const day = d.toISOString().slice(0, 10);
          const want = new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000)
            .toISOString()
            .slice(0, 10);
          expect(shiftDate(day, "date", days)).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("derives one backwards offset per subject, within the maximum", () => {
    const offsets = Array.from({ length: 200 }, (_, i) =>
      dateShiftDays(KEY, `${ID.slice(0, -3)}${100 + i}`, 30),
    );
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(-30);
    expect(Math.max(...offsets)).toBeLessThanOrEqual(-1);
    expect(new Set(offsets).size).toBeGreaterThan(20);
    expect(dateShiftDays(KEY, ID.toUpperCase(), 30)).toBe(dateShiftDays(KEY, ID, 30));
  });

  it.each([
    ["2026-03-04", "2026-03-04T12:00:00Z", "age0to8"],
    ["2017-03-05", "2026-03-04T12:00:00Z", "age0to8"],
    ["2017-03-04", "2026-03-04T12:00:00Z", "age9to17"],
    ["2008-03-05", "2026-03-04T12:00:00Z", "age9to17"],
    ["2008-03-04", "2026-03-04T12:00:00Z", "age18to20"],
    ["2005", "2026-03-04T12:00:00Z", "age18to20"],
    ["2005", "2026-12-31T12:00:00Z", "age21to23"],
    ["2005", "2026-12-30T12:00:00Z", "age18to20"],
    ["2002-01", "2026-03-04T12:00:00Z", "age24to26"],
    ["2008-02", "2026-02-28T12:00:00Z", "age9to17"],
    ["2008-02", "2026-03-01T12:00:00Z", "age18to20"],
    ["1999-06-30", "2026-07-01T00:00:00Z", "age27to29"],
    ["1990-01-01", "2026-03-04T12:00:00Z", "age30to38"],
    ["1980-01-01", "2026-03-04T12:00:00Z", "age39to47"],
    ["1950-01-01", "2026-03-04T12:00:00Z", "age48plus"],
  ])("ageBandOf(%s at %s) = %s", (born, at, want) => {
    expect(ageBandOf(born, at)).toBe(want);
  });
});

// given document type, field template, operation, value; want the result (DROP: the value is removed).
const cases: readonly [DocumentTypeName, string, Operation, unknown, unknown][] = [
  ["victimProfile", "/person/sex", "keep", "female", "female"],
  ["victimProfile", "/person/sex", "drop", "female", DROP],
  ["victimProfile", "/identification/reasonableGroundsDate", "generalise", "2026-03-14", "2026-03-01"],
  ["victimProfile", "/createdAt", "generalise", "2026-03-04T11:20:00+01:00", "2026-03-01T00:00:00Z"],
  ["victimProfile", "/person/birthDate", "generalise", "2010-05-17", "2010"],
  ["victimProfile", "/trafficking/events/*/from", "generalise", "2025-10-03", "2025-10"],
  ["victimProfile", "/trafficking/events/*/subdivision", "generalise", "AL-03", DROP],
  ["victimProfile", "/trafficking/events/*/country", "generalise", "AL", "AL"],
  ["victimProfile", "/person/citizenships", "generalise", ["AL", "XK"], ["AL", "XK"]],
  ["victimProfile", "/person/languages/*/tag", "generalise", "ro-MD", "ro"],
  ["referral", "/subject/languages", "generalise", ["ro-MD", "ro", "sq"], ["ro", "sq"]],
  ["victimProfile", "/trafficking/durationMonths", "generalise", 3, 0],
  ["victimProfile", "/trafficking/durationMonths", "generalise", 18, 13],
  ["victimProfile", "/trafficking/durationMonths", "generalise", 40, 25],
  ["victimProfile", "/person/dependants/count", "generalise", 5, 3],
  ["victimProfile", "/person/dependants/count", "generalise", 1, 1],
  ["victimProfile", "/person/stateless", "generalise", true, true],
  ["victimProfile", "/id", "generalise", ID, DROP],
  ["victimProfile", "/person/givenNames", "generalise", "Arta", DROP],
  ["victimProfile", "/identification/reasonableGroundsDate", "dateShift", "2026-03-14", "2026-03-04"],
  ["victimProfile", "/createdAt", "dateShift", "2026-03-04T11:20:00+01:00", "2026-02-22T11:20:00+01:00"],
  ["victimProfile", "/person/sex", "dateShift", "female", "female"],
  ["victimProfile", "/trafficking/events/*/subdivision", "dateShift", "AL-03", DROP],
  [
    "victimProfile",
    "/person/identityDocuments/*/number",
    "pseudonymise",
    "TEST000001",
    pseudonymise("TEST000001", KEY),
  ],
  ["victimProfile", "/consentRefs", "pseudonymise", [ID], [pseudonymise(ID, KEY)]],
  ["victimProfile", "/person/contact/phones", "pseudonymise", ["+38269123456"], DROP],
  ["victimProfile", "/person/dependants/count", "pseudonymise", 2, DROP],
  ["victimProfile", "/case/notes", "redact", "Arta called +38269123456.", "[NAME] called [PHONE]."],
  ["bestInterestsAssessment", "/riskFactors", "redact", ["Shembulli family"], ["[NAME] family"]],
  ["victimProfile", "/extensions", "redact", { mk: { note: "Arta" } }, DROP],
  ["victimProfile", "/extensions", "keep", { mk: { note: "x" } }, { mk: { note: "x" } }],
];

describe("applyOperation", () => {
  it.each(cases)("%s %s %s(%j) = %j", (type, template, op, given, want) => {
    expect(applyOperation(op, given, leafAt(type, template), context())).toEqual(want);
  });

  it("pseudonymises a UUID field into a UUID", () => {
    expect(applyOperation("pseudonymise", ID, leafAt("victimProfile", "/id"), context())).toMatch(UUID_V8);
  });

  it("turns a birth date into an age band at the document's creation when asked", () => {
    const ctx = context({ birthDate: "ageBand" });
    expect(
      applyOperation("generalise", "2010-05-17", leafAt("victimProfile", "/person/birthDate"), ctx),
    ).toBe(DROP);
    expect(ctx.bands).toEqual(["age9to17"]);
  });

  it("coarsens dates to the year when the policy says so", () => {
    const leaf = leafAt("victimProfile", "/trafficking/events/*/from");
    expect(applyOperation("generalise", "2025-10-03", leaf, context({ dates: "year" }))).toBe("2025");
  });

  it("keeps a kept value apart from the input", () => {
    const given = ["AL"];
    const out = applyOperation("keep", given, leafAt("victimProfile", "/person/citizenships"), context());
    expect(out).toEqual(given);
    expect(out).not.toBe(given);
  });
});
