// Default value types and value layouts of the properties this adapter knows: those of RFC 6350 section 6,
// CREATED of RFC 9554, and the X-OPENTRM-* properties of the mapping tables. vCard text omits VALUE when the
// type is the default (RFC 6350 section 5.2); an unknown property's value is kept as text of type `unknown`
// (RFC 7095 section 5).
import type { ValueShape } from "../text/values.js";
import { codecs } from "./codecs.js";
import { directoryRows, focalPointRows, type PropertyRow } from "./rows.js";

/** The default value type and layout of a known property. */
export interface KnownProperty {
  readonly type: string;
  readonly shape: ValueShape;
}

// biome-ignore format: table rows stay one per line
const rfc6350: Readonly<Record<string, readonly [type: string, shape: ValueShape]>> = {
  SOURCE: ["uri", "single"], KIND: ["text", "single"], XML: ["text", "single"], FN: ["text", "single"],
  N: ["text", "structured"], NICKNAME: ["text", "multi"], PHOTO: ["uri", "single"], BDAY: ["date-and-or-time", "single"],
  ANNIVERSARY: ["date-and-or-time", "single"], GENDER: ["text", "structured"], ADR: ["text", "structured"],
  TEL: ["text", "single"], EMAIL: ["text", "single"], IMPP: ["uri", "single"], LANG: ["language-tag", "single"],
  TZ: ["text", "single"], GEO: ["uri", "single"], TITLE: ["text", "single"], ROLE: ["text", "single"],
  LOGO: ["uri", "single"], ORG: ["text", "structured"], MEMBER: ["uri", "single"], RELATED: ["uri", "single"],
  CATEGORIES: ["text", "multi"], NOTE: ["text", "single"], PRODID: ["text", "single"], REV: ["timestamp", "single"],
  SOUND: ["uri", "single"], UID: ["uri", "single"], CLIENTPIDMAP: ["text", "structured"], URL: ["uri", "single"],
  VERSION: ["text", "single"], KEY: ["uri", "single"], FBURL: ["uri", "single"], CALADRURI: ["uri", "single"],
  CALURI: ["uri", "single"], CREATED: ["timestamp", "single"],
};

function fromRow(row: PropertyRow): KnownProperty {
  switch (row.form) {
    case "scalar":
    case "repeat":
      return { type: codecs[row.codec].type, shape: "single" };
    case "list":
      return { type: codecs[row.codec].type, shape: "multi" };
    case "objects":
    case "object":
      return "components" in row.value
        ? { type: "text", shape: "structured" }
        : { type: codecs[row.value.codec].type, shape: "single" };
  }
}

const known = new Map<string, KnownProperty>(
  Object.entries(rfc6350).map(([name, [type, shape]]) => [name, { type, shape }]),
);
for (const row of [...focalPointRows, ...directoryRows])
  if (row.property.startsWith("X-")) known.set(row.property, fromRow(row));

/** The default type and layout of a property (upper-case name); unknown properties are `unknown` text. */
export function knownProperty(name: string): KnownProperty {
  return known.get(name) ?? { type: "unknown", shape: "single" };
}
