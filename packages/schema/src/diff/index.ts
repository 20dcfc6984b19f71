// `@open-trm/schema/diff`: the breaking-change classifier of the standard's JSON Schemas and codelists.
export { compareCodelists } from "./compare-codelists.js";
export { type CompareOptions, compareSchemas } from "./compare-schema.js";
export { diffSchemaSets } from "./diff-sets.js";
export {
  type LoadIssue,
  type LoadResult,
  readSchemaDir,
  readSchemaFiles,
  schemaSetFromFiles,
} from "./load.js";
export {
  type ChangeKind,
  type ChangeLevel,
  compareLevels,
  maxLevel,
  type PublishedCode,
  type PublishedCodelist,
  type ReleaseLevel,
  releaseLevels,
  type SchemaChange,
  type SchemaDiff,
  type SchemaSet,
} from "./types.js";
