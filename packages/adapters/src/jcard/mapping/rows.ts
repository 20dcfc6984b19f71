// The mapping tables: which vCard property carries which Open TRM field, as data. Properties named X-OPENTRM-*
// are extended properties (RFC 6350 section 6.10) defined by this adapter so that round trips are exact; their
// parameters named X-OPENTRM-* are x-params (RFC 6350 section 5). docs/mappings/jcard.md renders these tables.
import type { CodecName } from "./codecs.js";

/**
 * A field of an object carried in a property parameter.
 * @example
 * const spec: ParamSpec = { param: "TYPE", field: "type", codec: "phoneType", pickFirst: true, fallback: "voice" };
 */
export interface ParamSpec {
  /** Parameter name, upper case as written in vCard text (lower case in jCard). */
  readonly param: string;
  /** The object's field it carries. */
  readonly field: string;
  readonly codec: CodecName;
  /** The field is a list: one parameter value per item, and one empty value for an empty list. */
  readonly list?: boolean;
  /** A foreign card may give several values: the first known one is taken, the rest are losses. */
  readonly pickFirst?: boolean;
  /** The field's value when the parameter is absent. */
  readonly fallback?: string;
}

/**
 * A field of an object carried in one component of a structured value (RFC 7095 section 3.3.1).
 * @example
 * const spec: ComponentSpec = { field: "days", codec: "weekday", list: true };
 */
export interface ComponentSpec {
  readonly field: string;
  readonly codec: CodecName;
  /** The component is a comma list. */
  readonly list?: boolean;
  /** A value the codec cannot read is a loss (foreign address text), not an issue. */
  readonly lenient?: boolean;
}

/**
 * The value of an object-carrying property: one field, or the components of a structured value.
 * @example
 * const value: ValueSpec = { field: "number", codec: "telUri" };
 */
export type ValueSpec =
  | { readonly field: string; readonly codec: CodecName }
  | { readonly components: readonly (ComponentSpec | null)[] };

interface RowBase {
  /** vCard property name, upper case. */
  readonly property: string;
  /** JSON Pointer of the Open TRM field, array or object the property carries. */
  readonly pointer: string;
  /** Where the property is defined. */
  readonly section: string;
  /** What the mapping does, in a sentence for the documentation. */
  readonly note: string;
}

/**
 * One row of a mapping table. `scalar`: one field, one property. `repeat`: one property per array item (no
 * property means an empty array). `list`: one property whose values are the items (an empty array is written as
 * one empty value). `objects`: one property per object of an array. `object`: one property for one object.
 * @example
 * const row: PropertyRow = { property: "EMAIL", pointer: "/emails", form: "repeat", codec: "text", section: "RFC 6350 6.4.2", note: "" };
 */
export type PropertyRow = RowBase &
  (
    | { readonly form: "scalar"; readonly codec: CodecName }
    | { readonly form: "repeat"; readonly codec: CodecName; readonly pref?: boolean }
    | { readonly form: "list"; readonly codec: CodecName; readonly lenient?: boolean }
    | {
        readonly form: "objects";
        readonly value: ValueSpec;
        readonly params?: readonly ParamSpec[];
        /** `empty`: no property means an empty array; `omit`: the array is absent, `[]` is one empty property. */
        readonly absent: "empty" | "omit";
      }
    | { readonly form: "object"; readonly value: ValueSpec; readonly params?: readonly ParamSpec[] }
  );

const x = "RFC 6350 6.10 (extended property)";

/**
 * The envelope every Open TRM card carries, focal point or directory.
 * @example
 * envelopeRows.map((r) => r.property); // ["X-OPENTRM-VERSION", "UID", "CREATED", "REV", ...]
 */
// biome-ignore format: table rows stay one per line
export const envelopeRows: readonly PropertyRow[] = [
  { property: "X-OPENTRM-VERSION", pointer: "/standardVersion", form: "scalar", codec: "text", section: x, note: "The Open TRM standard version." },
  { property: "UID", pointer: "/id", form: "scalar", codec: "uuidUri", section: "RFC 6350 6.7.6", note: "The document id as a urn:uuid: URI." },
  { property: "CREATED", pointer: "/createdAt", form: "scalar", codec: "timestamp", section: "RFC 9554 (CREATED)", note: "Creation time; fractional seconds travel in the X-OPENTRM-RFC3339 parameter." },
  { property: "REV", pointer: "/updatedAt", form: "scalar", codec: "timestamp", section: "RFC 6350 6.7.4", note: "Revision time; fractional seconds travel in the X-OPENTRM-RFC3339 parameter." },
  { property: "X-OPENTRM-RECORDED-BY", pointer: "/recordedBy", form: "scalar", codec: "uuidUri", section: x, note: "The focal point that wrote this version, as a urn:uuid: URI." },
  { property: "X-OPENTRM-EXTENSIONS", pointer: "/extensions", form: "scalar", codec: "json", section: x, note: "All extension namespaces, as JSON text." },
];

