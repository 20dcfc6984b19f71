// Walks a document and its field tree together, applying the policy's operation to every leaf and keeping the
// output's structure valid: required fields get stand-ins, array items and optional objects that cannot stay
// valid are removed whole, and nothing outside the schema is copied. While walking it checks the input as the
// validator would (unknown members, required members, array lengths, every leaf value, every skipped subtree), so
// that a valid input needs no separate validation pass; at the first fault it throws INVALID.
import { standIn } from "./fallback.js";
import type { LeafNode, ListNode, ObjectNode } from "./fields.js";
import { applyOperation, DROP, type LeafContext, type LeafOperation, type Outcome } from "./operations.js";
import type { Plan } from "./plan.js";

/** Thrown by the walk at the first fault of the input; the caller asks the validator for the issues. */
export const INVALID: unique symbol = Symbol("invalid");

/** The policy as the walker sees it, and what it records. */
export interface WalkState {
  /** Whether to check the input (off only for an input the validator has accepted). */
  readonly checking: boolean;
  /** The policy's plan for the document's type. */
  readonly plan: Plan;
  readonly leaf: LeafContext;
  /** How many leaves each operation was applied to, by index in `operations`. */
  readonly counts: number[];
  /** Input pointers of removed values (leaves, or whole items and objects). */
  readonly dropped: string[];
  /** Output pointers of required fields whose value is a stand-in. */
  readonly placeholders: string[];
  /** Output pointers of required fields kept (generalised where possible) because no stand-in fits. */
  readonly retained: string[];
  /** Age bands derived from removed birth dates, by output pointer. */
  readonly ageBands: [string, string][];
  /** Reference tokens of the container being walked, in the input and in the output (where items were removed,
   * indexes differ); pointers are built from them only when something is recorded. */
  readonly inPath: (string | number)[];
  readonly outPath: (string | number)[];
  /** The member being processed, for records made by operations. */
  key: string | number;
}

const escapeToken = (t: string | number) =>
  typeof t === "number" || (!t.includes("~") && !t.includes("/"))
    ? t
    : t.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The JSON Pointer of a path of reference tokens, or of member `key` under it.
 * @example
 * pointerOf(["person", "identityDocuments", 0], "number"); // "/person/identityDocuments/0/number"
 */
export function pointerOf(path: readonly (string | number)[], key?: string | number): string {
  let p = "";
  for (const t of path) p += `/${escapeToken(t)}`;
  return key === undefined ? p : `${p}/${escapeToken(key)}`;
}

type Json = Record<string, unknown>;

/** Stops the walk when checking and `ok` is false. */
function expect(ok: boolean, s: WalkState): void {
  if (!ok && s.checking) throw INVALID;
}

// A removed object or array takes the records made inside it along: the walk notes the lengths before it.
function rollback(s: WalkState, dropped: number, placeholders: number, retained: number, ageBands: number) {
  s.dropped.length = dropped;
  s.placeholders.length = placeholders;
  s.retained.length = retained;
  s.ageBands.length = ageBands;
}

function walkLeaf(v: unknown, leaf: LeafNode, key: string | number, s: WalkState): Outcome {
  expect(leaf.check(v), s);
  const op = s.plan.ops[leaf.slot] as number;
  s.counts[op] = (s.counts[op] as number) + 1;
  s.key = key;
  return (s.plan.apply[leaf.slot] as LeafOperation)(v, s.leaf);
}

/** The value of a required leaf (member `key` of the current container) whose operation removed it. */
function requiredLeaf(v: unknown, leaf: LeafNode, key: string, droppable: boolean, s: WalkState): Outcome {
  const stand = standIn(leaf);
  if (stand !== DROP) {
    s.placeholders.push(pointerOf(s.outPath, key));
    return stand;
  }
  if (droppable) return DROP;
  // Nothing fits and the container must stay: keep the value, as coarse as `generalise` makes it.
  s.retained.push(pointerOf(s.outPath, key));
  const coarse = applyOperation("generalise", v, leaf, s.leaf);
  return coarse === DROP ? v : coarse;
}

