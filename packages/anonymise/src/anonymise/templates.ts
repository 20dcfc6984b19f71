import { documentTypeNames, leafSensitivities } from "@open-trm/schema/data";

let known: Set<string> | undefined;

/** Whether a pointer template is a leaf, or an ancestor of a leaf, of some document type. */
export function isKnownTemplate(template: string): boolean {
  if (!known) {
    known = new Set();
    for (const type of documentTypeNames) {
      for (const leaf of Object.keys(leafSensitivities(type))) {
        // Every ancestor of a leaf is a valid target too: `/proceedings` drops the whole array.
        for (let i = leaf.indexOf("/", 1); i !== -1; i = leaf.indexOf("/", i + 1))
          known.add(leaf.slice(0, i));
        known.add(leaf);
      }
    }
  }
  return known.has(template);
}

/** The operation a pointer-rule table assigns to a template: its own entry or its nearest ancestor's. */
export function ruleFor<T>(rules: Readonly<Record<string, T>>, template: string): T | undefined {
  for (let t = template; t.length > 0; t = t.slice(0, t.lastIndexOf("/"))) {
    if (Object.hasOwn(rules, t)) return rules[t];
  }
  return undefined;
}
