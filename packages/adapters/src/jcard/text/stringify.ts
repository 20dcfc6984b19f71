// jCard to vCard text (RFC 7095 section 4): upper-case names (RECOMMENDED by RFC 6350 section 3.3), VALUE
// only when the type is not the property's default, escaped values, folded lines and CRLF line breaks.
import { knownProperty } from "../mapping/registry.js";
import type { Jcard, JcardProperty } from "../types.js";
import { encodeParamValue } from "./escape.js";
import { foldLine } from "./fold.js";
import { scrub } from "./safe.js";
import { formatValues } from "./values.js";

function contentLine([name, params, type, ...values]: JcardProperty): string {
  const upper = name.toUpperCase();
  const group = params.group;
  let line = typeof group === "string" ? `${group}.${upper}` : upper;
  if (type !== "unknown" && type !== knownProperty(upper).type) line += `;VALUE=${type}`;
  for (const [param, value] of Object.entries(params)) {
    if (param === "group") continue;
    const list: readonly string[] = typeof value === "string" ? [value] : value;
    line += `;${param.toUpperCase()}=${list.map((v) => encodeParamValue(scrub(v))).join(",")}`;
  }
  return `${line}:${scrub(formatValues(values, type))}`;
}

/** Writes jCard objects as one vCard 4.0 text: each card from BEGIN:VCARD to END:VCARD, every line ending in CRLF. */
export function stringifyVcards(cards: readonly Jcard[]): string {
  let out = "";
  for (const [, props] of cards) {
    out += "BEGIN:VCARD\r\n";
    for (const prop of props) out += `${foldLine(contentLine(prop))}\r\n`;
    out += "END:VCARD\r\n";
  }
  return out;
}
