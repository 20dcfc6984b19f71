// The classifier of one JSON Schema against its next version: walks both trees together and classifies each
// keyword that differs. A change the classifier cannot prove safe is major (see docs/versioning.md).
import { child, isObject, type JsonObject, jsonEqual, jsonKey, listValues, resolvePointer } from "./json.js";
import { type Emit, leafRules } from "./keywords.js";
import { maxLevel, type SchemaChange, type SchemaDiff } from "./types.js";

/** Options of `compareSchemas`. */
export interface CompareOptions {
  /** File name reported with each change (default: ""). */
  readonly file?: string;
  /** Whether the codelist of that name is closed; undefined for a list the caller does not know (default: none known). */
  readonly isClosedList?: (name: string) => boolean | undefined;
}

interface Context {
  readonly oldRoot: unknown;
  readonly newRoot: unknown;
  readonly isClosedList: (name: string) => boolean | undefined;
  readonly emit: Emit;
  // Pairs of references being compared, so that recursive schemas terminate.
  readonly refPairs: Set<string>;
}

// Keywords holding one subschema where absence means "anything" (the `true` schema).
const SUBSCHEMAS = ["items", "propertyNames", "unevaluatedItems", "unevaluatedProperties"];
const BRANCHES = ["allOf", "anyOf", "oneOf"];
const DEFINITIONS = ["$defs", "definitions"];
const HANDLED = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  ...SUBSCHEMAS,
  ...BRANCHES,
  ...DEFINITIONS,
  ...leafRules.flatMap((r) => r.keywords),
]);

/**
 * Classifies every change between two versions of one JSON Schema (draft 2020-12).
 * @example
 * const diff = compareSchemas({ type: "string" }, { type: "string", maxLength: 10 });
 * // diff.level === "major"; diff.changes[0].path === "/maxLength"
 */
export function compareSchemas(
  oldSchema: unknown,
  newSchema: unknown,
  options: CompareOptions = {},
): SchemaDiff {
  const changes: SchemaChange[] = [];
  const file = options.file ?? "";
  const ctx: Context = {
    oldRoot: oldSchema,
    newRoot: newSchema,
    isClosedList: options.isClosedList ?? (() => undefined),
    emit: (level, path, kind, message) => changes.push({ level, file, path, kind, message }),
    refPairs: new Set(),
  };
  compareNode(oldSchema, newSchema, "", ctx);
  return { level: maxLevel(changes.map((c) => c.level)), changes };
}

// Replaces a local `$ref` by its target merged with the sibling keywords; undefined when it does not resolve.
function expand(node: JsonObject, root: unknown, depth = 0): unknown {
  const ref = node.$ref;
  if (ref === undefined) return node;
  if (typeof ref !== "string" || depth > 32) return undefined;
  const target = resolvePointer(root, ref);
  const { $ref: _, ...siblings } = node;
  if (target === true) return siblings;
  if (target === false) return false;
  if (!isObject(target)) return undefined;
  const inner = expand(target, root, depth + 1);
  return isObject(inner) ? { ...inner, ...siblings } : inner;
}

