import { type Sensitivity, sensitivityOf } from "@open-trm/schema/data";
import type { Loss } from "../result.js";
import type { ProfileReader } from "./profile-reader.js";
import type { CtdcLayout } from "./types.js";

const escapeToken = (token: string) => token.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * Calls `visit` with the JSON Pointer and the pointer pattern (array indexes as `*`) of every leaf of a value:
 * scalars, and empty arrays or objects (which say "none").
 */
export function visitLeaves(
  value: unknown,
  visit: (pointer: string, pattern: string) => void,
  pointer = "",
  pattern = "",
): void {
  if (Array.isArray(value)) {
    if (value.length === 0) visit(pointer, pattern);
    value.forEach((v, i) => {
      visitLeaves(v, visit, `${pointer}/${i}`, `${pattern}/*`);
    });
    return;
  }
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) visit(pointer, pattern);
    for (const k of keys) {
      const token = `/${escapeToken(k)}`;
      visitLeaves((value as Record<string, unknown>)[k], visit, pointer + token, pattern + token);
    }
    return;
  }
  visit(pointer, pattern);
}

const REASONS: Readonly<Partial<Record<Sensitivity, string>>> = {
  direct: "a direct identifier: CTDC rows never carry one",
  identifier: "a record identifier or reference: CTDC rows carry none",
  freeText: "free text: CTDC rows never carry it",
};

function classOf(pattern: string): Sensitivity | undefined {
  const own = sensitivityOf("victimProfile", pattern);
  // Items of a list of codes take the class of the list.
  return own ?? sensitivityOf("victimProfile", pattern.replace(/\/\*$/, ""));
}

/**
 * Counts, over a dataset, the leaves of each profile that its row does not carry, by pointer pattern and reason,
 * so a report on thousands of profiles stays a short list.
 */
export class LossCounter {
  readonly #layout: CtdcLayout;
  readonly #profiles = new Map<string, { pattern: string; reason: string; profiles: number }>();
  readonly #reasons = new Map<string, string>();
  #total = 0;

  constructor(layout: CtdcLayout) {
    this.#layout = layout;
  }

  #generic(pattern: string): string {
    const cached = this.#reasons.get(pattern);
    if (cached !== undefined) return cached;
    const cls = classOf(pattern);
    const none = `no column of the CTDC ${this.#layout} layout carries it`;
    const reason = (cls && REASONS[cls]) ?? (cls === "special" ? `special-category data: ${none}` : none);
    this.#reasons.set(pattern, reason);
    return reason;
  }

  /** Adds the leaves of one profile that its reader did not use. */
  add(reader: ProfileReader): void {
    this.#total++;
    const seen = new Set<string>();
    visitLeaves(reader.profile, (pointer, pattern) => {
      if (reader.used.has(pointer)) return;
      const reason = reader.reasons.get(pointer) ?? this.#generic(pattern);
      const key = `${pattern}\u0000${reason}`;
      if (seen.has(key)) return;
      seen.add(key);
      const entry = this.#profiles.get(key) ?? { pattern, reason, profiles: 0 };
      entry.profiles++;
      this.#profiles.set(key, entry);
    });
  }

  /** One loss per pointer pattern and reason: `/*` stands for every profile index and array index. */
  losses(): Loss[] {
    return [...this.#profiles.values()]
      .sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : a.reason < b.reason ? -1 : 1))
      .map((e) => ({
        pointer: `/*${e.pattern}`,
        reason: `${e.reason} (in ${e.profiles} of ${this.#total} profiles)`,
      }));
  }
}
