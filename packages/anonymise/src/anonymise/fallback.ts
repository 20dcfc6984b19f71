// What a REQUIRED field gets when its operation removes the value, so that outputs keep their document type's
// structure. The order is the rule documented in docs/privacy.md ("Required fields").
import type { LeafNode } from "./fields.js";
import { DROP, type Outcome } from "./operations.js";

/**
 * The stand-in of a required free-text or name field.
 * @example
 * out.recommendation.rationale === WITHHELD; // the rationale was removed
 */
export const WITHHELD = "[WITHHELD]";
/**
 * The nil UUID (RFC 9562), the stand-in of a required identifier.
 * @example
 * out.id === NIL_UUID; // identifiers were dropped (statistics)
 */
export const NIL_UUID = "00000000-0000-0000-0000-000000000000";

// Required codes whose codelist has no `unknown`: the code that asserts least. Decided field by field.
const NEUTRAL_CODES: Readonly<Record<string, string>> = {
  "/assistance/cooperationWithAuthorities": "notAsked",
};

function neutral(leaf: LeafNode): string | undefined {
  for (const [suffix, code] of Object.entries(NEUTRAL_CODES))
    if (leaf.template.endsWith(suffix) && leaf.codes?.includes(code)) return code;
  return undefined;
}

/**
 * The stand-in of a required leaf whose value was removed: an empty array, the codelist's `unknown`, a neutral
 * code, the nil UUID or `[WITHHELD]`, whichever the field accepts first; DROP when none fits (the walker then
 * removes the enclosing array item or optional object, or keeps the value generalised where it cannot).
 * @example
 * standIn(needsLeaf); // []
 */
export function standIn(leaf: LeafNode): Outcome {
  let stand = standIns.get(leaf);
  if (stand === undefined) {
    stand = firstAccepted(leaf);
    standIns.set(leaf, stand);
  }
  // A fresh array each time: outputs never share mutable values.
  return Array.isArray(stand) ? [...stand] : stand;
}

const standIns = new WeakMap<LeafNode, Outcome>();

function firstAccepted(leaf: LeafNode): Outcome {
  const candidates: unknown[] = [];
  if (leaf.array) candidates.push([]);
  if (leaf.codes?.includes("unknown")) candidates.push(leaf.array ? ["unknown"] : "unknown");
  const code = neutral(leaf);
  if (code !== undefined) candidates.push(leaf.array ? [code] : code);
  if (leaf.value === "uuid") candidates.push(leaf.array ? [NIL_UUID] : NIL_UUID);
  if (leaf.value === "string") candidates.push(leaf.array ? [WITHHELD] : WITHHELD);
  for (const c of candidates) if (leaf.accepts(c)) return c;
  return DROP;
}
