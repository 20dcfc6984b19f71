import { compareCodelists } from "./compare-codelists.js";
import { compareSchemas } from "./compare-schema.js";
import { maxLevel, type SchemaChange, type SchemaDiff, type SchemaSet } from "./types.js";

const sortedUnion = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

/**
 * Classifies every change between two versions of the standard's JSON Schemas and codelists.
 * @example
 * const [before, after] = [readSchemaDir("packages/schema/baseline"), readSchemaDir("schemas")];
 * if (before.ok && after.ok) console.log(diffSchemaSets(before.value, after.value).level);
 */
export function diffSchemaSets(oldSet: SchemaSet, newSet: SchemaSet): SchemaDiff {
  const changes: SchemaChange[] = [];
  // The promise that counts is the one the old release made: a list open there may gain codes.
  const isClosedList = (name: string) => {
    const list = oldSet.codelists[name] ?? newSet.codelists[name];
    return list === undefined ? undefined : !list.open;
  };
  for (const file of sortedUnion(oldSet.schemas, newSet.schemas)) {
    const [o, n] = [oldSet.schemas[file], newSet.schemas[file]];
    if (o === undefined)
      changes.push({ level: "minor", file, path: "", kind: "document-added", message: "new document type" });
    else if (n === undefined)
      changes.push({
        level: "major",
        file,
        path: "",
        kind: "document-removed",
        message: "document type removed",
      });
    else changes.push(...compareSchemas(o, n, { file, isClosedList }).changes);
  }
  for (const name of sortedUnion(oldSet.codelists, newSet.codelists)) {
    const file = `codelists/${name}.json`;
    const [o, n] = [oldSet.codelists[name], newSet.codelists[name]];
    if (o === undefined)
      changes.push({ level: "minor", file, path: "", kind: "codelist-added", message: "new codelist" });
    else if (n === undefined)
      changes.push({ level: "major", file, path: "", kind: "codelist-removed", message: "codelist removed" });
    else changes.push(...compareCodelists(o, n, { file }).changes);
  }
  return { level: maxLevel(changes.map((c) => c.level)), changes };
}
