import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FocalPointDirectory } from "@open-trm/schema";
import { describe, expect, it } from "vitest";
import { type FromCardOptions, fromJcard, fromVcard, toJcard, toVcard } from "../../src/jcard/index.js";
import type { AdapterResult } from "../../src/result.js";
import { directoryExamples, focalPointExamples, fullFocalPoint } from "./support.js";

const crlf = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;
const vcardOf = (doc: unknown) => {
  const r = toVcard(doc);
  if (!r.ok) throw new Error("conversion failed");
  return r.value;
};
const paths = (r: AdapterResult<unknown>) => (r.ok ? [] : r.issues.map((i) => i.path));
const codes = (r: AdapterResult<unknown>) => (r.ok ? [] : r.issues.map((i) => i.code));

// A card from an ordinary address book: no Open TRM properties, several things Open TRM does not keep.
const addressBookCard = crlf(
  "BEGIN:VCARD",
  "VERSION:4.0",
  "KIND:org",
  "FN:Example Helpline (XK)",
  "ORG:Example Helpline (XK);Outreach unit",
  "UID:urn:uuid:00000000-0000-4000-8000-000000009901",
  "TEL;VALUE=uri;TYPE=work,voice;PREF=1:tel:+44-7700-900123",
  "EMAIL;TYPE=work:helpline@example.org",
  "ADR;TYPE=work:;;Example Street 1;Prishtina;;10000;Kosovo",
  "CATEGORIES:hotline,Partners",
  "NOTE:Closed on public holidays.",
  "GEO:geo:42.66,21.16",
  "item1.URL:https://example.org/xk/helpline",
  "REV:20260101T000000Z",
  "END:VCARD",
);
const secrets = ["Example Helpline", "7700", "helpline@example.org", "Prishtina", "Partners", "holidays"];

const defaults: FromCardOptions = {
  focalPointDefaults: {
    country: "XK",
    createdAt: "2025-01-01T00:00:00Z",
    recordedBy: "00000000-0000-4000-8000-000000009901",
    institution: { type: "helpline", name: "Never used: the card has ORG" },
    availability: { is24x7: true, timeZone: "Europe/Belgrade" },
    status: "active",
    verification: {
      lastVerifiedOn: "2026-01-01",
      verifiedBy: "00000000-0000-4000-8000-000000009901",
      nextReviewDue: "2026-12-01",
    },
  },
};

describe("a foreign vCard 4.0 from an address book", () => {
  it("names every missing Open TRM property at its card path, without quoting the card", () => {
    const r = fromVcard(addressBookCard);
    expect(r.ok).toBe(false);
    expect(paths(r)).toEqual(
      expect.arrayContaining([
        "/cards/0/CREATED",
        "/cards/0/X-OPENTRM-RECORDED-BY",
        "/cards/0/ADR",
        "/cards/0/X-OPENTRM-STATUS",
        "/cards/0/X-OPENTRM-LAST-VERIFIED",
        "/cards/0/X-OPENTRM-INSTITUTION-TYPE",
        "/cards/0/TZ",
      ]),
    );
    const text = JSON.stringify(r);
    for (const s of secrets) expect(text).not.toContain(s);
  });

  it("is read with defaults for what it lacks, and reports what Open TRM cannot keep", () => {
    const r = fromVcard(addressBookCard, defaults);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value).toMatchObject({
      documentType: "focalPoint",
      id: "00000000-0000-4000-8000-000000009901",
      country: "XK",
      updatedAt: "2026-01-01T00:00:00Z",
      institution: {
        name: "Example Helpline (XK)",
        type: "helpline",
        website: "https://example.org/xk/helpline",
      },
      roles: ["hotline"],
      phones: [{ number: "+447700900123", type: "voice" }],
      emails: ["helpline@example.org"],
      languages: [],
      availability: { outOfHours: "Closed on public holidays.", is24x7: true },
    });
    expect([...new Set(r.losses.map((l) => l.pointer))].sort()).toEqual([
      "/cards/0/ADR/0",
      "/cards/0/ADR/0/TYPE",
      "/cards/0/CATEGORIES/0",
      "/cards/0/EMAIL/0/TYPE",
      "/cards/0/GEO/0",
      "/cards/0/ORG/0",
      "/cards/0/TEL/0/PREF",
      "/cards/0/TEL/0/TYPE",
      "/cards/0/URL/0/GROUP",
    ]);
    for (const s of secrets) expect(r.losses.map((l) => l.reason).join()).not.toContain(s);
  });

  it("takes default roles when none of the card's categories is a role", () => {
    const card = addressBookCard.replace("CATEGORIES:hotline,Partners", "CATEGORIES:Partners");
    const r = fromVcard(card, {
      focalPointDefaults: { ...defaults.focalPointDefaults, roles: ["trmContactPoint"] },
    });
    expect(r.ok && r.value.documentType === "focalPoint" && r.value.roles).toEqual(["trmContactPoint"]);
    expect(paths(fromVcard(card, defaults))).toContain("/cards/0/CATEGORIES");
  });

  it("reads the same card given as jCard, with JSON Pointers into it", () => {
    const parsed = fromVcard(addressBookCard, defaults);
    const jcard = [
      "vcard",
      [
        ["version", {}, "text", "4.0"],
        ["kind", {}, "text", "org"],
        ["fn", {}, "text", "Example Helpline (XK)"],
        ["org", {}, "text", ["Example Helpline (XK)", "Outreach unit"]],
        ["uid", {}, "uri", "urn:uuid:00000000-0000-4000-8000-000000009901"],
        ["tel", { type: ["work", "voice"], pref: "1" }, "uri", "tel:+44-7700-900123"],
        ["email", { type: "work" }, "text", "helpline@example.org"],
        ["adr", { type: "work" }, "text", ["", "", "Example Street 1", "Prishtina", "", "10000", "Kosovo"]],
        ["categories", {}, "text", "hotline", "Partners"],
        ["note", {}, "text", "Closed on public holidays."],
        ["geo", {}, "uri", "geo:42.66,21.16"],
        ["url", { group: "item1" }, "uri", "https://example.org/xk/helpline"],
        ["rev", {}, "timestamp", "2026-01-01T00:00:00Z"],
      ],
    ];
    const r = fromJcard(jcard, defaults);
    if (!r.ok || !parsed.ok) throw new Error("read failed");
    expect(r.value).toEqual(parsed.value);
    expect(r.losses.map((l) => l.pointer)).toContain("/1/5/1/pref");
    expect(r.losses.map((l) => l.pointer)).toContain("/1/10");
  });
});

