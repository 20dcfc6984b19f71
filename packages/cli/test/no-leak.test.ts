// Reports never contain values from the documents (house style; `trm --help` promises it). Distinctive strings are
// planted as the VALUES of faulty and of valid fields, and no output of any format, nor stderr, may contain one.
// Property NAMES are not planted: a JSON Pointer must name the property at fault, so keys appear by design.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES } from "./support/documents.js";
import { FORMATS, runTrm } from "./support/trm.js";

const MARK = "LEAK-1f9c";
const plant = (field: string) => `${MARK}-${field}`;
/** Any piece of a planted value long enough to be recognised. */
const LEAKED = /LEAK-1f9c|1f9c-[a-z]|LEAK-1|EAK-1f/i;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const clone = <T>(v: T): T => structuredClone(v);

function leafPaths(doc: Json, base: (string | number)[] = [], out: (string | number)[][] = []) {
  if (doc !== null && typeof doc === "object")
    for (const [k, v] of Object.entries(doc)) {
      const p = [...base, Array.isArray(doc) ? Number(k) : k];
      if (v !== null && typeof v === "object") leafPaths(v, p, out);
      else out.push(p);
    }
  return out;
}
function objectPaths(doc: Json, base: (string | number)[] = [], out: (string | number)[][] = [[]]) {
  if (doc !== null && typeof doc === "object")
    for (const [k, v] of Object.entries(doc))
      if (v !== null && typeof v === "object") {
        const p = [...base, Array.isArray(doc) ? Number(k) : k];
        if (!Array.isArray(v)) out.push(p);
        objectPaths(v, p, out);
      }
  return out;
}
function setAt(doc: Json, path: readonly (string | number)[], value: Json): Json {
  const copy = clone(doc);
  const parent = path.slice(0, -1).reduce<Json>((n, t) => (n as Record<string, Json>)[t] as Json, copy);
  (parent as Record<string | number, Json>)[path[path.length - 1] as string | number] = value;
  return copy;
}
function getAt(doc: Json, path: readonly (string | number)[]): Json {
  return path.reduce<Json>((n, t) => (n as Record<string, Json>)[t] as Json, doc);
}

/**
 * Every example, changed one value at a time: each leaf becomes a planted string (a bad code, date, id, number,
 * boolean or pattern; or valid free text), or a planted string longer than any maxLength, or a planted string in
 * a document whose `createdAt` lies in the future (so semantic rules run on documents carrying planted free
 * text), in turn; and each object gets an unknown property whose value holds planted strings.
 */
function sweep(): string[] {
  const lines: string[] = [];
  EXAMPLES.forEach((example, e) => {
    leafPaths(example).forEach((p, k) => {
      const here = `e${e}-l${k}`;
      const variant = k % 3;
      if (variant === 0 || typeof getAt(example, p) !== "string")
        lines.push(JSON.stringify(setAt(example, p, plant(here))));
      else if (variant === 1)
        lines.push(JSON.stringify(setAt(example, p, `${plant(here)}${"y".repeat(8001)}`)));
      else
        lines.push(
          JSON.stringify(setAt(setAt(example, p, plant(here)), ["createdAt"], "2099-01-01T00:00:00Z")),
        );
    });
    objectPaths(example).forEach((p, k) => {
      const obj = clone(getAt(example, p)) as Record<string, Json>;
      obj.zzUnknown = { nested: [plant(`e${e}-o${k}`), { deeper: plant(`e${e}-o${k}-deep`) }] };
      lines.push(JSON.stringify(p.length === 0 ? obj : setAt(example, p, obj)));
    });
  });
  return lines;
}

const consent = (EXAMPLES.find((d) => (d as { documentType?: string }).documentType === "consent") ?? {}) as {
  [k: string]: Json;
};
const focalPoint = (EXAMPLES.find((d) => (d as { documentType?: string }).documentType === "focalPoint") ??
  {}) as { [k: string]: Json };

