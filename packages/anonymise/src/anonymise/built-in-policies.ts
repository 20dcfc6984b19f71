import type { Policy } from "./policy.js";

/**
 * The names of the built-in policies.
 * @example
 * builtInPolicyNames.includes("research"); // true
 */
export const builtInPolicyNames = ["share-minimum", "research", "statistics"] as const;

/**
 * The name of a built-in policy.
 * @example
 * const name: BuiltInPolicyName = "share-minimum";
 */
export type BuiltInPolicyName = (typeof builtInPolicyNames)[number];

const BIRTH_DATES = ["/person/birthDate", "/subject/victimProfile/person/birthDate"] as const;

/**
 * The built-in policies, as data (docs/privacy.md explains each one class by class).
 * @example
 * builtInPolicies["share-minimum"].classes.direct; // "drop"
 */
export const builtInPolicies: Readonly<Record<BuiltInPolicyName, Policy>> = {
  "share-minimum": {
    name: "share-minimum",
    description:
      "The least a partner needs to work with the structure of a case: no names, contacts, free text or special-category data; keyed pseudonyms keep links between documents; dates to the month, birth dates to the year. Output validates as its document type.",
    classes: {
      public: "keep",
      internal: "keep",
      identifier: "pseudonymise",
      quasi: "generalise",
      freeText: "drop",
      direct: "drop",
      special: "drop",
    },
    generalise: { dates: "yearMonth", birthDate: "year" },
  },
  research: {
    name: "research",
    description:
      "Pseudonymised microdata for the knowledge base: trafficking experience and special-category codes kept, dates shifted per person (intervals preserved), birth dates to the year, no names, contacts or free text. Needs a legal basis for research and a k-anonymity check before any release.",
    classes: {
      public: "keep",
      internal: "keep",
      identifier: "pseudonymise",
      quasi: "dateShift",
      freeText: "drop",
      direct: "drop",
      special: "keep",
    },
    pointers: Object.fromEntries(BIRTH_DATES.map((p) => [p, "generalise"])),
    generalise: { dates: "yearMonth", birthDate: "year" },
    dateShift: { maxDays: 30 },
  },
  statistics: {
    name: "statistics",
    description:
      "Input for aggregate statistics (`trm stats`, `trm risk`): no identifiers or links, dates to the year, age as a CTDC age band, codes kept for counting. Not for release record by record.",
    classes: {
      public: "keep",
      internal: "keep",
      identifier: "drop",
      quasi: "generalise",
      freeText: "drop",
      direct: "drop",
      special: "keep",
    },
    generalise: { dates: "year", birthDate: "ageBand" },
  },
};

/**
 * Whether a string names a built-in policy.
 * @example
 * isBuiltInPolicyName("statistics"); // true
 */
export function isBuiltInPolicyName(name: string): name is BuiltInPolicyName {
  return (builtInPolicyNames as readonly string[]).includes(name);
}