function compareNode(o: unknown, n: unknown, path: string, ctx: Context): void {
  if (o === false || n === false) {
    if (o === n) return;
    if (o === false)
      ctx.emit("minor", path, "schema-opened", "the schema accepted nothing before and now accepts values");
    else ctx.emit("major", path, "schema-closed", "the schema now accepts no value");
    return;
  }
  const asNode = (s: unknown) => (s === true || s === undefined ? {} : isObject(s) ? s : undefined);
  const [on, nn] = [asNode(o), asNode(n)];
  if (on === undefined || nn === undefined) {
    // Not a schema (a broken file): only equality can be judged.
    if (!jsonEqual(o, n))
      ctx.emit("major", path, "unclassified-change", "a value that is not a schema changed");
    return;
  }
  if (on.$ref !== nn.$ref) {
    const [ox, nx] = [expand(on, ctx.oldRoot), expand(nn, ctx.newRoot)];
    const pair = `${jsonKey(on.$ref)}|${jsonKey(nn.$ref)}`;
    if (ox === undefined || nx === undefined) {
      ctx.emit(
        "major",
        child(path, "$ref"),
        "ref-changed",
        "$ref changed to a target the classifier cannot resolve",
      );
    } else if (!ctx.refPairs.has(pair)) {
      ctx.refPairs.add(pair);
      compareNode(ox, nx, path, ctx);
      ctx.refPairs.delete(pair);
    }
    return;
  }
  compareTypes(on, nn, path, ctx.emit);
  compareValues(on, nn, path, ctx);
  compareObjects(on, nn, path, ctx);
  for (const kw of SUBSCHEMAS) {
    if (on[kw] !== undefined || nn[kw] !== undefined) compareNode(on[kw], nn[kw], child(path, kw), ctx);
  }
  for (const kw of BRANCHES) compareBranches(kw, on, nn, path, ctx);
  for (const kw of DEFINITIONS) compareDefinitions(kw, on, nn, path, ctx);
  for (const rule of leafRules) rule.compare(on, nn, path, ctx.emit);
  for (const kw of new Set([...Object.keys(on), ...Object.keys(nn)])) {
    if (HANDLED.has(kw) || jsonEqual(on[kw], nn[kw])) continue;
    const at = child(path, kw);
    // Unknown `x-` keywords are annotations (Ajv registers them as such); anything else may change a verdict.
    if (kw.startsWith("x-")) ctx.emit("patch", at, "annotation-changed", `${kw} changed`);
    else
      ctx.emit(
        "major",
        at,
        "unclassified-change",
        `${kw} changed; a change that cannot be proved safe is major`,
      );
  }
}

const JSON_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"];

function typesOf(s: JsonObject): string[] {
  const t = s.type;
  if (t === undefined) return JSON_TYPES;
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function compareTypes(o: JsonObject, n: JsonObject, path: string, emit: Emit): void {
  const [a, b] = [typesOf(o), typesOf(n)];
  // Every integer is a number, so `number` covers `integer`.
  const covers = (set: string[], t: string) => set.includes(t) || (t === "integer" && set.includes("number"));
  const removed = a.filter((t) => !covers(b, t));
  const added = b.filter((t) => !covers(a, t));
  if (removed.length > 0)
    emit("major", child(path, "type"), "type-narrowed", `type no longer allows ${listValues(removed)}`);
  else if (added.length > 0)
    emit("minor", child(path, "type"), "type-widened", `type now also allows ${listValues(added)}`);
}

// The allowed values of a node: `const` as a list of one, `enum`, or undefined for no restriction.
function valuesOf(s: JsonObject): readonly unknown[] | undefined {
  if (s.const !== undefined) return [s.const];
  return Array.isArray(s.enum) ? s.enum : undefined;
}

function compareValues(o: JsonObject, n: JsonObject, path: string, ctx: Context): void {
  const [a, b] = [valuesOf(o), valuesOf(n)];
  if (a === undefined && b === undefined) return;
  const at = child(
    path,
    n.const !== undefined || (n.enum === undefined && o.const !== undefined) ? "const" : "enum",
  );
  if (b === undefined) {
    ctx.emit("minor", at, "enum-widened", "the list of allowed values was removed");
    return;
  }
  if (a === undefined) {
    ctx.emit("major", at, "enum-narrowed", "values are now restricted to a list");
    return;
  }
  const [ak, bk] = [new Set(a.map(jsonKey)), new Set(b.map(jsonKey))];
  const removed = a.filter((v) => !bk.has(jsonKey(v)));
  const added = b.filter((v) => !ak.has(jsonKey(v)));
  const list = n["x-trm-codelist"] ?? o["x-trm-codelist"];
  const of = typeof list === "string" ? ` of codelist ${list}` : "";
  if (removed.length > 0)
    ctx.emit("major", at, "enum-narrowed", `values${of} removed: ${listValues(removed)}`);
  if (added.length === 0) return;
  if (typeof list === "string" && ctx.isClosedList(list) === true)
    ctx.emit(
      "major",
      at,
      "code-added-to-closed-list",
      `codes added to the closed codelist ${list}: ${listValues(added)}`,
    );
  else ctx.emit("minor", at, "enum-widened", `values${of} added: ${listValues(added)}`);
}

const propsOf = (s: JsonObject): JsonObject => (isObject(s.properties) ? s.properties : {});
const requiredOf = (s: JsonObject) =>
  new Set(Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === "string") : []);

