// `anonymise(doc, options)` is often called once per document of a data set. Creating an anonymiser per call would
// check the key and policy, and compute every pseudonym, again for every document; so the anonymiser of the last
// call is reused by the next call with the same options, until the event loop turns. Then it is forgotten: nothing
// derived from the key, and no identifier seen, outlives the task that passed them.
import { timingSafeEqual } from "node:crypto";
import type { AnonymiseOptions } from "./options.js";

interface Entry<A> {
  readonly policy: unknown;
  /** The policy object as it was, for a caller who changes it between calls. */
  readonly policyText: string | undefined;
  readonly key: unknown;
  /** The key's bytes as they were, for a caller who changes a key array between calls. */
  readonly keyCopy: Uint8Array | undefined;
  readonly keyId: string | undefined;
  readonly at: number | undefined;
  readonly value: A;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && timingSafeEqual(a, b);

function matches<A>(e: Entry<A>, o: AnonymiseOptions): boolean {
  return (
    e.policy === o.policy &&
    (e.policyText === undefined || e.policyText === JSON.stringify(o.policy)) &&
    e.key === o.key &&
    (e.keyCopy === undefined || sameBytes(e.keyCopy, o.key as Uint8Array)) &&
    e.keyId === o.keyId &&
    e.at === o.anonymisedAt?.getTime()
  );
}

/**
 * A memory of one value made from options: it returns the value made for the last options equal to `options` in
 * this turn of the event loop, or makes one with `make` (which may throw, and then nothing is kept).
 * @example
 * const reuse = reuser<Anonymiser>();
 * const anonymiser = reuse(options, () => createAnonymiser(options));
 */
export function reuser<A>(): (options: AnonymiseOptions, make: () => A) => A {
  let last: Entry<A> | undefined;
  return (options, make) => {
    if (last !== undefined && matches(last, options)) return last.value;
    const value = make();
    if (last === undefined) setImmediate(() => (last = undefined));
    last = {
      policy: options.policy,
      policyText: typeof options.policy === "string" ? undefined : JSON.stringify(options.policy),
      key: options.key,
      keyCopy: options.key instanceof Uint8Array ? Uint8Array.from(options.key) : undefined,
      keyId: options.keyId,
      at: options.anonymisedAt?.getTime(),
      value,
    };
    return value;
  };
}