describe("foreign or broken vCard text gets clear issues", () => {
  const fp = vcardOf(fullFocalPoint);
  it.each([
    {
      name: "a vCard 3.0 card",
      given: crlf(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Doe;Jane;;;",
        "FN:Jane Doe",
        "TEL;TYPE=WORK,VOICE:+44 7700 900123",
        "END:VCARD",
      ),
      code: "ADAPTER_UNSUPPORTED",
      path: "/cards/0/VERSION/0",
    },
    {
      name: "a card without FN",
      given: fp.replace(/\r\nFN:[^\r]*/, ""),
      code: "ADAPTER_MISSING",
      path: "/cards/0/FN",
    },
    {
      name: "VERSION not right after BEGIN",
      given: crlf("BEGIN:VCARD", "FN:x", "VERSION:4.0", "END:VCARD"),
      code: "ADAPTER_SYNTAX",
      path: "/lines/2",
    },
    {
      name: "a card without END",
      given: crlf("BEGIN:VCARD", "VERSION:4.0", "FN:x"),
      code: "ADAPTER_SYNTAX",
      path: "/lines/1",
    },
    {
      name: "a nested BEGIN",
      given: crlf("BEGIN:VCARD", "VERSION:4.0", "BEGIN:VCARD", "END:VCARD"),
      code: "ADAPTER_SYNTAX",
      path: "/lines/3",
    },
    { name: "a property outside a card", given: crlf("FN:x"), code: "ADAPTER_SYNTAX", path: "/lines/1" },
    {
      name: "a vCard 2.1 bare TYPE",
      given: crlf("BEGIN:VCARD", "VERSION:4.0", "TEL;WORK;VOICE:+44", "END:VCARD"),
      code: "ADAPTER_SYNTAX",
      path: "/lines/3",
    },
    { name: "an empty text", given: "", code: "ADAPTER_SYNTAX", path: "/lines/1" },
    { name: "a folded first line", given: " BEGIN:VCARD\r\n", code: "ADAPTER_SYNTAX", path: "/lines/1" },
    {
      name: "KIND:location",
      given: fp.replace("KIND:individual", "KIND:location"),
      code: "ADAPTER_UNSUPPORTED",
      path: "/cards/0/KIND/0",
    },
    {
      name: "a UID that is not a UUID",
      given: fp.replace(/UID:urn:uuid:[0-9a-f-]+/, "UID:https://example.org/c/1"),
      code: "ADAPTER_INVALID_VALUE",
      path: "/cards/0/UID/0",
    },
    {
      name: "a TEL with an extension",
      given: fp.replace("tel:+38640000003", "tel:+38640000003;ext=12"),
      code: "ADAPTER_INVALID_VALUE",
      path: "/cards/0/TEL/2",
    },
    {
      name: "an unknown status code",
      given: fp.replace("X-OPENTRM-STATUS:superseded", "X-OPENTRM-STATUS:closed"),
      code: "ADAPTER_UNKNOWN_CODE",
      path: "/cards/0/X-OPENTRM-STATUS/0",
    },
    {
      name: "an invalid e-mail (found by the validator)",
      given: fp.replace(/EMAIL:[^\r]*/, "EMAIL:not-an-address"),
      code: "ADAPTER_RESULT_INVALID",
      path: "/cards/0/EMAIL/0",
    },
    {
      name: "an invalid language tag (found by the validator)",
      given: fp.replace("LANG;PREF=3:ro", "LANG;PREF=3:xx-invalid-tag"),
      code: "ADAPTER_RESULT_INVALID",
      path: "/cards/0/LANG/2",
    },
    {
      name: "a bad TYPE of TEL",
      given: fp.replace("TYPE=fax", "TYPE=fax;X-OPENTRM-LANGUAGES=zz9"),
      code: "ADAPTER_RESULT_INVALID",
      path: "/cards/0/TEL/2/X-OPENTRM-LANGUAGES",
    },
    {
      name: "a bad date",
      given: fp.replace("X-OPENTRM-NEXT-REVIEW:20261215", "X-OPENTRM-NEXT-REVIEW:soon"),
      code: "ADAPTER_INVALID_VALUE",
      path: "/cards/0/X-OPENTRM-NEXT-REVIEW/0",
    },
  ])("$name: $code at $path", ({ given, code, path }) => {
    const r = fromVcard(given);
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain(code);
    expect(paths(r)).toContain(path);
  });

  it.each([42, null, { text: "BEGIN:VCARD" }])("refuses %j as vCard text", (given) => {
    expect(fromVcard(given)).toMatchObject({ ok: false, issues: [{ code: "ADAPTER_WRONG_TYPE", path: "" }] });
  });

  it("accepts bare LF line breaks, as many address books write", () => {
    const r = fromVcard(fp.replace(/\r\n/g, "\n"));
    expect(r.ok && r.value).toEqual(fullFocalPoint);
  });

  it("orders LANG by PREF (RFC 6350 section 5.3) and takes TEL without TYPE as voice", () => {
    const swapped = fp
      .replace("LANG;PREF=1:sl", "LANG;PREF=9:sl")
      .replace("TEL;VALUE=uri;TYPE=fax:", "TEL;VALUE=uri:");
    const r = fromVcard(swapped);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.documentType === "focalPoint" && r.value.languages).toEqual(["en", "ro", "ru", "sl"]);
    expect(r.value.documentType === "focalPoint" && r.value.phones[2]?.type).toBe("voice");
  });

  it("keeps ORG and reports an FN that differs from it on an org card", () => {
    const { contactPerson: _, ...org } = fullFocalPoint;
    const r = fromVcard(vcardOf(org).replace(/\r\nFN:[^\r]*(\r\n [^\r]*)*/, "\r\nFN:Another name"));
    expect(r.ok && r.value).toEqual(org);
    expect(r.ok && r.losses.map((l) => l.pointer)).toEqual(["/cards/0/FN/0"]);
  });

  it("reports a fraction parameter that does not match its timestamp", () => {
    const r = fromVcard(
      fp.replace('X-OPENTRM-RFC3339="2025-05-05T09:00:00.250', 'X-OPENTRM-RFC3339="2025-05-05T10:00:00.250'),
    );
    expect(r.ok && r.value.createdAt).toBe("2025-05-05T09:00:00+02:00");
    expect(r.ok && r.losses.map((l) => l.pointer)).toEqual(["/cards/0/CREATED/0/X-OPENTRM-RFC3339"]);
  });
});

