import type { DocumentTypeName } from "@open-trm/schema/data";
import { createValidator, type Issue } from "@open-trm/validator";
import { dateShiftDays } from "./dates.js";
import { updateDisclosure } from "./disclosure.js";
import { type FieldNode, fieldTree, type LeafNode } from "./fields.js";
import { keyBytes, keyFingerprint } from "./key.js";
import { knownValues } from "./known.js";
import { type AnonymiseOptions, checkKeyId, resolvePolicy } from "./options.js";
import type { Operation, Policy } from "./policy.js";
import { memoise, pseudonymise } from "./pseudonymise.js";
import type { KnownValue } from "./redact.js";
import { ruleFor } from "./templates.js";
import { pointerOf, ROOT, type WalkState, walkDocument } from "./walk.js";

/**
 * The namespace under `extensions` where every output records how it was made.
 * @example
 * const { policy, keyId } = out.extensions[ANONYMISATION_NAMESPACE];
 */
export const ANONYMISATION_NAMESPACE = "org.open-trm.anonymisation";

/**
 * What one call did: policy, key id, how often each operation ran, and what was removed or stood in.
 * @example
 * if (r.ok) console.error(`${r.report.dropped.length} values dropped under ${r.report.policy}`);
 */
export interface AnonymiseReport {
  readonly policy: string;
  readonly keyId: string;
  /** Leaf values each operation was applied to (a leaf array counts once). */
  readonly operations: Readonly<Record<Operation, number>>;
  /** JSON Pointers, in the input, of every value that is not in the output (leaves, or whole items and objects). */
  readonly dropped: readonly string[];
  /** JSON Pointers, in the output, of required fields holding a stand-in (`[]`, `unknown`, `[WITHHELD]` ...). */
  readonly placeholders: readonly string[];
  /** JSON Pointers, in the output, of required fields kept (generalised) because no stand-in fits. */
  readonly retained: readonly string[];
}

/**
 * The result of anonymising one document: the output and its report, or the input's validation issues.
 * @example
 * const r: AnonymiseResult = anonymise(doc, { policy: "statistics", key });
 * const out = r.ok ? r.value : undefined;
 */
export type AnonymiseResult =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly report: AnonymiseReport }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * An anonymiser with its key and policy checked once, for many documents.
 * @example
 * const a: Anonymiser = createAnonymiser({ policy: "research", key });
 * console.error(`policy ${a.policy}, key ${a.keyId}`);
 */
export interface Anonymiser {
  /** The policy's name. */
  readonly policy: string;
  /** The key id recorded in outputs. */
  readonly keyId: string;
  /** Anonymises one document; an invalid input gives its validation issues and no output. */
  anonymise(doc: unknown): AnonymiseResult;
}

// The person a document is about: dates of one subject shift together in every document about them.
const SUBJECT: Readonly<Record<DocumentTypeName, string>> = {
  victimProfile: "id",
  referral: "caseRef",
  consent: "subjectRef",
  bestInterestsAssessment: "childRef",
  focalPoint: "id",
  focalPointDirectory: "id",
};
// The operation of each leaf under each policy, worked out once.
const planned = new WeakMap<Policy, (leaf: LeafNode) => Operation>();
function operationsOf(policy: Policy): (leaf: LeafNode) => Operation {
  let opOf = planned.get(policy);
  if (!opOf) {
    const ops = new Map<LeafNode, Operation>();
    const pointers = policy.pointers ?? {};
    opOf = (leaf) => {
      let op = ops.get(leaf);
      if (op === undefined) {
        op = ruleFor(pointers, leaf.template) ?? policy.classes[leaf.sensitivity];
        ops.set(leaf, op);
      }
      return op;
    };
    planned.set(policy, opOf);
  }
  return opOf;
}
const zeroCounts = (): Record<Operation, number> => ({
  keep: 0,
  drop: 0,
  pseudonymise: 0,
  generalise: 0,
  dateShift: 0,
  redact: 0,
});

/**
 * Checks the key and policy once (throwing `AnonymiseError` for a missing or short key or an invalid policy) and
 * returns an anonymiser for any number of documents; one anonymiser gives linked pseudonyms across documents.
 * @example
 * const a = createAnonymiser({ policy: "share-minimum", key: readFileSync("trm.key") });
 * const r = a.anonymise(doc);
 * if (r.ok) console.log(JSON.stringify(r.value));
 */
