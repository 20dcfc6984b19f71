// Code tables between Open TRM codelists and vCard parameter or property values.
import type { PhoneType } from "@open-trm/schema/data";

/**
 * TEL TYPE values (RFC 6350 section 6.4.1) for each Open TRM phone type; the codelist follows the RFC.
 * @example
 * telTypes.find((t) => t.phoneType === "cell")?.tel; // "cell"
 */
export const telTypes: readonly {
  readonly phoneType: PhoneType;
  readonly tel: string;
  readonly section: string;
}[] = [
  { phoneType: "voice", tel: "voice", section: "RFC 6350 6.4.1" },
  { phoneType: "text", tel: "text", section: "RFC 6350 6.4.1" },
  { phoneType: "fax", tel: "fax", section: "RFC 6350 6.4.1" },
  { phoneType: "cell", tel: "cell", section: "RFC 6350 6.4.1" },
  { phoneType: "video", tel: "video", section: "RFC 6350 6.4.1" },
  { phoneType: "pager", tel: "pager", section: "RFC 6350 6.4.1" },
  { phoneType: "textphone", tel: "textphone", section: "RFC 6350 6.4.1" },
];

/**
 * The TEL TYPE assumed when a TEL property has none (RFC 6350 section 6.4.1: the default type is voice).
 * @example
 * DEFAULT_TEL_TYPE; // "voice"
 */
export const DEFAULT_TEL_TYPE = "voice";

/**
 * A KIND value, the document type its cards hold, and the field FN carries.
 * @example
 * const row: KindRow = { kind: "org", documentType: "focalPoint", fn: "/institution/name", when: "no contact person is named" };
 */
export interface KindRow {
  readonly kind: "org" | "individual" | "group";
  readonly documentType: "focalPoint" | "focalPointDirectory";
  readonly fn: string;
  readonly when: string;
}

/**
 * KIND values (RFC 6350 section 6.1.4) and the field FN names for each. A card is written with the first KIND
 * of its document type whose FN field has a value: `individual` when a contact person is named, else `org`;
 * a directory card is a `group`. A card without KIND is `individual` (RFC 6350 section 6.1.4).
 * @example
 * kinds.find((k) => k.kind === "group")?.fn; // "/publisher/institution"
 */
export const kinds: readonly KindRow[] = [
  {
    kind: "individual",
    documentType: "focalPoint",
    fn: "/contactPerson/name",
    when: "a contact person is named",
  },
  { kind: "org", documentType: "focalPoint", fn: "/institution/name", when: "no contact person is named" },
  {
    kind: "group",
    documentType: "focalPointDirectory",
    fn: "/publisher/institution",
    when: "the card describes the directory",
  },
];

/**
 * The KIND a card without one has (RFC 6350 section 6.1.4).
 * @example
 * DEFAULT_KIND; // "individual"
 */
export const DEFAULT_KIND = "individual";
