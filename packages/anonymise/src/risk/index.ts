export {
  AggregateCounter,
  type AggregateOptions,
  type AggregateRow,
  type AggregateTable,
  aggregate,
  aggregateToCsv,
} from "./aggregate.js";
export { type EnforceKOptions, type EnforceKReport, type EnforceKResult, enforceK } from "./enforce.js";
export {
  ageBandLevel,
  birthDateHierarchy,
  dateHierarchy,
  type Hierarchy,
  type HierarchyLevel,
  suppressLevel,
  yearLevel,
  yearMonthLevel,
} from "./hierarchy.js";
export {
  type ClassBelowK,
  KAnonymityCounter,
  type KAnonymityOptions,
  type KAnonymityReport,
  kAnonymity,
  type LDiversity,
} from "./k-anonymity.js";
export { type NdjsonPosition, ndjsonRecords } from "./ndjson.js";