export function createAnonymiser(options: AnonymiseOptions): Anonymiser {
  const key = keyBytes(options.key);
  const policy = resolvePolicy(options.policy);
  const keyId = options.keyId === undefined ? keyFingerprint(key) : checkKeyId(options.keyId);
  const validator = createValidator({ rules: false });
  const opOf = operationsOf(policy);
  const pointers = policy.pointers ?? {};
  const wholeDrops = new Set(Object.keys(pointers).filter((t) => pointers[t] === "drop"));
  const dropsWhole = wholeDrops.size === 0 ? () => false : (node: FieldNode) => wholeDrops.has(node.template);
  const pseudonym = memoise((v) => pseudonymise(v, key));
  const maxDays = policy.dateShift?.maxDays ?? 30;
  const offset = memoise((subject) => String(dateShiftDays(key, subject, maxDays)));
  const meta = {
    policy: policy.name,
    keyId,
    ...(options.anonymisedAt ? { anonymisedAt: options.anonymisedAt.toISOString() } : {}),
  };

  function anonymise(doc: unknown): AnonymiseResult {
    const checked = validator.validate(doc);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    const input = doc as Record<string, unknown>;
    const type = input.documentType as DocumentTypeName;
    const tree = fieldTree(type);
    let shift: number | undefined;
    let known: readonly KnownValue[] | undefined;
    const state: WalkState = {
      opOf,
      dropsWhole,
      leaf: {
        pseudonym,
        dates: policy.generalise?.dates ?? "yearMonth",
        birthDate: policy.generalise?.birthDate ?? "year",
        at: String(input.createdAt),
        shiftDays: () => {
          shift ??= Number(offset(String(input[SUBJECT[type]])));
          return shift;
        },
        known: () => {
          known ??= knownValues(input, tree);
          return known;
        },
        ageBand: (band) => state.ageBands.push([pointerOf(state.current.at, "out", state.current.key), band]),
      },
      counts: zeroCounts(),
      dropped: [],
      placeholders: [],
      retained: [],
      ageBands: [],
      current: { at: ROOT, key: "" },
    };
    const value = walkDocument(input, tree, state);
    if (type === "referral") updateDisclosure(value, tree);
    const record = {
      ...meta,
      ...(state.placeholders.length > 0 ? { placeholders: [...state.placeholders] } : {}),
      ...(state.ageBands.length > 0 ? { ageBands: Object.fromEntries(state.ageBands) } : {}),
    };
    const extensions = (value.extensions ?? {}) as Record<string, unknown>;
    value.extensions = { ...extensions, [ANONYMISATION_NAMESPACE]: record };
    const report: AnonymiseReport = {
      policy: policy.name,
      keyId,
      operations: state.counts,
      dropped: state.dropped,
      placeholders: state.placeholders,
      retained: state.retained,
    };
    return { ok: true, value, report };
  }

  return { policy: policy.name, keyId, anonymise };
}

/**
 * Anonymises one valid TRM document with a policy and a secret key.
 * @example
 * const r = anonymise(doc, { policy: "research", key: process.env.TRM_KEY_HEX ?? "" });
 * if (r.ok) send(r.value); else console.error(r.issues);
 */
export function anonymise(doc: unknown, options: AnonymiseOptions): AnonymiseResult {
  return createAnonymiser(options).anonymise(doc);
}

/**
 * Anonymises many documents lazily with one key and policy, so the same identifier gets the same pseudonym in
 * every document; the key and policy are checked before the first document.
 * @example
 * for (const r of anonymiseMany(docs, { policy: "share-minimum", key })) if (r.ok) out.push(r.value);
 */
export function anonymiseMany(
  docs: Iterable<unknown>,
  options: AnonymiseOptions,
): IterableIterator<AnonymiseResult> {
  const anonymiser = createAnonymiser(options);
  function* run(): IterableIterator<AnonymiseResult> {
    for (const doc of docs) yield anonymiser.anonymise(doc);
  }
  return run();
}