describe("malformed jCard gets issues at JSON Pointers (RFC 7095 section 3)", () => {
  const [good] = (() => {
    const r = toJcard(fullFocalPoint);
    return r.ok ? [r.value] : [];
  })();
  const props = good?.[1] ?? [];
  it.each([
    { name: "not an array", given: { vcard: [] }, path: "" },
    { name: "an empty array", given: [], path: "" },
    { name: "a card without properties array", given: ["vcard", "x"], path: "" },
    { name: "no properties", given: ["vcard", []], path: "/1" },
    { name: "version not first", given: ["vcard", [...props.slice(1), props[0]]], path: "/1/0/0" },
    { name: "a short property", given: ["vcard", [props[0], ["fn", {}, "text"]]], path: "/1/1" },
    {
      name: "a numeric parameter",
      given: ["vcard", [props[0], ["fn", { pref: 1 }, "text", "x"]]],
      path: "/1/1/1/pref",
    },
    { name: "an object value", given: ["vcard", [props[0], ["fn", {}, "text", { x: 1 }]]], path: "/1/1/3" },
    {
      name: "a BEGIN property",
      given: ["vcard", [props[0], ["begin", {}, "text", "vcard"]]],
      path: "/1/1/0",
    },
    { name: "a bad card in a directory", given: [good, ["vcard"]], path: "/1" },
    {
      name: "a version 3.0",
      given: ["vcard", [["version", {}, "text", "3.0"], ...props.slice(1)]],
      path: "/1/0",
    },
  ])("$name at $path", ({ given, path }) => {
    const r = fromJcard(given);
    expect(r.ok).toBe(false);
    expect(paths(r)).toContain(path);
  });
});