/**
 * Focal point fields and the properties of its card (data model 5.5). FN and KIND follow the `kinds` table.
 * @example
 * focalPointRows.find((r) => r.pointer === "/emails")?.property; // "EMAIL"
 */
// biome-ignore format: table rows stay one per line
export const focalPointRows: readonly PropertyRow[] = [
  ...envelopeRows,
  { property: "ADR", pointer: "", form: "object", value: { components: [null, null, null, null, { field: "subdivision", codec: "subdivision", lenient: true }, null, { field: "country", codec: "country", lenient: true }] }, params: [{ param: "CC", field: "country", codec: "country" }], section: "RFC 6350 6.3.1; RFC 8605 (CC)", note: "Only the area served: region = ISO 3166-2 subdivision, country = ISO 3166-1 code, also in the CC parameter." },
  { property: "ORG", pointer: "/institution", form: "object", value: { components: [{ field: "name", codec: "text" }] }, section: "RFC 6350 6.6.4", note: "The institution name as the organization name; unit components of foreign cards are losses." },
  { property: "X-OPENTRM-INSTITUTION-TYPE", pointer: "/institution/type", form: "scalar", codec: "institutionType", section: x, note: "An institutionType code." },
  { property: "URL", pointer: "/institution/website", form: "scalar", codec: "uri", section: "RFC 6350 6.7.8", note: "The institution's website." },
  { property: "X-OPENTRM-INSTITUTION-ID", pointer: "/institution/identifier", form: "object", value: { field: "value", codec: "text" }, params: [{ param: "X-OPENTRM-SCHEME", field: "scheme", codec: "text" }], section: x, note: "The official identifier; its scheme in the X-OPENTRM-SCHEME parameter." },
  { property: "CATEGORIES", pointer: "/roles", form: "list", codec: "focalPointRole", lenient: true, section: "RFC 6350 6.7.1", note: "Roles as focalPointRole codes, so address books can group by role; other categories are losses." },
  { property: "X-OPENTRM-TRM-STAGES", pointer: "/mandate/trmStages", form: "list", codec: "trmStage", section: x, note: "trmStage codes of the mandate." },
  { property: "X-OPENTRM-TARGET-GROUPS", pointer: "/mandate/targetGroups", form: "scalar", codec: "targetGroup", section: x, note: "A targetGroup code; present whenever the mandate is." },
  { property: "X-OPENTRM-EXPLOITATION-FORMS", pointer: "/mandate/exploitationForms", form: "list", codec: "exploitationForm", section: x, note: "exploitationForm codes of the mandate." },
  { property: "X-OPENTRM-SERVICES", pointer: "/mandate/services", form: "list", codec: "serviceType", section: x, note: "serviceType codes of the mandate." },
  { property: "TITLE", pointer: "/contactPerson/title", form: "scalar", codec: "text", section: "RFC 6350 6.6.1", note: "The contact person's job title or function." },
  { property: "TEL", pointer: "/phones", form: "objects", value: { field: "number", codec: "telUri" }, params: [{ param: "TYPE", field: "type", codec: "phoneType", pickFirst: true, fallback: "voice" }, { param: "X-OPENTRM-LANGUAGES", field: "languages", codec: "languageTag", list: true }], absent: "empty", section: "RFC 6350 6.4.1; RFC 3966", note: "One TEL per phone, a tel: URI with the TYPE from the TEL type table and the line's languages." },
  { property: "EMAIL", pointer: "/emails", form: "repeat", codec: "text", section: "RFC 6350 6.4.2", note: "One EMAIL per address, in order." },
  { property: "X-OPENTRM-SECURE-CHANNEL", pointer: "/secureChannels", form: "objects", value: { field: "address", codec: "text" }, params: [{ param: "X-OPENTRM-CHANNEL-TYPE", field: "type", codec: "secureChannelType" }, { param: "X-OPENTRM-FINGERPRINT", field: "publicKeyFingerprint", codec: "text" }], absent: "omit", section: x, note: "One per secure channel: the address, its secureChannelType and key fingerprint." },
  { property: "LANG", pointer: "/languages", form: "repeat", codec: "languageTag", pref: true, section: "RFC 6350 6.4.4", note: "One LANG per language; PREF (RFC 6350 5.3) keeps the order." },
  { property: "X-OPENTRM-AVAILABLE-24X7", pointer: "/availability/is24x7", form: "scalar", codec: "boolean", section: x, note: "Whether it is reachable around the clock." },
  { property: "X-OPENTRM-HOURS", pointer: "/availability/hours", form: "objects", value: { components: [{ field: "days", codec: "weekday", list: true }, { field: "opens", codec: "text" }, { field: "closes", codec: "text" }] }, absent: "omit", section: x, note: "One per opening-hours entry: weekday codes; opens; closes." },
  { property: "TZ", pointer: "/availability/timeZone", form: "scalar", codec: "text", section: "RFC 6350 6.5.1", note: "The IANA time zone name, as text." },
  { property: "NOTE", pointer: "/availability/outOfHours", form: "scalar", codec: "text", section: "RFC 6350 6.7.2", note: "What to do out of hours, the one free-text field of a focal point." },
  { property: "X-OPENTRM-STATUS", pointer: "/status", form: "scalar", codec: "focalPointStatus", section: x, note: "A focalPointStatus code." },
  { property: "X-OPENTRM-SUPERSEDED-BY", pointer: "/supersededBy", form: "scalar", codec: "uuidUri", section: x, note: "The replacing focal point, as a urn:uuid: URI." },
  { property: "X-OPENTRM-LAST-VERIFIED", pointer: "/verification/lastVerifiedOn", form: "scalar", codec: "date", section: x, note: "Date of the last verification." },
  { property: "X-OPENTRM-VERIFIED-BY", pointer: "/verification/verifiedBy", form: "scalar", codec: "uuidUri", section: x, note: "Who verified it, as a urn:uuid: URI." },
  { property: "X-OPENTRM-NEXT-REVIEW", pointer: "/verification/nextReviewDue", form: "scalar", codec: "date", section: x, note: "Date the next review is due." },
];

