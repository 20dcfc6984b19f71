// The classifier of one published codelist against its next version. Codes are the contract; labels,
// descriptions and sources are for people (decision 0004).
import { child, isObject, type JsonObject, jsonEqual } from "./json.js";
import { annotation, type Emit } from "./keywords.js";
import {
  maxLevel,
  type PublishedCode,
  type PublishedCodelist,
  type SchemaChange,
  type SchemaDiff,
} from "./types.js";

const LIST_ANNOTATIONS = ["title", "description", "source"];
const CODE_ANNOTATIONS = ["description", "source", "since"];

/**
 * Classifies every change between two versions of one codelist: removed codes are major; added codes are
 * minor in an open list and major in a closed one; labels and descriptions are patches.
 * @example
 * const diff = compareCodelists(
 *   { name: "urgency", open: true, codes: [{ code: "high" }] },
 *   { name: "urgency", open: true, codes: [{ code: "high" }, { code: "low" }] },
 * ); // diff.level === "minor"
 */
export function compareCodelists(
  oldList: PublishedCodelist,
  newList: PublishedCodelist,
  options: { readonly file?: string } = {},
): SchemaDiff {
  const changes: SchemaChange[] = [];
  const file = options.file ?? "";
  const emit: Emit = (level, path, kind, message) => changes.push({ level, file, path, kind, message });
  if (oldList.open && !newList.open)
    emit("minor", "/open", "list-closed", "the list is now closed: later codes need a major release");
  if (!oldList.open && newList.open)
    emit(
      "major",
      "/open",
      "list-opened",
      "the list is now open: consumers can no longer rely on the codes being all",
    );
  if (oldList.name !== newList.name) emit("major", "/name", "unclassified-change", "the list's name changed");
  for (const kw of LIST_ANNOTATIONS) annotation(oldList, newList, kw, "", emit);
  others(oldList, newList, ["name", "open", "codes", ...LIST_ANNOTATIONS], "", emit);

  const oldIndex = new Map(oldList.codes.map((c, i) => [c.code, i]));
  const newIndex = new Map(newList.codes.map((c, i) => [c.code, i]));
  oldList.codes.forEach((c, i) => {
    if (!newIndex.has(c.code)) emit("major", child("/codes", i), "code-removed", `code "${c.code}" removed`);
  });
  newList.codes.forEach((c, i) => {
    const at = child("/codes", i);
    const before = oldIndex.get(c.code);
    if (before !== undefined) compareCode(oldList.codes[before] as PublishedCode, c, at, emit);
    else if (oldList.open && newList.open)
      emit("minor", at, "code-added", `code "${c.code}" added to an open list`);
    else emit("major", at, "code-added-to-closed-list", `code "${c.code}" added to a closed list`);
  });
  const kept = (list: PublishedCodelist, other: Map<string, number>) =>
    list.codes.map((c) => c.code).filter((c) => other.has(c));
  if (!jsonEqual(kept(oldList, newIndex), kept(newList, oldIndex)))
    emit("patch", "/codes", "codes-reordered", "the documented order of the codes changed");
  return { level: maxLevel(changes.map((c) => c.level)), changes };
}

function compareCode(o: PublishedCode, n: PublishedCode, path: string, emit: Emit): void {
  const [ol, nl] = [isObject(o.label) ? o.label : {}, isObject(n.label) ? n.label : {}];
  for (const lang of new Set([...Object.keys(ol), ...Object.keys(nl)])) {
    if (!jsonEqual(ol[lang], nl[lang]))
      emit(
        "patch",
        child(path, "label", lang),
        "label-changed",
        `label (${lang}) of code "${n.code}" changed`,
      );
  }
  for (const kw of CODE_ANNOTATIONS) annotation(o, n, kw, path, emit);
  if (!jsonEqual(o.deprecated, n.deprecated)) {
    const at = child(path, "deprecated");
    if (o.deprecated === undefined)
      emit(
        "minor",
        at,
        "code-deprecated",
        `code "${n.code}" deprecated; still valid until the next major version`,
      );
    else emit("patch", at, "annotation-changed", `deprecation of code "${n.code}" changed`);
  }
  others(o, n, ["code", "label", "deprecated", ...CODE_ANNOTATIONS], path, emit);
}

// Keys the classifier does not know: `x-` keys are annotations, anything else is major until proved safe.
function others(o: JsonObject, n: JsonObject, known: readonly string[], path: string, emit: Emit): void {
  for (const kw of new Set([...Object.keys(o), ...Object.keys(n)])) {
    if (known.includes(kw) || jsonEqual(o[kw], n[kw])) continue;
    if (kw.startsWith("x-")) emit("patch", child(path, kw), "annotation-changed", `${kw} changed`);
    else
      emit(
        "major",
        child(path, kw),
        "unclassified-change",
        `${kw} changed; a change that cannot be proved safe is major`,
      );
  }
}