describe("directories", () => {
  const dir = directoryExamples[0]?.doc as FocalPointDirectory;
  const text = vcardOf(dir);
  const cards = text.split(/(?<=END:VCARD\r\n)/);
  const fpCards = cards.slice(1).join("");

  it("reads focal point cards without a directory card only with options.directory, naming what is missing", () => {
    const r = fromVcard(fpCards);
    expect(paths(r)).toEqual(
      expect.arrayContaining([
        "/options/directory/publisher",
        "/options/directory/version",
        "/options/directory/id",
      ]),
    );
    const { documentType: _, focalPoints: __, ...envelope } = dir;
    const ok = fromVcard(fpCards, { directory: envelope });
    expect(ok.ok && ok.value).toEqual(dir);
  });

  it("refuses MEMBERs that name no card, and cards that no MEMBER names", () => {
    const stray = text.replace(/MEMBER:urn:uuid:([0-9a-f-]+)5201/, "MEMBER:urn:uuid:$19999");
    const r = fromVcard(stray);
    expect(paths(r)).toEqual(expect.arrayContaining(["/cards/0/MEMBER/0", "/cards/1/UID"]));
  });

  it("refuses two directory cards, and several cards read as one focal point", () => {
    expect(codes(fromVcard(`${cards[0]}${text}`))).toContain("ADAPTER_UNSUPPORTED");
    expect(paths(fromVcard(fpCards, { as: "focalPoint" }))).toContain("");
  });

  it("names the card of a focal point whose field the validator refuses", () => {
    const last = cards.length - 1;
    const broken = [
      ...cards.slice(0, last),
      (cards[last] ?? "").replace(/EMAIL:[^\r]*/, "EMAIL:broken"),
    ].join("");
    expect(paths(fromVcard(broken))).toEqual([`/cards/${last}/EMAIL/0`]);
  });

  it("reads one focal point card as a directory when asked", () => {
    const fp = focalPointExamples[0]?.doc;
    const { documentType: _, focalPoints: __, ...envelope } = dir;
    const r = fromVcard(vcardOf(fp), { as: "focalPointDirectory", directory: envelope });
    expect(r.ok && r.value.documentType === "focalPointDirectory" && r.value.focalPoints).toEqual([fp]);
  });
});

describe("options and inputs that are not focal points", () => {
  const fp = vcardOf(fullFocalPoint);
  it.each([
    { options: 7, path: "/options" },
    { options: { as: "everything" }, path: "/options/as" },
    { options: { focalPointDefaults: [] }, path: "/options/focalPointDefaults" },
    {
      options: { focalPointDefaults: { id: "00000000-0000-4000-8000-000000009901" } },
      path: "/options/focalPointDefaults/id",
    },
    { options: { directory: { version: () => 1 } }, path: "/options/directory" },
  ])("refuses options $options", ({ options, path }) => {
    expect(paths(fromVcard(fp, options as FromCardOptions))).toContain(path);
  });

  it("refuses an invalid document and another document type", () => {
    const referral = JSON.parse(
      readFileSync(
        join(import.meta.dirname, "../../../../examples/referral/rs-national-referral-safe-house.json"),
        "utf8",
      ),
    );
    expect(toVcard(referral)).toMatchObject({
      ok: false,
      issues: [{ code: "ADAPTER_UNSUPPORTED", path: "/documentType" }],
    });
    expect(codes(toJcard({ ...fullFocalPoint, country: "Slovenia" }))).toContain("ADAPTER_INVALID_DOCUMENT");
  });
});