/**
 * Directory envelope fields and the properties of its `KIND:group` card (data model 5.6).
 * @example
 * directoryRows.find((r) => r.pointer === "/version")?.property; // "X-OPENTRM-DIRECTORY-VERSION"
 */
// biome-ignore format: table rows stay one per line
export const directoryRows: readonly PropertyRow[] = [
  ...envelopeRows,
  { property: "ADR", pointer: "/publisher", form: "object", value: { components: [null, null, null, null, null, null, { field: "country", codec: "country", lenient: true }] }, params: [{ param: "CC", field: "country", codec: "country" }], section: "RFC 6350 6.3.1; RFC 8605 (CC)", note: "The publisher's country, in the country component and the CC parameter." },
  { property: "X-OPENTRM-PUBLISHED-ON", pointer: "/publishedOn", form: "scalar", codec: "date", section: x, note: "Date of publication." },
  { property: "X-OPENTRM-DIRECTORY-VERSION", pointer: "/version", form: "scalar", codec: "text", section: x, note: "The directory's version as its publisher numbers it." },
  { property: "X-OPENTRM-PREVIOUS-VERSION", pointer: "/previousVersion", form: "scalar", codec: "text", section: x, note: "The version this one replaces." },
];

/**
 * The directory card lists its focal points, in order, by MEMBER urn:uuid: URIs (RFC 6350 section 6.6.5).
 * @example
 * memberRow.property; // "MEMBER"
 */
export const memberRow = {
  property: "MEMBER",
  pointer: "/focalPoints/*/id",
  section: "RFC 6350 6.6.5",
  note: "One MEMBER per focal point, in order; each names the UID of a card in the same file.",
} as const;

/**
 * Properties written to every card and read without loss: they describe the card, not the document.
 * @example
 * structuralProperties.VERSION.value; // "4.0"
 */
export const structuralProperties = {
  VERSION: { value: "4.0", section: "RFC 6350 6.7.9", note: "Always 4.0, right after BEGIN:VCARD." },
  PRODID: {
    value: "-//Open TRM//adapters jcard//EN",
    section: "RFC 6350 6.7.3",
    note: "The producing software.",
  },
} as const;
