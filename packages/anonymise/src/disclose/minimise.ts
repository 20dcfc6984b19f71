// Reduces a victim profile to the fields of the allowed data categories, keeping it a valid document: required
// fields whose data is withheld get neutral placeholders, optional containers left without data disappear.
import type { DataCategory, VictimProfile } from "@open-trm/schema";
import { leafSensitivities } from "@open-trm/schema/data";
import {
  alwaysDisclosedFields,
  categoryOfField,
  containerGates,
  placeholders,
  requiredContainers,
} from "./categories.js";
import { collapse, escapeToken, isDisclosable, isEmptyArray, isRecord, presentLeaves } from "./pointers.js";

/** A minimised profile with the pointers disclosed, withheld and replaced. */
export interface Minimised {
  readonly value: VictimProfile;
  readonly disclosedFields: string[];
  readonly withheldFields: string[];
  readonly replacedFields: string[];
}

const ALWAYS = new Set(alwaysDisclosedFields);
const CHILD = new Set(["yes", "presumed"]);
const gates = Object.entries(containerGates);

function allowedField(template: string, allowed: ReadonlySet<DataCategory>): boolean {
  if (ALWAYS.has(template)) return true;
  const category = categoryOfField(template);
  if (category === undefined || !allowed.has(category)) return false;
  return gates.every(([container, gate]) => !template.startsWith(`${container}/`) || allowed.has(gate));
}

/** Reduces `profile` (a valid victimProfile) to the fields the `allowed` categories cover. */
export function minimise(profile: VictimProfile, allowed: ReadonlySet<DataCategory>): Minimised {
  const table = leafSensitivities("victimProfile");
  const replaced: string[] = [];
  const keptInput = new Set<string>();
  const place = (pointer: string, template: string): unknown => {
    replaced.push(pointer);
    return structuredClone(placeholders[template]);
  };
  // Returns the kept value, or undefined when nothing real is kept (placeholders alone do not keep a container).
  const pick = (v: unknown, pointer: string, template: string): unknown => {
    if (template !== "" && Object.hasOwn(table, template)) {
      if (!allowedField(template, allowed)) return undefined;
      keptInput.add(pointer);
      return structuredClone(v);
    }
    if (Array.isArray(v)) {
      const items = v.map((item, i) => pick(item, `${pointer}/${i}`, `${template}/*`));
      const kept = items.filter((item) => item !== undefined);
      return kept.length > 0 ? kept : undefined;
    }
    if (!isRecord(v)) return undefined;
    const out: Record<string, unknown> = {};
    let real = false;
    const mark = replaced.length;
    for (const [key, item] of Object.entries(v)) {
      const p = `${pointer}/${escapeToken(key)}`;
      const t = `${template}/${key}`;
      const kept = pick(item, p, t);
      if (kept !== undefined) {
        out[key] = kept;
        real = true;
      } else if (Object.hasOwn(placeholders, t)) out[key] = place(p, t);
    }
    if (real || requiredContainers.has(template)) return out;
    replaced.length = mark;
    return undefined;
  };
  const value = pick(profile, "", "") as Record<string, unknown>;
  const person = value.person as Record<string, unknown>;
  if (CHILD.has(String(person.isChild)) && value.childContext === undefined && profile.childContext) {
    // A child's profile needs childContext (TRM-R002): keep it with neutral values, in its original position.
    const context: Record<string, unknown> = {};
    for (const key of Object.keys(profile.childContext)) {
      const t = `/childContext/${key}`;
      if (Object.hasOwn(placeholders, t)) context[key] = place(t, t);
    }
    const ordered: Record<string, unknown> = {};
    for (const key of Object.keys(profile)) {
      if (key === "childContext") ordered[key] = context;
      else if (value[key] !== undefined) ordered[key] = value[key];
    }
    return finish(profile, ordered as VictimProfile, replaced, keptInput);
  }
  return finish(profile, value as VictimProfile, replaced, keptInput);
}

function finish(
  profile: VictimProfile,
  value: VictimProfile,
  replaced: string[],
  keptInput: ReadonlySet<string>,
): Minimised {
  const table = leafSensitivities("victimProfile");
  const replacedSet = new Set(replaced);
  const disclosedFields = presentLeaves(value, table)
    .filter((l) => !replacedSet.has(l.pointer) && isDisclosable(table[l.template]) && !isEmptyArray(l.value))
    .map((l) => l.pointer);
  const inLeaves = presentLeaves(profile, table).filter((l) => !isEmptyArray(l.value));
  const withheld = new Set(inLeaves.filter((l) => !keptInput.has(l.pointer)).map((l) => l.pointer));
  const withheldFields = collapse(
    inLeaves.map((l) => l.pointer),
    withheld,
  );
  return { value, disclosedFields, withheldFields, replacedFields: replaced };
}
