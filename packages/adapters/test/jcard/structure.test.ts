import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { toJcard, toVcard } from "../../src/jcard/index.js";
import { allExamples, fullFocalPoint, vcardTextFaults } from "./support.js";

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "jcard.schema.json"), "utf8"));
const validateJcard = new Ajv2020.default({ allErrors: true, strict: true, strictTuples: false }).compile(
  schema,
);

const cases = [...allExamples, { name: "full focal point fixture", doc: fullFocalPoint }];

describe("jCard output follows RFC 7095 section 3 (JSON Schema, Ajv)", () => {
  it.each(cases)("$name", ({ doc }) => {
    const r = toJcard(doc);
    if (!r.ok) throw new Error("conversion failed");
    expect(validateJcard(r.value), JSON.stringify(validateJcard.errors)).toBe(true);
  });

  it.each([
    { given: ["vcard", []], why: "no version" },
    { given: ["vcard", [["fn", {}, "text", "x"]]], why: "version not first" },
    {
      given: [
        "vcard",
        [
          ["version", {}, "text", "4.0"],
          ["FN", {}, "text", "x"],
        ],
      ],
      why: "upper-case name",
    },
    {
      given: [
        "vcard",
        [
          ["version", {}, "text", "4.0"],
          ["fn", { value: "text" }, "text", "x"],
        ],
      ],
      why: "VALUE as a parameter",
    },
    {
      given: [
        "vcard",
        [
          ["version", {}, "text", "4.0"],
          ["begin", {}, "text", "vcard"],
        ],
      ],
      why: "BEGIN as a property",
    },
    {
      given: [
        "vcard",
        [
          ["version", {}, "text", "4.0"],
          ["rev", {}, "timestamp", "20260101T000000Z"],
        ],
      ],
      why: "basic-format timestamp",
    },
    {
      given: [
        "vcard",
        [
          ["version", {}, "text", "4.0"],
          ["x-a", {}, "boolean", "TRUE"],
        ],
      ],
      why: "boolean as text",
    },
    {
      given: [
        "vcard",
        [
          ["version", {}, "text", "4.0"],
          ["fn", {}, "text"],
        ],
      ],
      why: "property without a value",
    },
  ])("the schema refuses $why", ({ given }) => {
    expect(validateJcard(given)).toBe(false);
  });
});

describe("vCard output follows RFC 6350 (CRLF, 75 octets, BEGIN/END, VERSION, FN)", () => {
  it.each(cases)("$name", ({ doc }) => {
    const r = toVcard(doc);
    if (!r.ok) throw new Error("conversion failed");
    expect(vcardTextFaults(r.value)).toEqual([]);
  });

  it.each([
    { given: "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\nEND:VCARD", fault: /end with CRLF/ },
    { given: "BEGIN:VCARD\nVERSION:4.0\r\nFN:x\r\nEND:VCARD\r\n", fault: /CRLF/ },
    { given: `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:${"x".repeat(73)}\r\nEND:VCARD\r\n`, fault: /75 octets/ },
    { given: "BEGIN:VCARD\r\nFN:x\r\nVERSION:4.0\r\nEND:VCARD\r\n", fault: /VERSION:4.0 must follow/ },
    { given: "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\n", fault: /not closed/ },
    { given: "BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:x\r\nEND:VCARD\r\n", fault: /no FN/ },
  ])("the checker finds $fault", ({ given, fault }) => {
    expect(vcardTextFaults(given).join("\n")).toMatch(fault);
  });
});
