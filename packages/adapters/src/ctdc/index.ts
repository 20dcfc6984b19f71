// @open-trm/adapters/ctdc: victim profiles -> k-anonymous CTDC publication rows (2021 and 2024 layouts).
// There is no fromCtdc: a CTDC row cannot carry a victim profile back (see docs/mappings/ctdc.md).
export { ctdcColumns, ctdcQuasiGroups, toCtdc, toCtdcCsv } from "./to-ctdc.js";
export {
  type CtdcClassCounts,
  type CtdcCsv,
  type CtdcGeneralisation,
  type CtdcLayout,
  type CtdcOptions,
  type CtdcReport,
  type CtdcTable,
  ctdcLayouts,
} from "./types.js";
