import { type DocumentTypeName, isDocumentTypeName } from "@open-trm/schema/data";
import { createValidator, type Issue, type ValidationResult, type Validator } from "@open-trm/validator";
import { dateShiftWith } from "./dates.js";
import { updateDisclosure } from "./disclosure.js";
import { fieldTree } from "./fields.js";
import { keyBytes, keyFingerprint } from "./key.js";
import { knownValues } from "./known.js";
import { type AnonymiseOptions, checkKeyId, resolvePolicy } from "./options.js";
import { planOf } from "./plan.js";
import type { Operation } from "./policy.js";
import { keyedMac, memoise, pseudonymWith } from "./pseudonymise.js";
import type { KnownValue } from "./redact.js";
import { reuser } from "./reuse.js";
import { INVALID, pointerOf, type WalkState, walkDocument } from "./walk.js";

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
// The counts are kept in the order of `operations`.
const countsByOperation = (c: readonly number[]): Record<Operation, number> => {
  const [keep = 0, drop = 0, pseudonymise = 0, generalise = 0, dateShift = 0, redact = 0] = c;
  return { keep, drop, pseudonymise, generalise, dateShift, redact };
};
// Structure only: semantic rules are the sender's business, and a document that breaks one is still anonymised.
let validator: Validator | undefined;
const validateStructure = (doc: unknown): ValidationResult => {
  validator ??= createValidator({ rules: false });
  return validator.validate(doc);
};

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
  const keyed = keyedMac(key);
  const pseudonym = memoise((v) => pseudonymWith(keyed, v));
  const maxDays = policy.dateShift?.maxDays ?? 30;
  const offset = memoise((subject) => String(dateShiftWith(keyed, subject, maxDays)));
  const meta = {
    policy: policy.name,
    keyId,
    ...(options.anonymisedAt ? { anonymisedAt: options.anonymisedAt.toISOString() } : {}),
  };

  // The walk checks the input as it goes (see walk.ts); only a document it stops on is given to the validator, for
  // the issues. Should the validator accept it all the same, the validator decides and the walk runs unchecked.
  // An operation that fails on a value the walk has not reached yet (a date read from a member further on) is
  // treated alike: the input is validated first, as if the walk had stopped.
  function anonymise(doc: unknown): AnonymiseResult {
    const type = (doc as { documentType?: unknown } | null)?.documentType;
    let failure: unknown = INVALID;
    if (typeof doc === "object" && doc !== null && !Array.isArray(doc) && isDocumentTypeName(type)) {
      try {
        return run(doc as Record<string, unknown>, type, true);
      } catch (e) {
        failure = e;
      }
    }
    const checked = validateStructure(doc);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    if (failure !== INVALID) throw failure; // a valid input: the failure is not the input's
    return run(doc as Record<string, unknown>, type as DocumentTypeName, false);
  }

  function run(input: Record<string, unknown>, type: DocumentTypeName, checking: boolean): AnonymiseResult {
    const tree = fieldTree(type);
    let shift: number | undefined;
    let known: readonly KnownValue[] | undefined;
    const state: WalkState = {
      checking,
      plan: planOf(policy, type),
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
        ageBand: (band) => state.ageBands.push([pointerOf(state.outPath, state.key), band]),
      },
      counts: [0, 0, 0, 0, 0, 0],
      dropped: [],
      placeholders: [],
      retained: [],
      ageBands: [],
      inPath: [],
      outPath: [],
      key: "",
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
      operations: countsByOperation(state.counts),
      dropped: state.dropped,
      placeholders: state.placeholders,
      retained: state.retained,
    };
    return { ok: true, value, report };
  }

  return { policy: policy.name, keyId, anonymise };
}

/**
 * Anonymises one valid TRM document with a policy and a secret key. Calls with the same options in one turn of the
 * event loop share one anonymiser (see `createAnonymiser`), which is then forgotten.
 * @example
 * const r = anonymise(doc, { policy: "research", key: process.env.TRM_KEY_HEX ?? "" });
 * if (r.ok) send(r.value); else console.error(r.issues);
 */
export function anonymise(doc: unknown, options: AnonymiseOptions): AnonymiseResult {
  return reuse(options, () => createAnonymiser(options)).anonymise(doc);
}
const reuse = reuser<Anonymiser>();

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
