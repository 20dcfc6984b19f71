// Classifiers of the leaf keywords of a schema node: bounds, pattern, format, annotations and the Open TRM
// annotations. Each compares one keyword of the old and new node and reports through `emit`.
import { type Sensitivity, sensitivityClasses, sensitivityRank } from "../meta.js";
import { child, type JsonObject, jsonEqual } from "./json.js";
import type { ChangeKind, ChangeLevel } from "./types.js";

/** Reports one change. */
export type Emit = (level: ChangeLevel, path: string, kind: ChangeKind, message: string) => void;

/** A classifier of one or more keywords of a schema node. */
export interface KeywordRule {
  /** The keywords this rule consumes; the others go to the next rules. */
  readonly keywords: readonly string[];
  compare(o: JsonObject, n: JsonObject, path: string, emit: Emit): void;
}

// A missing lower bound is the weakest one: 0 for counts, no limit for numbers (JSON Schema 2020-12 validation 6).
const LOWER: Readonly<Record<string, number>> = {
  minLength: 0,
  minItems: 0,
  minProperties: 0,
  minContains: 1,
  minimum: Number.NEGATIVE_INFINITY,
  exclusiveMinimum: Number.NEGATIVE_INFINITY,
};
const UPPER = ["maxLength", "maxItems", "maxProperties", "maxContains", "maximum", "exclusiveMaximum"];

const num = (v: unknown, fallback: number) => (typeof v === "number" ? v : fallback);
const shown = (v: unknown) => (v === undefined ? "none" : String(v));
// "maxLength lowered from 200 to 100", "minItems added: 1", "maxLength removed (was 200)".
function boundText(kw: string, a: unknown, b: unknown, direction: string): string {
  if (a === undefined) return `${kw} added: ${shown(b)}`;
  if (b === undefined) return `${kw} removed (was ${shown(a)})`;
  return `${kw} ${direction} from ${shown(a)} to ${shown(b)}`;
}

const bounds: KeywordRule = {
  keywords: [...Object.keys(LOWER), ...UPPER],
  compare(o, n, path, emit) {
    for (const [kw, weakest] of Object.entries(LOWER)) {
      const [a, b] = [num(o[kw], weakest), num(n[kw], weakest)];
      if (a === b) continue;
      const text = boundText(kw, o[kw], n[kw], b > a ? "raised" : "lowered");
      emit(b > a ? "major" : "minor", child(path, kw), b > a ? "bound-tightened" : "bound-loosened", text);
    }
    for (const kw of UPPER) {
      const [a, b] = [num(o[kw], Number.POSITIVE_INFINITY), num(n[kw], Number.POSITIVE_INFINITY)];
      if (a === b) continue;
      const text = boundText(kw, o[kw], n[kw], b < a ? "lowered" : "raised");
      emit(b < a ? "major" : "minor", child(path, kw), b < a ? "bound-tightened" : "bound-loosened", text);
    }
  },
};

// pattern and format: adding one or changing it can reject values accepted before; regular languages are not
// compared for inclusion, so any change of the text is treated as a change of the language.
function stringConstraint(kw: "pattern" | "format"): KeywordRule {
  return {
    keywords: [kw],
    compare(o, n, path, emit) {
      const [a, b] = [o[kw], n[kw]];
      if (jsonEqual(a, b)) return;
      const at = child(path, kw);
      if (a === undefined) emit("major", at, `${kw}-added`, `${kw} added`);
      else if (b === undefined) emit("minor", at, `${kw}-removed`, `${kw} removed`);
      else emit("major", at, `${kw}-changed`, `${kw} changed`);
    },
  };
}

const multipleOf: KeywordRule = {
  keywords: ["multipleOf"],
  compare(o, n, path, emit) {
    const [a, b] = [o.multipleOf, n.multipleOf];
    if (jsonEqual(a, b)) return;
    // Every multiple of a is a multiple of b when b divides a, so the new constraint accepts more.
    const looser =
      b === undefined || (typeof a === "number" && typeof b === "number" && Number.isInteger(a / b));
    const text = boundText("multipleOf", a, b, "changed");
    emit(
      looser ? "minor" : "major",
      child(path, "multipleOf"),
      looser ? "bound-loosened" : "bound-tightened",
      text,
    );
  },
};