function compareObjects(o: JsonObject, n: JsonObject, path: string, ctx: Context): void {
  const [op, np, or, nr] = [propsOf(o), propsOf(n), requiredOf(o), requiredOf(n)];
  const [oExtra, nExtra] = [o.additionalProperties, n.additionalProperties];
  const has = (p: JsonObject, k: string) => Object.hasOwn(p, k);
  for (const key of Object.keys(op)) {
    if (!has(np, key))
      ctx.emit("major", child(path, "properties", key), "property-removed", `property "${key}" removed`);
  }
  for (const key of Object.keys(np)) {
    const at = child(path, "properties", key);
    if (has(op, key)) compareNode(op[key], np[key], at, ctx);
    else if (nr.has(key)) ctx.emit("major", at, "property-added-required", `new required property "${key}"`);
    else {
      ctx.emit("minor", at, "property-added-optional", `new optional property "${key}"`);
      // An object that accepted any extra property now constrains this one: compare with what it accepted.
      if (oExtra !== false) compareNode(oExtra ?? true, np[key], at, ctx);
    }
  }
  for (const key of nr) {
    const isNewProperty = !has(op, key) && has(np, key);
    if (!or.has(key) && !isNewProperty)
      ctx.emit("major", child(path, "required"), "required-added", `property "${key}" is now required`);
  }
  for (const key of or) {
    const isRemovedProperty = has(op, key) && !has(np, key);
    if (!nr.has(key) && !isRemovedProperty)
      ctx.emit(
        "minor",
        child(path, "required"),
        "required-removed",
        `property "${key}" is no longer required`,
      );
  }
  const at = child(path, "additionalProperties");
  if (oExtra !== false && nExtra === false)
    ctx.emit(
      "major",
      at,
      "additional-properties-closed",
      "the object no longer accepts undeclared properties",
    );
  else if (oExtra === false && nExtra !== false)
    ctx.emit("minor", at, "additional-properties-opened", "the object now accepts undeclared properties");
  else if (oExtra !== undefined || nExtra !== undefined) compareNode(oExtra, nExtra, at, ctx);
}

function compareBranches(kw: string, o: JsonObject, n: JsonObject, path: string, ctx: Context): void {
  const [a, b] = [o[kw], n[kw]];
  if (a === undefined && b === undefined) return;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (const [i, branch] of a.entries()) compareNode(branch, b[i], child(path, kw, i), ctx);
    return;
  }
  // A value valid under one of the old anyOf branches stays valid when every old branch is still there.
  const kept = Array.isArray(a) && Array.isArray(b) && a.every((x) => b.some((y) => jsonEqual(x, y)));
  if (kw === "anyOf" && kept) ctx.emit("minor", child(path, kw), "branch-added", "anyOf gained a branch");
  else
    ctx.emit(
      "major",
      child(path, kw),
      "unclassified-change",
      `${kw} changed; a change that cannot be proved safe is major`,
    );
}

function compareDefinitions(kw: string, o: JsonObject, n: JsonObject, path: string, ctx: Context): void {
  const [a, b] = [isObject(o[kw]) ? o[kw] : {}, isObject(n[kw]) ? n[kw] : {}];
  for (const key of Object.keys(a)) {
    // Other schemas may point at a definition by URI, so removing one can break them.
    if (!Object.hasOwn(b, key))
      ctx.emit("major", child(path, kw, key), "definition-removed", `definition "${key}" removed`);
    else compareNode(a[key], b[key], child(path, kw, key), ctx);
  }
  for (const key of Object.keys(b)) {
    if (!Object.hasOwn(a, key))
      ctx.emit("patch", child(path, kw, key), "definition-added", `definition "${key}" added`);
  }
}