/** Hand-written documents, one fault or several per file, each value planted. */
const FILES: Record<string, string> = {
  "several-faults.json": JSON.stringify(
    {
      ...consent,
      collectionMethod: plant("code"),
      createdAt: plant("date"),
      updatedAt: `2026-02-30T10:00:00Z${plant("date-suffix")}`,
      id: plant("uuid"),
      jurisdiction: plant("country"),
      withdrawalMethod: `${plant("too-long")}${"z".repeat(3000)}`,
      retentionPeriod: plant("duration"),
      notice: { ref: plant("url"), version: plant("version"), language: plant("language") },
      standardVersion: plant("standard-version"),
      unknownTopLevel: plant("unknown"),
      unknownObject: { a: { b: [plant("unknown-nested")] } },
      extensions: { si: { note: plant("extension-si") }, "org.example.ngo": [plant("extension-ngo")] },
    },
    null,
    2,
  ),
  "bad-document-type.json": JSON.stringify({ ...consent, documentType: plant("document-type") }),
  "extension-not-object.json": JSON.stringify({ ...consent, extensions: { si: plant("extension-string") } }),
  "contacts.json": JSON.stringify({
    ...focalPoint,
    emails: [plant("email"), `${plant("email2")}@example.org@`],
    phones: [{ number: `+${plant("phone")}`, type: "voice", languages: ["sl"] }, { number: plant("phone2") }],
    institution: { name: plant("institution-ok"), type: plant("institution-type"), website: plant("web") },
    availability: { is24x7: plant("boolean"), timeZone: plant("tz") },
    verification: { lastVerifiedOn: plant("verified-on"), nextReviewDue: plant("review-due") },
  }),
  "wrong-types.json": JSON.stringify({ ...consent, purposes: plant("array"), informedOf: plant("object") }),
  "not-json-unquoted.json": `{"documentType":"consent","note":"${plant("before-error")}" ${plant("at-error")}}`,
  "not-json-unterminated.json": `{"documentType":"consent","note":"${plant("unterminated")}`,
  "not-json-bad-escape.json": `{"note":"${plant("escape")}\\q${plant("after-escape")}"}`,
  "not-json-control.json": `{"note":"${plant("control")}\u0001${plant("after-control")}"}`,
  "not-json-single-quotes.json": `{'documentType':'${plant("single-quotes")}'}`,
  "not-json-trailing.json": `${JSON.stringify(consent)} ${plant("trailing")}`,
  "not-json-multiline.json": `{\n  "documentType": "consent",\n  "note": "${plant("line-2")}",\n  ${plant("line-3")}\n}`,
  "limit-string.json": JSON.stringify({
    ...consent,
    withdrawalMethod: `${plant("huge-string")}${"s".repeat(100_001)}`,
  }),
  "limit-array.json": JSON.stringify({
    ...consent,
    purposes: Array.from({ length: 10_001 }, (_, i) => plant(`arr${i}`)),
  }),
  "limit-depth.json": `{"documentType":"consent","x":${"[".repeat(100)}"${plant("deep")}"${"]".repeat(100)}}`,
  "array-of-documents.json": JSON.stringify([
    { ...consent, collectionMethod: plant("array-item") },
    plant("item"),
  ]),
  "lines.ndjson": [
    JSON.stringify({ ...consent, collectionMethod: plant("ndjson-code") }),
    `{"documentType":"consent" ${plant("ndjson-broken")}`,
    JSON.stringify(plant("ndjson-string")),
    plant("ndjson-bare"),
  ].join("\n"),
};

let dir: string;
let sweepLines: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "trm-no-leak-"));
  sweepLines = sweep();
  writeFileSync(join(dir, "sweep.ndjson"), `${sweepLines.join("\n")}\n`);
  mkdirSync(join(dir, "hand"));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, "hand", name), text);
  // Over the size limit (16 MiB), with planted values at both ends.
  writeFileSync(
    join(dir, "hand", "limit-size.json"),
    `{"documentType":"consent","a":"${plant("size-start")}","b":"${"b".repeat(17 * 1024 * 1024)}","c":"${plant("size-end")}"}`,
  );
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectNoLeak(args: readonly string[]) {
  const r = runTrm(args, { cwd: dir });
  expect(r.code, args.join(" ")).toBe(1);
  expect(r.stdout).not.toMatch(LEAKED);
  expect(r.stderr).not.toMatch(LEAKED);
  return r;
}

describe("no report contains a value from the documents", () => {
  it("plants values in every field of every example (the inputs really carry them)", () => {
    expect(sweepLines.length).toBeGreaterThan(2500);
    expect(readFileSync(join(dir, "sweep.ndjson"), "utf8").match(/LEAK-1f9c/g)?.length).toBeGreaterThan(1000);
    for (const text of Object.values(FILES)) expect(text).toContain(MARK);
  });

  for (const format of FORMATS) {
    it(`in ${format} output and stderr, one value at a time in every field`, () => {
      const r = expectNoLeak(["validate", "sweep.ndjson", "--format", format]);
      // The sweep must produce findings of every layer, or it proves little.
      if (format === "json") {
        const codes = new Set(
          (
            JSON.parse(r.stdout) as { results: { issues: { code: string; path: string }[] }[] }
          ).results.flatMap((d) => d.issues.map((i) => i.code)),
        );
        for (const c of ["TRM-S002", "TRM-S003", "TRM-S004", "TRM-S006", "TRM-S007", "TRM-S008", "TRM-R001"])
          expect(codes, c).toContain(c);
      }
    });

    it(`in ${format} output and stderr, on hand-written faults, broken JSON and limits`, () => {
      const r = expectNoLeak(["validate", "hand", "--format", format]);
      expect(r.stdout).toContain("unknownTopLevel"); // keys are named, values never
    });
  }

  it("with --bundle, --max-issues, --quiet, --fail-on warning and --debug", () => {
    expectNoLeak(["validate", "--bundle", "sweep.ndjson", "--format", "json", "--debug"]);
    expectNoLeak(["validate", "--bundle", "hand", "--format", "sarif", "--fail-on", "warning"]);
    expectNoLeak(["validate", "hand", "sweep.ndjson", "--max-issues", "1", "--quiet", "--debug"]);
  });

  it("on standard input", () => {
    for (const name of ["several-faults.json", "not-json-multiline.json", "lines.ndjson"]) {
      const text = FILES[name] as string;
      const r = runTrm(
        ["validate", "--format", "github", name.endsWith(".ndjson") ? "--ndjson" : "", "-"].filter(Boolean),
        {
          cwd: dir,
          input: text,
        },
      );
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toMatch(LEAKED);
    }
  });
});