const uniqueItems: KeywordRule = {
  keywords: ["uniqueItems"],
  compare(o, n, path, emit) {
    const [a, b] = [o.uniqueItems === true, n.uniqueItems === true];
    if (a === b) return;
    const at = child(path, "uniqueItems");
    if (b) emit("major", at, "unique-items-added", "items must now be unique");
    else emit("minor", at, "unique-items-removed", "items no longer need to be unique");
  },
};

const identity: KeywordRule = {
  keywords: ["$id", "$schema"],
  compare(o, n, path, emit) {
    for (const kw of ["$id", "$schema"]) {
      if (!jsonEqual(o[kw], n[kw])) emit("major", child(path, kw), "id-changed", `${kw} changed`);
    }
  },
};

/** Annotation keywords of JSON Schema 2020-12 (meta-data and content vocabularies): they never change a verdict. */
export const ANNOTATIONS = [
  "title",
  "description",
  "examples",
  "default",
  "$comment",
  "readOnly",
  "writeOnly",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  "x-trm-documentType",
  "x-trm-standardVersion",
];

const annotations: KeywordRule = {
  keywords: ANNOTATIONS,
  compare(o, n, path, emit) {
    for (const kw of ANNOTATIONS) annotation(o, n, kw, path, emit);
  },
};

/** Reports a changed annotation keyword as a patch. */
export function annotation(o: JsonObject, n: JsonObject, kw: string, path: string, emit: Emit): void {
  if (jsonEqual(o[kw], n[kw])) return;
  const what = o[kw] === undefined ? "added" : n[kw] === undefined ? "removed" : "changed";
  emit("patch", child(path, kw), "annotation-changed", `${kw} ${what}`);
}

const deprecated: KeywordRule = {
  keywords: ["deprecated"],
  compare(o, n, path, emit) {
    const [a, b] = [o.deprecated === true, n.deprecated === true];
    if (a === b) return;
    const at = child(path, "deprecated");
    if (b) emit("minor", at, "deprecated", "marked deprecated; still valid until the next major version");
    else emit("patch", at, "annotation-changed", "no longer deprecated");
  },
};

const rank = (v: unknown) =>
  (sensitivityClasses as readonly unknown[]).includes(v) ? sensitivityRank(v as Sensitivity) : -1;

// Sensitivity drives anonymisation and disclosure: a lower class releases data that producers shared under the
// stronger promise (major); a higher class only withholds more (minor).
const sensitivity: KeywordRule = {
  keywords: ["x-trm-sensitivity"],
  compare(o, n, path, emit) {
    const kw = "x-trm-sensitivity";
    const [a, b] = [o[kw], n[kw]];
    if (jsonEqual(a, b)) return;
    const at = child(path, kw);
    const text = `sensitivity class changed from ${shown(a)} to ${shown(b)}`;
    if (a === undefined) emit("patch", at, "annotation-changed", text);
    else if (b === undefined || rank(b) < rank(a)) emit("major", at, "sensitivity-lowered", text);
    else if (rank(a) < 0) emit("major", at, "unclassified-change", text);
    else emit("minor", at, "sensitivity-raised", text);
  },
};

const codelistReference: KeywordRule = {
  keywords: ["x-trm-codelist"],
  compare(o, n, path, emit) {
    const kw = "x-trm-codelist";
    if (jsonEqual(o[kw], n[kw])) return;
    if (o[kw] === undefined || n[kw] === undefined) annotation(o, n, kw, path, emit);
    else
      emit(
        "major",
        child(path, kw),
        "codelist-reference-changed",
        `codelist changed from ${shown(o[kw])} to ${shown(n[kw])}`,
      );
  },
};

/** The leaf keyword rules, in reporting order. */
export const leafRules: readonly KeywordRule[] = [
  identity,
  bounds,
  stringConstraint("pattern"),
  stringConstraint("format"),
  multipleOf,
  uniqueItems,
  codelistReference,
  sensitivity,
  deprecated,
  annotations,
];
