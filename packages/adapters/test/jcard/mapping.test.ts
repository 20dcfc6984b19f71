import { phoneType, STANDARD_VERSION } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { carriedPointers } from "../../src/jcard/coverage.js";
import {
  codecs,
  directoryRows,
  focalPointRows,
  fromJcard,
  fromVcard,
  type Jcard,
  kinds,
  type PropertyRow,
  telTypes,
  toJcard,
  toVcard,
} from "../../src/jcard/index.js";
import { INVALID } from "../../src/jcard/mapping/codecs.js";
import { getAt } from "../../src/jcard/pointer.js";
import { directoryExamples, fullFocalPoint } from "./support.js";

const directory = {
  ...(directoryExamples[0]?.doc ?? fullFocalPoint),
  extensions: { "org.example.dir": { n: 1 } },
};

/** The unfolded content lines of a vCard text. */
const linesOf = (text: string) => text.replace(/\r\n /g, "").split("\r\n");

function cardsOf(doc: unknown): Jcard[] {
  const r = toJcard(doc);
  if (!r.ok) throw new Error("conversion failed");
  return r.value[0] === "vcard" ? [r.value as Jcard] : (r.value as Jcard[]);
}

// Hand-written given/want: the line each row writes for the full focal point fixture (or the directory).
const wantFocalPoint: Record<string, readonly string[]> = {
  "X-OPENTRM-VERSION": ["X-OPENTRM-VERSION:1.0"],
  UID: ["UID:urn:uuid:00000000-0000-4000-8000-000000005302"],
  CREATED: ['CREATED;X-OPENTRM-RFC3339="2025-05-05T09:00:00.250+02:00":20250505T090000+0200'],
  REV: ["REV:20260715T143000Z"],
  "X-OPENTRM-RECORDED-BY": ["X-OPENTRM-RECORDED-BY:urn:uuid:00000000-0000-4000-8000-000000005301"],
  "X-OPENTRM-EXTENSIONS": [
    'X-OPENTRM-EXTENSIONS:{"org.example.ngo":{"beds":4\\,"note":"a\\; b\\, c\\\\\\\\d\\\\nline"\\,"nested":{"ok":true}}}',
  ],
  ADR: ["ADR;CC=SI:;;;;SI-061;;SI"],
  ORG: ["ORG:Example\\; Institution\\, with \\\\ specials"],
  "X-OPENTRM-INSTITUTION-TYPE": ["X-OPENTRM-INSTITUTION-TYPE:ngo"],
  URL: ["URL:https://example.org/si/a;b,c"],
  "X-OPENTRM-INSTITUTION-ID": ["X-OPENTRM-INSTITUTION-ID;X-OPENTRM-SCHEME=XI-EXAMPLE:EX-0001"],
  CATEGORIES: ["CATEGORIES:serviceProvider,caseManager,legalAssistance"],
  "X-OPENTRM-TRM-STAGES": ["X-OPENTRM-TRM-STAGES:"],
  "X-OPENTRM-TARGET-GROUPS": ["X-OPENTRM-TARGET-GROUPS:both"],
  "X-OPENTRM-EXPLOITATION-FORMS": ["X-OPENTRM-EXPLOITATION-FORMS:"],
  "X-OPENTRM-SERVICES": ["X-OPENTRM-SERVICES:shelter"],
  TITLE: ["TITLE:Head of assistance"],
  TEL: [
    "TEL;VALUE=uri;TYPE=voice;X-OPENTRM-LANGUAGES=:tel:+38610000002",
    "TEL;VALUE=uri;TYPE=textphone;X-OPENTRM-LANGUAGES=sl:tel:+38640000002",
    "TEL;VALUE=uri;TYPE=fax:tel:+38640000003",
  ],
  EMAIL: ["EMAIL:si-example-ngo-assistance@example.org"],
  "X-OPENTRM-SECURE-CHANNEL": ["X-OPENTRM-SECURE-CHANNEL:"],
  LANG: ["LANG;PREF=1:sl", "LANG;PREF=2:en", "LANG;PREF=3:ro", "LANG;PREF=4:ru"],
  "X-OPENTRM-AVAILABLE-24X7": ["X-OPENTRM-AVAILABLE-24X7:FALSE"],
  "X-OPENTRM-HOURS": ["X-OPENTRM-HOURS:mo,tu,we,th,fr;08:00;16:00", "X-OPENTRM-HOURS:sa;09:00;12:00"],
  TZ: ["TZ:Europe/Ljubljana"],
  NOTE: [
    "NOTE:Call the national hotline.\\nAfter 22:00\\, the police\\; ask for the duty officer\\, please.",
  ],
  "X-OPENTRM-STATUS": ["X-OPENTRM-STATUS:superseded"],
  "X-OPENTRM-SUPERSEDED-BY": ["X-OPENTRM-SUPERSEDED-BY:urn:uuid:00000000-0000-4000-8000-000000005301"],
  "X-OPENTRM-LAST-VERIFIED": ["X-OPENTRM-LAST-VERIFIED:20260715"],
  "X-OPENTRM-VERIFIED-BY": ["X-OPENTRM-VERIFIED-BY:urn:uuid:00000000-0000-4000-8000-000000005301"],
  "X-OPENTRM-NEXT-REVIEW": ["X-OPENTRM-NEXT-REVIEW:20261215"],
};

