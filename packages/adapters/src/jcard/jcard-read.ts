// Reads untrusted JSON as jCard (RFC 7095 section 3): one jCard object `["vcard", [properties]]`, or an array
// of them (a directory). Every structural fault becomes an issue at its JSON Pointer; nothing here throws.
import { issue } from "../internal/result.js";
import type { AdapterIssue } from "../result.js";
import type { Jcard } from "./types.js";

const TOKEN = /^[A-Za-z0-9-]+$/;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isComponent = (c: unknown) =>
  typeof c === "string" || (Array.isArray(c) && c.every((s) => typeof s === "string"));
const isValue = (v: unknown) =>
  typeof v === "string" ||
  typeof v === "boolean" ||
  (typeof v === "number" && Number.isFinite(v)) ||
  (Array.isArray(v) && v.every(isComponent));

function checkProperty(p: unknown, at: string, index: number, issues: AdapterIssue[]): void {
  if (!Array.isArray(p) || p.length < 4) {
    issues.push(
      issue(
        "ADAPTER_WRONG_TYPE",
        at,
        "expected a jCard property: [name, parameters, type, value, ...] (RFC 7095 section 3.3)",
      ),
    );
    return;
  }
  const [name, params, type, ...values] = p as unknown[];
  if (typeof name !== "string" || !TOKEN.test(name))
    issues.push(
      issue("ADAPTER_WRONG_TYPE", `${at}/0`, "expected a property name of letters, digits and hyphens"),
    );
  else if (/^(begin|end)$/i.test(name))
    issues.push(
      issue("ADAPTER_SYNTAX", `${at}/0`, "BEGIN and END are not jCard properties (RFC 7095 section 3.2)"),
    );
  else if (index === 0 && name.toLowerCase() !== "version")
    issues.push(
      issue(
        "ADAPTER_SYNTAX",
        `${at}/0`,
        "the first property of a jCard must be version (RFC 7095 section 3.3.1.1)",
      ),
    );
  if (!isObject(params))
    issues.push(issue("ADAPTER_WRONG_TYPE", `${at}/1`, "expected an object of parameters"));
  else
    for (const [key, v] of Object.entries(params)) {
      const ok =
        typeof v === "string" || (Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === "string"));
      if (!TOKEN.test(key) || !ok)
        issues.push(
          issue(
            "ADAPTER_WRONG_TYPE",
            `${at}/1/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
            "expected a parameter name of letters, digits and hyphens with a string or a non-empty array of strings (RFC 7095 section 3.4)",
          ),
        );
    }
  if (typeof type !== "string" || !TOKEN.test(type))
    issues.push(
      issue(
        "ADAPTER_WRONG_TYPE",
        `${at}/2`,
        "expected a value type name such as text or uri (RFC 7095 section 3.5)",
      ),
    );
  values.forEach((v, k) => {
    if (!isValue(v))
      issues.push(
        issue(
          "ADAPTER_WRONG_TYPE",
          `${at}/${k + 3}`,
          "expected a string, number, boolean or array of structured components (RFC 7095 section 3.3)",
        ),
      );
  });
}

function checkCard(card: unknown, at: string, issues: AdapterIssue[]): void {
  if (!Array.isArray(card) || card.length !== 2 || card[0] !== "vcard" || !Array.isArray(card[1])) {
    issues.push(
      issue("ADAPTER_SYNTAX", at, 'expected a jCard object: ["vcard", [properties]] (RFC 7095 section 3.2)'),
    );
    return;
  }
  // Array.from fills holes of sparse arrays with undefined, which the checks then refuse.
  const props = Array.from(card[1] as unknown[]);
  if (props.length === 0)
    issues.push(issue("ADAPTER_MISSING", `${at}/1`, "a jCard needs at least the version property"));
  props.forEach((p, j) => {
    checkProperty(p, `${at}/1/${j}`, j, issues);
  });
}

/** Checks that the input is a jCard object or an array of jCard objects, and returns the cards with their paths. */
export function readJcard(
  input: unknown,
):
  | { ok: true; cards: { jcard: Jcard; at: string }[]; many: boolean }
  | { ok: false; issues: AdapterIssue[] } {
  const issues: AdapterIssue[] = [];
  if (!Array.isArray(input) || input.length === 0)
    return {
      ok: false,
      issues: [
        issue(
          "ADAPTER_WRONG_TYPE",
          "",
          "expected a jCard array or an array of jCard arrays (RFC 7095 section 3.2)",
        ),
      ],
    };
  const many = input[0] !== "vcard";
  const entries = many
    ? Array.from(input, (card: unknown, i) => ({ card, at: `/${i}` }))
    : [{ card: input, at: "" }];
  for (const { card, at } of entries) {
    checkCard(card, at, issues);
    if (issues.length >= 20) break;
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, cards: entries.map(({ card, at }) => ({ jcard: card as Jcard, at })), many };
}
