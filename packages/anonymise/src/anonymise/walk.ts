// Walks a document and its field tree together, applying the policy's operation to every leaf and keeping the
// output's structure valid: required fields get stand-ins, array items and optional objects that cannot stay
// valid are removed whole, and nothing outside the schema is copied.
import { standIn } from "./fallback.js";
import type { FieldNode, LeafNode, ListNode, ObjectNode } from "./fields.js";
import { applyOperation, DROP, type LeafContext, type Outcome } from "./operations.js";
import type { Operation } from "./policy.js";

/** Where a node sits: its tokens (pointers are built only when something is recorded), and whether it may go. */
export interface Place {
  readonly parent: Place | null;
  readonly inToken: string;
  readonly outToken: string;
  /** The member may be absent. */
  readonly optional: boolean;
  /** The node may be removed, alone or with its container. */
  readonly droppable: boolean;
}

/** The policy as the walker sees it, and what it records. */
export interface WalkState {
  readonly opOf: (leaf: LeafNode) => Operation;
  /** Whether a pointer rule drops this object or array as a whole. */
  readonly dropsWhole: (node: FieldNode) => boolean;
  readonly leaf: LeafContext;
  readonly counts: Record<Operation, number>;
  /** Input pointers of removed values (leaves, or whole items and objects). */
  readonly dropped: string[];
  /** Output pointers of required fields whose value is a stand-in. */
  readonly placeholders: string[];
  /** Output pointers of required fields kept (generalised where possible) because no stand-in fits. */
  readonly retained: string[];
  /** Age bands derived from removed birth dates, by output pointer. */
  readonly ageBands: [string, string][];
  /** The leaf being processed (its container and member name), for records made by operations. */
  current: { at: Place; key: string };
}

const escapeToken = (t: string) =>
  t.includes("~") || t.includes("/") ? t.replace(/~/g, "~0").replace(/\//g, "~1") : t;

/** The JSON Pointer of a place, or of member `key` of it, in the input or the output. */
export function pointerOf(at: Place, side: "in" | "out", key?: string): string {
  let p = key === undefined ? "" : `/${escapeToken(key)}`;
  for (let q: Place | null = at; q?.parent; q = q.parent)
    p = `/${escapeToken(side === "in" ? q.inToken : q.outToken)}${p}`;
  return p;
}

type Json = Record<string, unknown>;
type Mark = readonly [number, number, number, number];
const mark = (s: WalkState): Mark => [
  s.dropped.length,
  s.placeholders.length,
  s.retained.length,
  s.ageBands.length,
];
function rollback(s: WalkState, m: Mark): void {
  s.dropped.length = m[0];
  s.placeholders.length = m[1];
  s.retained.length = m[2];
  s.ageBands.length = m[3];
}

function walkLeaf(v: unknown, leaf: LeafNode, at: Place, key: string, s: WalkState): Outcome {
  const op = s.opOf(leaf);
  s.counts[op]++;
  s.current.at = at;
  s.current.key = key;
  return applyOperation(op, v, leaf, s.leaf);
}

/** The value of a required leaf (member `key` of `at`) whose operation removed it. */
function requiredLeaf(v: unknown, leaf: LeafNode, at: Place, key: string, s: WalkState): Outcome {
  const stand = standIn(leaf);
  if (stand !== DROP) {
    s.placeholders.push(pointerOf(at, "out", key));
    return stand;
  }
  if (at.droppable) return DROP;
  // Nothing fits and the container must stay: keep the value, as coarse as `generalise` makes it.
  s.retained.push(pointerOf(at, "out", key));
  const coarse = applyOperation("generalise", v, leaf, s.leaf);
  return coarse === DROP ? v : coarse;
}

function walkObject(v: Json, node: ObjectNode, at: Place, s: WalkState): Outcome {
  const out: Json = {};
  let present = 0;
  let kept = 0;
  for (const key of Object.keys(v)) {
    const member = node.members.get(key);
    if (member === undefined) continue; // closed objects: validated input has no such member
    const value = v[key];
    present++;
    let r: Outcome;
    if (member.node.kind === "leaf") {
      r = walkLeaf(value, member.node, at, key, s);
      if (r === DROP) {
        s.dropped.push(pointerOf(at, "in", key));
        if (member.required) {
          r = requiredLeaf(value, member.node, at, key, s);
          if (r === DROP) return DROP;
        }
      }
    } else {
      const droppable = !member.required || at.droppable;
      const child: Place = { parent: at, inToken: key, outToken: key, optional: !member.required, droppable };
      // A removed object or array takes the records made inside it along.
      const m = mark(s);
      r = walkNode(value, member.node, child, s);
      if (r === DROP) {
        rollback(s, m);
        s.dropped.push(pointerOf(child, "in"));
        if (member.required) return DROP;
      }
    }
    if (r !== DROP) {
      out[key] = r;
      kept++;
    }
  }
  // An optional object left empty says only that something was there: remove it.
  if (present > 0 && kept === 0 && at.optional) return DROP;
  return out;
}

function walkList(v: readonly unknown[], node: ListNode, at: Place, s: WalkState): Outcome {
  const out: unknown[] = [];
  const droppable = node.acceptsEmpty || at.droppable;
  for (let i = 0; i < v.length; i++) {
    const m = mark(s);
    const place: Place = {
      parent: at,
      inToken: String(i),
      outToken: String(out.length),
      optional: false,
      droppable,
    };
    const r = walkNode(v[i], node.item, place, s);
    if (r === DROP) {
      rollback(s, m);
      s.dropped.push(pointerOf(place, "in"));
    } else out.push(r);
  }
  // Absent says "not recorded"; an empty array would say "none".
  if (out.length === 0 && v.length > 0 && (at.optional || (!node.acceptsEmpty && at.droppable))) return DROP;
  return out;
}

/** Walks an object or array node; DROP when the value does not appear in the output. */
function walkNode(v: unknown, node: ObjectNode | ListNode | LeafNode, at: Place, s: WalkState): Outcome {
  if (at.droppable && s.dropsWhole(node)) return DROP;
  if (node.kind === "object")
    return typeof v === "object" && v !== null && !Array.isArray(v)
      ? walkObject(v as Json, node, at, s)
      : DROP;
  if (node.kind === "list") return Array.isArray(v) ? walkList(v, node, at, s) : DROP;
  // Array items are objects in every document type; a leaf item would be a schema change.
  return walkLeaf(v, node, at.parent ?? at, at.inToken, s);
}

/** The root place of a document. */
export const ROOT: Place = { parent: null, inToken: "", outToken: "", optional: false, droppable: false };

/**
 * Walks a whole document from its root object.
 * @example
 * const out = walkDocument(doc, fieldTree("victimProfile"), state);
 */
export function walkDocument(doc: Json, tree: ObjectNode, s: WalkState): Json {
  const out = walkObject(doc, tree, ROOT, s);
  return out === DROP ? {} : (out as Json);
}