const wantDirectory: Record<string, readonly string[]> = {
  "X-OPENTRM-VERSION": ["X-OPENTRM-VERSION:1.0"],
  UID: ["UID:urn:uuid:00000000-0000-4000-8000-000000006201"],
  CREATED: ["CREATED:20260902T100000+0200"],
  REV: ["REV:20260902T100000+0200"],
  "X-OPENTRM-RECORDED-BY": ["X-OPENTRM-RECORDED-BY:urn:uuid:00000000-0000-4000-8000-000000005201"],
  "X-OPENTRM-EXTENSIONS": ['X-OPENTRM-EXTENSIONS:{"org.example.dir":{"n":1}}'],
  ADR: ["ADR;CC=AL:;;;;;;AL"],
  "X-OPENTRM-PUBLISHED-ON": ["X-OPENTRM-PUBLISHED-ON:20260902"],
  "X-OPENTRM-DIRECTORY-VERSION": ["X-OPENTRM-DIRECTORY-VERSION:2026-09"],
  "X-OPENTRM-PREVIOUS-VERSION": ["X-OPENTRM-PREVIOUS-VERSION:2026-03"],
};

/** The card without the properties of one row. */
function without(card: Jcard, property: string): Jcard {
  return ["vcard", card[1].filter((p) => p[0] !== property.toLowerCase())];
}

describe.each([
  { table: "focal point", rows: focalPointRows, doc: fullFocalPoint, want: wantFocalPoint, card: 0, at: "" },
  { table: "directory", rows: directoryRows, doc: directory, want: wantDirectory, card: 0, at: "/0" },
])("$table mapping table", ({ rows, doc, want, card, at }) => {
  it("has a hand-written case for every row", () => {
    expect(Object.keys(want).sort()).toEqual(rows.map((r) => r.property).sort());
  });

  it.each(rows.map((row) => ({ property: row.property, row })))(
    "$property writes the wanted lines",
    ({ row }) => {
      const r = toVcard(doc);
      if (!r.ok) throw new Error("conversion failed");
      const cardText = r.value.split("END:VCARD\r\n")[card] ?? "";
      const lines = linesOf(cardText).filter(
        (l) => l.startsWith(`${row.property};`) || l.startsWith(`${row.property}:`),
      );
      expect(lines).toEqual(want[row.property]);
    },
  );

  it.each(rows.map((row: PropertyRow) => ({ property: row.property, row })))(
    "$property alone carries its fields",
    ({ row }) => {
      const cards = cardsOf(doc);
      const target = cards[card];
      if (!target) throw new Error("no card");
      cards[card] = without(target, row.property);
      const back = fromJcard(cards.length === 1 ? cards[0] : cards);
      const fields = carriedPointers(row).filter((p) => !p.includes("*") && p !== "");
      if (back.ok) {
        // A card without X-OPENTRM-VERSION is read as the standard version this adapter writes.
        for (const p of fields)
          if (p === "/standardVersion") expect(getAt(back.value, p)).toBe(STANDARD_VERSION);
          else expect(getAt(back.value, p), p).not.toEqual(getAt(doc, p));
      } else {
        // A required field: the issue names the missing property of that card.
        expect(back.issues.map((i) => i.path)).toContain(`${at}/${row.property}`);
      }
    },
  );
});

describe("TEL TYPE table (RFC 6350 section 6.4.1)", () => {
  it("has a row for every code of the phoneType codelist", () => {
    expect(telTypes.map((t) => t.phoneType).sort()).toEqual([...phoneType.codes].sort());
  });

  it.each(telTypes)("$phoneType is written and read as TYPE=$tel", ({ phoneType, tel }) => {
    const doc = { ...fullFocalPoint, phones: [{ number: "+447700900123", type: phoneType }] };
    const r = toVcard(doc);
    if (!r.ok) throw new Error("conversion failed");
    expect(linesOf(r.value)).toContain(`TEL;VALUE=uri;TYPE=${tel}:tel:+447700900123`);
    const back = fromVcard(r.value.replace(`TYPE=${tel}`, `TYPE=${tel.toUpperCase()}`));
    expect(back.ok && getAt(back.value, "/phones/0/type")).toBe(phoneType);
  });
});

