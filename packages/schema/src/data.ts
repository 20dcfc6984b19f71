// The light entry point: codelists, document-type names and sensitivity tables, without Zod or the document
// schemas. Validators and command-line tools import this to start fast.
export {
  type CodeEntry,
  type Codelist,
  type CodelistDefinition,
  type CodeRow,
  defineCodelist,
} from "./codelists/define.js";
export { type CountryCodeCode, country, type LanguageCode, language } from "./codelists/geo.js";
export * from "./codelists/index.js";
export {
  type DocumentTypeName,
  documentTypeKebab,
  documentTypeNames,
  isDocumentTypeName,
} from "./document-type-names.js";
export {
  CODELIST_KEYWORD,
  type FieldMeta,
  SENSITIVITY_KEYWORD,
  type Sensitivity,
  sensitivityClasses,
  sensitivityRank,
} from "./meta.js";
export { leafSensitivities, sensitivityOf } from "./sensitivity.js";
