import { AnonymiseError } from "../errors.js";
import { type BuiltInPolicyName, builtInPolicies, isBuiltInPolicyName } from "./built-in-policies.js";
import type { AnonymisationKey } from "./key.js";
import { type Policy, parsePolicy } from "./policy.js";

/**
 * Options of `anonymise`, `anonymiseMany` and `createAnonymiser`.
 * @example
 * const options: AnonymiseOptions = { policy: "share-minimum", key: readFileSync("trm.key"), keyId: "trm-2026-01" };
 */
export interface AnonymiseOptions {
  /** A built-in policy name or a policy object, validated before use (no default). */
  readonly policy: BuiltInPolicyName | Policy;
  /** The secret key: at least 32 raw bytes, or 64+ hexadecimal digits (no default: a missing key is an error). */
  readonly key: AnonymisationKey;
  /** The key id recorded in outputs and reports (default: a fingerprint of the key, `hmac-sha256:` + 16 hex). */
  readonly keyId?: string;
  /** Recorded as `anonymisedAt` when given (default: not recorded, so output depends only on input, policy and key). */
  readonly anonymisedAt?: Date;
}

const KEY_ID = /^[\x21-\x7e]{1,100}$/;

/**
 * The policy an option names, validated; throws `AnonymiseError` `POLICY_UNKNOWN` or `POLICY_INVALID` (with the
 * JSON Pointer of each fault in the message).
 * @example
 * resolvePolicy("statistics").generalise?.birthDate; // "ageBand"
 */
export function resolvePolicy(policy: unknown): Policy {
  if (typeof policy === "string") {
    if (isBuiltInPolicyName(policy)) return builtInPolicies[policy];
    throw new AnonymiseError(
      "POLICY_UNKNOWN",
      "unknown policy name; use share-minimum, research or statistics",
    );
  }
  const parsed = parsePolicy(policy);
  if (parsed.ok) return parsed.value;
  const where = parsed.issues.map((i) => `${i.path || "/"}: ${i.message}`).join("; ");
  throw new AnonymiseError("POLICY_INVALID", `invalid policy: ${where}`);
}

/**
 * Checks a key id given by the caller: 1 to 100 printable ASCII characters without spaces.
 * @example
 * checkKeyId("trm-2026-01"); // "trm-2026-01"
 */
export function checkKeyId(keyId: unknown): string {
  if (typeof keyId !== "string" || !KEY_ID.test(keyId))
    throw new AnonymiseError(
      "KEY_ID_INVALID",
      "a key id must be 1 to 100 printable ASCII characters without spaces",
    );
  return keyId;
}