describe("KIND table (RFC 6350 section 6.1.4)", () => {
  const named = fullFocalPoint;
  const { contactPerson: _, ...unnamed } = fullFocalPoint;
  const docs = { individual: named, org: unnamed, group: directory } as const;
  it.each(kinds)("$kind: FN carries $fn", ({ kind, fn }) => {
    const doc = docs[kind];
    const [first] = cardsOf(doc);
    const props = first?.[1] ?? [];
    expect(props.find((p) => p[0] === "kind")?.[3]).toBe(kind);
    expect(props.find((p) => p[0] === "fn")?.[3]).toBe(getAt(doc, fn));
    const back = fromJcard(kind === "group" ? cardsOf(doc) : first);
    expect(back.ok && back.value).toEqual(doc);
  });
});

// Per codec: values that round-trip, and values it must refuse.
const samples: Record<keyof typeof codecs, { good: unknown[]; bad: unknown[] }> = {
  text: { good: ["a, b; c\\d\ne"], bad: [1, true] },
  uri: { good: ["https://example.org/x"], bad: [false] },
  languageTag: { good: ["sq", "ro-MD"], bad: [2] },
  uuidUri: { good: ["00000000-0000-4000-8000-000000005302"], bad: ["urn:uuid:nope", 3] },
  timestamp: {
    good: ["2026-01-31T09:30:00+01:00", "2026-01-31T09:30:00Z"],
    bad: ["2026-01-31", "yesterday"],
  },
  date: { good: ["2026-12-15"], bad: ["2026-12", "15.12.2026"] },
  boolean: { good: [true, false], bad: ["yes", 1] },
  json: { good: [{ a: [1, "x"] }, {}], bad: ["[1]", "{", "null"] },
  telUri: { good: ["+447700900123"], bad: ["tel:+447700900123;ext=12", "tel:07700900123", "+0123"] },
  country: { good: ["SI", "XK"], bad: ["Slovenia", "si"] },
  institutionType: { good: ["ngo"], bad: ["charity"] },
  focalPointRole: { good: ["trmContactPoint"], bad: ["Work"] },
  trmStage: { good: ["identification"], bad: ["x"] },
  targetGroup: { good: ["both"], bad: ["all"] },
  exploitationForm: { good: ["forcedBegging"], bad: ["x"] },
  serviceType: { good: ["shelter"], bad: ["x"] },
  focalPointStatus: { good: ["active"], bad: ["x"] },
  secureChannelType: { good: ["openpgp"], bad: ["x"] },
  weekday: { good: ["mo", "su"], bad: ["MO", "monday"] },
  phoneType: { good: ["voice", "textphone"], bad: ["work", "mobile"] },
  subdivision: { good: ["SI-061", "AL-03"], bad: ["Ljubljana"] },
};

describe("value codecs", () => {
  it("have samples for every codec", () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(codecs).sort());
  });
  it.each(Object.entries(codecs).map(([name, codec]) => ({ name, codec })))(
    "$name round-trips and refuses",
    ({ name, codec }) => {
      const s = samples[name as keyof typeof codecs];
      for (const v of s.good) expect(codec.decode(codec.encode(v))).toEqual(v);
      for (const v of s.bad) expect(codec.decode(v as string)).toBe(INVALID);
    },
  );
  it.each([
    { codec: "timestamp", given: "20260131T093000+0100", want: "2026-01-31T09:30:00+01:00" },
    { codec: "timestamp", given: "2026-01-31T09:30:00+01", want: "2026-01-31T09:30:00+01:00" },
    { codec: "date", given: "20261215", want: "2026-12-15" },
    { codec: "boolean", given: "True", want: true },
    { codec: "telUri", given: "tel:+44-7700-900.123", want: "+447700900123" },
    { codec: "telUri", given: "+44 (7700) 900123", want: "+447700900123" },
    {
      codec: "uuidUri",
      given: "URN:UUID:00000000-0000-4000-8000-000000005302",
      want: "00000000-0000-4000-8000-000000005302",
    },
    { codec: "phoneType", given: "CELL", want: "cell" },
  ] as const)("$codec reads $given (vCard and foreign forms)", ({ codec, given, want }) => {
    expect(codecs[codec].decode(given)).toEqual(want);
  });
});
