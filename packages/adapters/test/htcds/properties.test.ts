import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type FromHtcdsOptions,
  fromHtcds,
  fromHtcdsCsv,
  type HtcdsDocuments,
  type HtcdsRecord,
  htcdsFields,
  toHtcds,
  toHtcdsCsv,
} from "../../src/htcds/index.js";
import type { AdapterResult } from "../../src/result.js";
import { anyInput, validRecord } from "./arbitraries.js";

const OPTIONS: FromHtcdsOptions = {
  id: "00000000-0000-4000-8000-000000001902",
  createdAt: "2026-11-20T09:00:00+01:00",
  focalPoint: "00000000-0000-4000-8000-000000005502",
  trmStage: "firstAssistanceAndProtection",
  cooperationWithAuthorities: "considering",
  legalBases: ["vitalInterests", "substantialPublicInterest9g"],
};
const POINTER = /^(\/([^~/]|~[01])*)*$/;

/** Asserts the shape every result must have: a value with losses, or issues naming a path and a stable code. */
function expectWellFormed(r: AdapterResult<unknown>): void {
  if (r.ok) {
    for (const l of r.losses) expect(l.pointer).toMatch(POINTER);
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) {
    expect(i.path).toMatch(POINTER);
    expect(i.code).toMatch(/^ADAPTER_/);
    expect(i.message.length).toBeGreaterThan(0);
  }
}

const without = (record: HtcdsRecord, lost: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(record).filter(([f]) => !lost.has(f)));

describe("fromHtcds on generated input", () => {
  it("never throws and answers a value or issues with paths, on a mix of inputs", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = fromHtcds(input, OPTIONS);
        expectWellFormed(r);
        if (r.ok) accepted++;
        else refused++;
      }),
      { numRuns: 400 },
    );
    // The mix must reach both the reading and the refusing paths.
    expect(accepted).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(40);
  });

  it("reads every valid record into a document that writes back the same record", () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        const back = fromHtcds(record, OPTIONS);
        if (!back.ok) throw new Error(back.issues.map((i) => `${i.path} ${i.message}`).join("; "));
        const lost = new Set(back.losses.map((l) => l.pointer.split("/")[1] ?? ""));
        const again = toHtcds(back.value as HtcdsDocuments);
        expect(again.ok).toBe(true);
        if (again.ok) expect(without(again.value, lost)).toEqual(without(record, lost));
      }),
      { numRuns: 150 },
    );
  });
});

describe("toHtcds on generated input", () => {
  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ victimProfile: fc.anything() })), (input) => {
        expectWellFormed(toHtcds(input as HtcdsDocuments));
      }),
      { numRuns: 300 },
    );
  });
});

const HEADER = htcdsFields.slice(10, 40).map((f) => f.name);

describe("fromHtcdsCsv on generated text", () => {
  it("never throws on arbitrary text, or on well-formed CSV with arbitrary cells", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom("", "true", "0", "1.5", "Active", "DebtBondage;Other", "=1+1", "'x"),
    );
    const csv = fc
      .array(fc.array(cell, { minLength: HEADER.length, maxLength: HEADER.length }), { maxLength: 4 })
      .map((rows) =>
        [HEADER, ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n"),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), csv), (text) => {
        expectWellFormed(fromHtcdsCsv(text));
      }),
      { numRuns: 400 },
    );
  });

  it("gives back every list of valid records written as CSV", () => {
    fc.assert(
      fc.property(fc.array(validRecord, { maxLength: 4 }), (records) => {
        const text = toHtcdsCsv(records);
        expect(text.ok).toBe(true);
        if (text.ok) expect(fromHtcdsCsv(text.value)).toEqual({ ok: true, value: records, losses: [] });
      }),
      { numRuns: 150 },
    );
  });
});
