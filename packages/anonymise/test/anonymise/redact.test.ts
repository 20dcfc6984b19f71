import { describe, expect, it } from "vitest";
import { type KnownValue, redact } from "../../src/anonymise/index.js";

const record: KnownValue[] = [
  { value: "Arta", kind: "name" },
  { value: "Shembulli", kind: "name" },
  { value: "Ana-Maria Jovanović", kind: "name" },
  { value: "Li", kind: "name" },
  { value: "TEST000101", kind: "id" },
  { value: "a roadside bar near Kumanovo", kind: "place" },
  { value: "+38970123456", kind: "phone" },
  { value: "arta.s@example.org", kind: "email" },
];

// given text, want text (all synthetic values).
const cases: readonly [string, string][] = [
  ["Arta Shembulli arrived.", "[NAME] [NAME] arrived."],
  ["ARTA and arta and Artă", "[NAME] and [NAME] and [NAME]"],
  ["Spoke to ana-maria jovanovic today", "Spoke to [NAME] today"],
  ["Maria and Jovanović both said so", "[NAME] and [NAME] both said so"],
  ["Li said no; Liam and Lisbon are fine", "[NAME] said no; Liam and Lisbon are fine"],
  ["Kartal and Artan are other words", "Kartal and Artan are other words"],
  ["Found at a roadside bar near Kumanovo.", "Found at [PLACE]."],
  ["Write to arta.s@example.org or help@ngo.example.org", "Write to [EMAIL] or [EMAIL]"],
  ["Call +38970123456 or +389 70 123 456 or +44 (20) 7946-0958", "Call [PHONE] or [PHONE] or [PHONE]"],
  ["Mobile 070 123 456, office (02) 3123-456, 070/123-456", "Mobile [PHONE], office [PHONE], [PHONE]"],
  ["Passport TEST000001 and ID TEST000101 were kept", "Passport [ID] and ID [ID] were kept"],
  ["Card AB1234567, permit MK-123456, number 123456789", "Card [ID], permit [ID], number [ID]"],
  ["IBAN AL35202111090000000001234567 received", "IBAN [IBAN] received"],
  ["IBAN AL35 2021 1109 0000 0000 0123 4567 received", "IBAN [IBAN] received"],
  [
    "Met on 03.04.2021 and 2021-04-03, 3 times, in 2020",
    "Met on 03.04.2021 and 2021-04-03, 3 times, in 2020",
  ],
  ["Nothing to scrub here.", "Nothing to scrub here."],
];

describe("redact", () => {
  it.each(cases)("%j -> %j", (given, want) => {
    expect(redact(given, record)).toBe(want);
  });

  it("scrubs patterns without any record values", () => {
    expect(redact("mail x@y.org, tel +38269123456")).toBe("mail [EMAIL], tel [PHONE]");
  });

  it("leaves no record value anywhere in the result", () => {
    const text = record.map((k) => `${k.value} `).join("and ");
    const out = redact(text, record);
    for (const k of record) expect(out.toLowerCase()).not.toContain(k.value.toLowerCase());
  });
});
