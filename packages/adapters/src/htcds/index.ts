// IOM Human Trafficking Case Data Standard (HTCDS) 2.0 <-> Open TRM. HTCDS field names and picklist values are
// those of the HTCDS 2.0 field standard sheet by the International Organization for Migration (IOM), published
// under CC BY 4.0 (https://github.com/UNMigration/HTCDS); see NOTICE.md beside this file. No endorsement by IOM
// is implied.
export {
  consentCheckboxOfState,
  consentStateAfterCheckbox,
} from "./consent-state.js";
export { fromHtcdsCsv, toHtcdsCsv } from "./csv.js";
export { childContextUnknown, childStatusOf } from "./derive.js";
export { type FieldRule, type HtcdsDocumentName, htcdsFieldMap, htcdsGroups } from "./field-map.js";
export {
  type FieldKind,
  type HtcdsField,
  type HtcdsFieldName,
  type HtcdsRecord,
  type HtcdsValue,
  htcdsFields,
} from "./fields.js";
export { fromHtcds } from "./from-htcds.js";
export { htcdsOptionFields } from "./loss-reasons.js";
export { htcdsPicklists, type Match, type PicklistRow, type PicklistTable } from "./picklists.js";
export { toHtcds } from "./to-htcds.js";
export type { FromHtcdsOptions, HtcdsDocuments } from "./types.js";
