// vCard text to jCard (RFC 7095 section 3): unfold, split content lines, pair BEGIN and END, check that VERSION
// comes right after BEGIN (RFC 6350 section 3.3) and convert every value to its jCard type.
import { issue } from "../../internal/result.js";
import type { AdapterIssue } from "../../result.js";
import { knownProperty } from "../mapping/registry.js";
import type { Jcard, JcardParams, JcardProperty } from "../types.js";
import { type ContentLine, parseContentLine } from "./content-line.js";
import { unfold } from "./fold.js";
import { parseValues } from "./values.js";

/** A card read from text: its jCard and, per property, the line it starts on. */
export interface TextCard {
  readonly jcard: Jcard;
  readonly lines: readonly number[];
  readonly beginLine: number;
}

/** Most syntax issues reported for one text; the rest would only repeat the cause. */
const MAX_ISSUES = 20;

function toProperty(line: ContentLine): JcardProperty {
  const params: Record<string, string | string[]> = {};
  let type: string | undefined;
  for (const [name, values] of line.params) {
    if (name === "VALUE") type = (values[0] ?? "").toLowerCase();
    else {
      const key = name.toLowerCase();
      const all = [...(params[key] === undefined ? [] : [params[key]].flat()), ...values];
      params[key] = all.length === 1 ? (all[0] ?? "") : all;
    }
  }
  // A property group travels as the `group` parameter of jCard (RFC 7095 section 3.3.1).
  if (line.group !== undefined) params.group = line.group;
  const known = knownProperty(line.name);
  const t = type ?? known.type;
  return [line.name.toLowerCase(), params as JcardParams, t, ...parseValues(line.value, t, known.shape)];
}

/** Parses vCard 4.0 text into jCard objects, or returns issues at `/lines/<n>` (1-based physical lines). */
export function parseVcardText(
  text: string,
): { ok: true; cards: TextCard[] } | { ok: false; issues: AdapterIssue[] } {
  const unfolded = unfold(text.startsWith("\ufeff") ? text.slice(1) : text);
  if (!unfolded.ok)
    return { ok: false, issues: [issue("ADAPTER_SYNTAX", `/lines/${unfolded.line}`, unfolded.message)] };
  const issues: AdapterIssue[] = [];
  const cards: TextCard[] = [];
  let open: { props: JcardProperty[]; lines: number[]; beginLine: number } | undefined;
  const fail = (line: number, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push(issue("ADAPTER_SYNTAX", `/lines/${line}`, message));
  };
  for (const { text: raw, line } of unfolded.lines) {
    const parsed = parseContentLine(raw);
    if (typeof parsed === "string") {
      fail(line, parsed);
      continue;
    }
    const isVcard = parsed.value.trim().toUpperCase() === "VCARD";
    if (parsed.name === "BEGIN") {
      if (!isVcard) fail(line, "BEGIN must have the value VCARD (RFC 6350 section 6.1.1)");
      else if (open)
        fail(line, "BEGIN:VCARD inside a card: nested cards are not read (RFC 6350 section 6.1.1)");
      else open = { props: [], lines: [], beginLine: line };
    } else if (parsed.name === "END") {
      if (!isVcard || !open)
        fail(line, "END:VCARD must close a card opened by BEGIN:VCARD (RFC 6350 section 6.1.2)");
      else {
        cards.push({ jcard: ["vcard", open.props], lines: open.lines, beginLine: open.beginLine });
        open = undefined;
      }
    } else if (!open) fail(line, "a property outside BEGIN:VCARD and END:VCARD");
    else if (open.props.length === 0 && parsed.name !== "VERSION")
      fail(line, "VERSION must come right after BEGIN:VCARD (RFC 6350 section 3.3)");
    else {
      open.props.push(toProperty(parsed));
      open.lines.push(line);
    }
  }
  if (open) fail(open.beginLine, "BEGIN:VCARD has no matching END:VCARD (RFC 6350 section 6.1.2)");
  if (issues.length === 0 && cards.length === 0)
    fail(1, "the text holds no vCard (BEGIN:VCARD ... END:VCARD)");
  return issues.length > 0 ? { ok: false, issues } : { ok: true, cards };
}
