// jCard (RFC 7095) and vCard 4.0 (RFC 6350) for focal points and focal point directories.
export { fromJcard } from "./from-jcard.js";
export { fromVcard } from "./from-vcard.js";
export { type Codec, type CodecName, codecs } from "./mapping/codecs.js";
export {
  type ComponentSpec,
  directoryRows,
  envelopeRows,
  focalPointRows,
  memberRow,
  type ParamSpec,
  type PropertyRow,
  structuralProperties,
  type ValueSpec,
} from "./mapping/rows.js";
export { DEFAULT_KIND, DEFAULT_TEL_TYPE, type KindRow, kinds, telTypes } from "./mapping/tables.js";
export { toJcard } from "./to-jcard.js";
export { toVcard } from "./to-vcard.js";
export type {
  DirectoryDefaults,
  FocalPointDefaults,
  FocalPointOrDirectory,
  FromCardOptions,
  Jcard,
  JcardComponent,
  JcardParams,
  JcardProperty,
  JcardValue,
} from "./types.js";
