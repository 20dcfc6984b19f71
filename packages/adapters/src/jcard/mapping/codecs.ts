// Value codecs: how one Open TRM value becomes one jCard value of a vCard value type (RFC 6350 section 4,
// RFC 7095 section 3.5) and back. Decoders accept the jCard form and, leniently, the vCard text form.
import {
  type Codelist,
  country,
  exploitationForm,
  focalPointRole,
  focalPointStatus,
  institutionType,
  secureChannelType,
  serviceType,
  targetGroup,
  trmStage,
  weekday,
} from "@open-trm/schema/data";
import type { JcardValue } from "../types.js";
import { telTypes } from "./tables.js";

/** What a decoder returns for a value it cannot read. */
export const INVALID: unique symbol = Symbol("invalid");

/**
 * One Open TRM value <-> one jCard value of a vCard value type.
 * @example
 * codecs.date.encode("2026-12-15"); // "2026-12-15" (jCard), written 20261215 in vCard text
 */
export interface Codec {
  /** The jCard value type written (RFC 7095 section 3.5). */
  readonly type: string;
  /** What a valid value looks like, for issue messages (never the value itself). */
  readonly expects: string;
  readonly encode: (value: unknown) => string | boolean;
  readonly decode: (value: JcardValue) => unknown;
  /** Values are codes of a codelist (issues say ADAPTER_UNKNOWN_CODE). */
  readonly coded?: boolean;
  /** The parameter that carries the exact value when the value type cannot (fractional seconds). */
  readonly exact?: { readonly param: string; readonly needed: (value: unknown) => boolean };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const E164 = /^\+[1-9]\d{1,14}$/;
const TIMESTAMP_EXTENDED = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(Z|[+-]\d\d(?::\d\d)?)$/;
const TIMESTAMP_BASIC = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(Z|[+-]\d\d(?:\d\d)?)$/;

const str = (v: JcardValue): string | typeof INVALID => (typeof v === "string" ? v : INVALID);

// An RFC 3339 offset needs minutes; vCard and jCard allow an offset of hours alone (RFC 6350 section 4.7).
const fullOffset = (zone: string) =>
  zone === "Z" ? zone : zone.replace(/^([+-]\d\d):?(\d\d)?$/, (_, h, m) => `${h}:${m ?? "00"}`);

function decodeTimestamp(v: JcardValue): unknown {
  if (typeof v !== "string") return INVALID;
  const e = TIMESTAMP_EXTENDED.exec(v);
  if (e) return `${e[1]}${fullOffset(e[2] ?? "")}`;
  const b = TIMESTAMP_BASIC.exec(v);
  return b ? `${b[1]}-${b[2]}-${b[3]}T${b[4]}:${b[5]}:${b[6]}${fullOffset(b[7] ?? "")}` : INVALID;
}

const text: Codec = { type: "text", expects: "a text value", encode: String, decode: str };

function code(list: Pick<Codelist, "name" | "codes">): Codec {
  const codes: ReadonlySet<string> = new Set(list.codes);
  return {
    type: "text",
    coded: true,
    expects: `a code of the ${list.name} codelist`,
    encode: String,
    decode: (v) => (typeof v === "string" && codes.has(v) ? v : INVALID),
  };
}

/**
 * The value codecs by name; mapping rows refer to them by these names.
 * @example
 * codecs.uuidUri.decode("urn:uuid:00000000-0000-4000-8000-000000005302"); // "00000000-0000-4000-8000-000000005302"
 */
export const codecs = {
  text,
  uri: { type: "uri", expects: "a URI", encode: String, decode: str },
  languageTag: { type: "language-tag", expects: "a BCP 47 language tag", encode: String, decode: str },
  // UIDs and references travel as urn:uuid: URIs (RFC 6350 section 6.7.6; URN namespace of RFC 4122 section 3).
  uuidUri: {
    type: "uri",
    expects: "a urn:uuid: URI or a UUID",
    encode: (v) => `urn:uuid:${String(v)}`,
    decode: (v) => {
      const s = typeof v === "string" ? v.replace(/^urn:uuid:/i, "") : "";
      return UUID.test(s) ? s : INVALID;
    },
  },
  // vCard and jCard timestamps have whole seconds (RFC 6350 section 4.3.5); fractions travel in a parameter.
  timestamp: {
    type: "timestamp",
    expects: "a timestamp with seconds and a UTC offset",
    encode: (v) => String(v).replace(/\.\d+/, ""),
    decode: decodeTimestamp,
    exact: { param: "X-OPENTRM-RFC3339", needed: (v) => /\.\d/.test(String(v)) },
  },
  date: {
    type: "date",
    expects: "a complete date (YYYY-MM-DD or YYYYMMDD)",
    encode: String,
    decode: (v) =>
      typeof v !== "string"
        ? INVALID
        : /^\d{4}-\d\d-\d\d$/.test(v)
          ? v
          : /^\d{8}$/.test(v)
            ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`
            : INVALID,
  },
  boolean: {
    type: "boolean",
    expects: "a boolean (TRUE or FALSE)",
    encode: Boolean,
    decode: (v) =>
      typeof v === "boolean"
        ? v
        : typeof v === "string" && /^(true|false)$/i.test(v)
          ? /^t/i.test(v)
          : INVALID,
  },
  // Extension content is carried whole as JSON text, so any registered or unregistered namespace survives.
  json: {
    type: "text",
    expects: "a JSON object as text",
    // JSON.stringify escapes control characters but not DEL, which vCard text cannot hold either.
    encode: (v) => JSON.stringify(v).replace(/\x7f/g, "\\u007f"),
    decode: (v) => {
      if (typeof v !== "string") return INVALID;
      try {
        const parsed: unknown = JSON.parse(v);
        return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : INVALID;
      } catch {
        return INVALID;
      }
    },
  },
  // TEL values are tel: URIs in vCard 4.0 (RFC 6350 section 6.4.1, RFC 3966); visual separators are dropped.
  telUri: {
    type: "uri",
    expects: "a global tel: URI or number in E.164 form, without tel: URI parameters",
    encode: (v) => `tel:${String(v)}`,
    decode: (v) => {
      const s = typeof v === "string" ? v.replace(/^tel:/i, "") : ";";
      const n = s.includes(";") ? "" : s.replace(/[\s\-.()]/g, "");
      return E164.test(n) ? n : INVALID;
    },
  },
  country: code(country),
  institutionType: code(institutionType),
  focalPointRole: code(focalPointRole),
  trmStage: code(trmStage),
  targetGroup: code(targetGroup),
  exploitationForm: code(exploitationForm),
  serviceType: code(serviceType),
  focalPointStatus: code(focalPointStatus),
  secureChannelType: code(secureChannelType),
  weekday: code(weekday),
  // TEL TYPE through its table; parameter values not defined as case-sensitive are case-insensitive (RFC 6350
  // section 3.3).
  phoneType: {
    type: "text",
    coded: true,
    expects: "a TEL TYPE of RFC 6350 section 6.4.1 (voice, text, fax, cell, video, pager, textphone)",
    encode: (v) => telTypes.find((t) => t.phoneType === v)?.tel ?? String(v),
    decode: (v) =>
      typeof v === "string"
        ? (telTypes.find((t) => t.tel === v.toLowerCase())?.phoneType ?? INVALID)
        : INVALID,
  },
  // An ISO 3166-2 code in the region component; the validator checks it against the country list.
  subdivision: {
    type: "text",
    expects: "an ISO 3166-2 subdivision code",
    encode: String,
    decode: (v) => (typeof v === "string" && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(v) ? v : INVALID),
  },
} satisfies Record<string, Codec>;

/**
 * The name of a codec in {@link codecs}.
 * @example
 * const name: CodecName = "telUri";
 */
export type CodecName = keyof typeof codecs;