function walkObject(v: Json, node: ObjectNode, optional: boolean, droppable: boolean, s: WalkState): Outcome {
  const out: Json = {};
  let present = 0;
  let kept = 0;
  let required = 0;
  let gone = false; // a required member was removed: the object goes, the rest of it is only checked
  const last = node.lastOrder;
  let at = 0;
  // `for...in`, as the validator's code: the same keys are seen.
  for (const key in v) {
    let member = last.keys[at] === key ? last.members[at] : undefined;
    if (member === undefined) {
      member = node.members.get(key);
      if (member !== undefined && at < node.members.size) {
        last.keys[at] = key;
        last.members[at] = member;
      }
    }
    at++;
    if (member === undefined) {
      expect(false, s); // closed objects
      continue;
    }
    const value = v[key];
    if (value === undefined) continue;
    if (member.required) required++;
    if (gone) {
      expect(member.node.check(value), s);
      continue;
    }
    present++;
    let r: Outcome;
    if (member.node.kind === "leaf") {
      r = walkLeaf(value, member.node, key, s);
      if (r === DROP) {
        s.dropped.push(pointerOf(s.inPath, key));
        if (member.required) {
          r = requiredLeaf(value, member.node, key, droppable, s);
          gone = r === DROP;
        }
      }
    } else {
      const d = s.dropped.length;
      const p = s.placeholders.length;
      const t = s.retained.length;
      const a = s.ageBands.length;
      s.inPath.push(key);
      s.outPath.push(key);
      r = walkNode(value, member.node, !member.required, !member.required || droppable, s);
      if (r === DROP) {
        rollback(s, d, p, t, a);
        s.dropped.push(pointerOf(s.inPath));
        gone = member.required;
      }
      s.inPath.pop();
      s.outPath.pop();
    }
    if (r !== DROP) {
      out[key] = r;
      kept++;
    }
  }
  expect(required === node.requiredCount, s);
  if (gone) return DROP;
  // An optional object left empty says only that something was there: remove it.
  if (present > 0 && kept === 0 && optional) return DROP;
  return out;
}

function walkList(
  v: readonly unknown[],
  node: ListNode,
  optional: boolean,
  droppable: boolean,
  s: WalkState,
) {
  expect(v.length >= node.minItems && v.length <= node.maxItems, s);
  const out: unknown[] = [];
  const item = node.item;
  const itemDroppable = node.acceptsEmpty || droppable;
  for (let i = 0; i < v.length; i++) {
    const d = s.dropped.length;
    const p = s.placeholders.length;
    const t = s.retained.length;
    const a = s.ageBands.length;
    let r: Outcome;
    // Array items are objects in every document type; a leaf item is walked as a member of the array.
    if (item.kind === "leaf") {
      r = walkLeaf(v[i], item, i, s);
      if (r === DROP) s.dropped.push(pointerOf(s.inPath, i));
    } else {
      s.inPath.push(i);
      s.outPath.push(out.length);
      r = walkNode(v[i], item, false, itemDroppable, s);
      if (r === DROP) {
        rollback(s, d, p, t, a);
        s.dropped.push(pointerOf(s.inPath));
      }
      s.inPath.pop();
      s.outPath.pop();
    }
    if (r !== DROP) out.push(r);
  }
  // Absent says "not recorded"; an empty array would say "none".
  if (out.length === 0 && v.length > 0 && (optional || (!node.acceptsEmpty && droppable))) return DROP;
  return out;
}

/** Walks an object or array node at the current path; DROP when the value does not appear in the output. */
function walkNode(
  v: unknown,
  node: ObjectNode | ListNode,
  optional: boolean,
  droppable: boolean,
  s: WalkState,
): Outcome {
  if (droppable && s.plan.dropsWhole[node.slot] === true) {
    expect(node.check(v), s);
    return DROP;
  }
  if (node.kind === "object") {
    const isObject = typeof v === "object" && v !== null && !Array.isArray(v);
    expect(isObject, s);
    return isObject ? walkObject(v as Json, node, optional, droppable, s) : DROP;
  }
  expect(Array.isArray(v), s);
  return Array.isArray(v) ? walkList(v, node, optional, droppable, s) : DROP;
}

/**
 * Walks a whole document from its root object.
 * @example
 * const out = walkDocument(doc, fieldTree("victimProfile"), state);
 */
export function walkDocument(doc: Json, tree: ObjectNode, s: WalkState): Json {
  const out = walkObject(doc, tree, false, false, s);
  return out === DROP ? {} : (out as Json);
}
