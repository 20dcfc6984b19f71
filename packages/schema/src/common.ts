import { z } from "zod";
import type { Codelist } from "./codelists/define.js";
import { country, language } from "./codelists/geo.js";
import { CODELIST_KEYWORD, type FieldMeta, group, leaf, type Sensitivity } from "./meta.js";

/** The version of the standard these schemas describe (major.minor). */
export const STANDARD_VERSION = "1.0";

/** Maximum lengths of text fields, in Unicode code points. */
export const MAX_LENGTH = { code: 100, name: 200, text: 1000, freeText: 8000 } as const;

// A date as YYYY-MM-DD, leap years included (month and day ranges checked by the pattern itself).
const DATE_CORE =
  "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])))";
const PARTIAL_DATE = new RegExp(`^(?:\\d{4}|\\d{4}-(?:0[1-9]|1[0-2])|${DATE_CORE})$`);
// RFC 5322 dot-atom local part of at most 64 characters (RFC 5321 4.5.3.1.1) and RFC 1035 host names with an
// alphabetic top-level label.
const EMAIL =
  /^(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
// ITU-T E.164: a plus sign, a non-zero leading digit, at most 15 digits.
const E164 = /^\+[1-9]\d{1,14}$/;
// ISO 8601 duration in the RFC 3339 Appendix A grammar that the JSON Schema `duration` format cites: units in
// order without gaps (P1Y2M3D, PT1H30M), or weeks alone.
const DURATION =
  /^P(?:\d+W|(?:\d+D|\d+M(?:\d+D)?|\d+Y(?:\d+M(?:\d+D)?)?)(?:T(?:\d+S|\d+M(?:\d+S)?|\d+H(?:\d+M(?:\d+S)?)?))?|T(?:\d+S|\d+M(?:\d+S)?|\d+H(?:\d+M(?:\d+S)?)?))$/;
const SUBDIVISION = new RegExp(`^(?:${country.codes.join("|")})-[A-Z0-9]{1,3}$`);
// BCP 47 language tag in canonical case: language, optional script, optional region.
export const LANGUAGE_TAG = new RegExp(
  `^(?:${language.codes.join("|")})(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\\d{3}))?$`,
);
/** Pattern of an extension namespace: a country code such as `si`, or a reverse domain such as `org.example.ngo`. */
export const EXTENSION_NAMESPACE = /^[a-z]{2}(\.[a-z0-9-]+)*$|^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const IANA_TIME_ZONE = /^(?:UTC|[A-Z][A-Za-z_+-]*(?:\/[A-Za-z0-9_+-]+){1,2})$/;

type Meta = Omit<FieldMeta, "sensitivity"> & { readonly sensitivity?: Sensitivity };
const with_ = (m: Meta, s: Sensitivity): FieldMeta => ({ ...m, sensitivity: m.sensitivity ?? s });

/** A UUID (RFC 9562), opaque, never derived from a name or a document number. */
export const uuid = (m: Meta) => leaf(z.uuid(), with_(m, "identifier"));
/** An RFC 3339 date-time with seconds and an offset (`Z` or `+hh:mm`). */
export const dateTime = (m: Meta) => leaf(z.iso.datetime({ offset: true }), with_(m, "quasi"));
/** A full calendar date, `YYYY-MM-DD`. */
export const date = (m: Meta) => leaf(z.iso.date(), with_(m, "quasi"));
/** A date known in part: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = (m: Meta) => leaf(z.string().regex(PARTIAL_DATE), with_(m, "quasi"));
/** An ISO 3166-1 alpha-2 country code, upper case, or `XK`. */
export const countryCode = (m: Meta) =>
  leaf(codeSchema(country), { ...with_(m, "quasi"), codelist: "country" });
/** An ISO 3166-2 subdivision code such as `AL-11`. */
export const subdivisionCode = (m: Meta) => leaf(z.string().regex(SUBDIVISION), with_(m, "quasi"));
/** A BCP 47 language tag in canonical case, ISO 639-1 where one exists (`sq`, `ro-MD`, `rom`). */
export const languageTag = (m: Meta) =>
  leaf(z.string().max(20).regex(LANGUAGE_TAG), { ...with_(m, "quasi"), codelist: "language" });
/** A phone number in E.164 form. */
export const e164Phone = (m: Meta) => leaf(z.string().regex(E164), with_(m, "direct"));
/** An e-mail address. */
export const email = (m: Meta) => leaf(z.email({ pattern: EMAIL }).max(254), with_(m, "direct"));
/** An ISO 8601 duration such as `P5Y` or `P6M`. */
export const duration = (m: Meta) =>
  leaf(z.string().regex(DURATION).meta({ format: "duration" }), with_(m, "internal"));
/** A clock time `HH:MM` (24-hour). */
export const timeOfDay = (m: Meta) => leaf(z.string().regex(TIME_OF_DAY), with_(m, "public"));
/** An IANA time zone name such as `Europe/Tirane`. */
export const timeZone = (m: Meta) => leaf(z.string().max(64).regex(IANA_TIME_ZONE), with_(m, "public"));
/** A reference to a focal point by its `id`. Focal points are public institutions. */
export const focalPointRef = (m: Meta) => leaf(z.uuid(), with_(m, "public"));
/** A reference to another document by its `id`. */
export const documentRef = (m: Meta) => leaf(z.uuid(), with_(m, "identifier"));
/** A short text such as a name or a title (1 to 200 code points). */
export const shortText = (m: FieldMeta) => leaf(z.string().min(1).max(MAX_LENGTH.name), m);
/** A text such as an address or a reference (1 to 1000 code points). */
export const text = (m: FieldMeta) => leaf(z.string().min(1).max(MAX_LENGTH.text), m);
/** Narrative free text (1 to 8000 code points); always the `freeText` class. */
export const freeText = (m: Omit<FieldMeta, "sensitivity">) =>
  leaf(z.string().min(1).max(MAX_LENGTH.freeText), { ...m, sensitivity: "freeText" });
/** A boolean flag. */
export const flag = (m: FieldMeta) => leaf(z.boolean(), m);
/** A non-negative integer. */
export const count = (m: FieldMeta, max = 10_000) => leaf(z.int().min(0).max(max), m);

/** The `extensions` object: namespace -> object; the core checks only its shape (data model section 4). */
export const extensions = () =>
  // Zod's record skips an own `__proto__` key unchecked, while JSON Schema validators check it against the
  // namespace pattern; reject it first so every validator gives the same verdict.
  leaf(
    z
      .custom<unknown>((v) => !(typeof v === "object" && v !== null && Object.hasOwn(v, "__proto__")))
      .pipe(z.record(z.string().regex(EXTENSION_NAMESPACE), z.record(z.string(), z.unknown()))),
    {
      title: "Extensions",
      description:
        "National or organisational additions, keyed by namespace (a country code such as `si` or a reverse domain such as `org.example.ngo`). Content is validated only by registered profiles and is treated as free text by privacy tools.",
      sensitivity: "freeText",
    },
  );

/** The common envelope of every top-level document (data model section 2). */
export function envelope<const T extends string>(documentType: T, timestamps: Sensitivity) {
  return {
    documentType: leaf(z.literal(documentType), {
      title: "Document type",
      description: `What this document is; always \`${documentType}\` for this schema.`,
      sensitivity: "internal",
      codelist: "documentType",
    }),
    standardVersion: leaf(z.literal(STANDARD_VERSION), {
      title: "Standard version",
      description:
        "The major.minor version of the Open TRM standard the document follows; patch releases never change it.",
      sensitivity: "internal",
    }),
    id: uuid({ title: "Identifier", description: "Opaque local identifier (UUID) of this document." }),
    createdAt: dateTime({
      title: "Created at",
      description: "When the document was first created (RFC 3339 with offset).",
      sensitivity: timestamps,
    }),
    updatedAt: dateTime({
      title: "Updated at",
      description: "When this version of the document was written; never before `createdAt`.",
      sensitivity: timestamps,
    }),
    recordedBy: focalPointRef({
      title: "Recorded by",
      description: "The focal point that authored this version.",
    }),
    extensions: extensions().exactOptional(),
  };
}

/** A closed object with a title and description. */
export function obj<S extends z.core.$ZodLooseShape>(shape: S, title: string, description: string) {
  return group(z.strictObject(shape), title, description);
}

/** An array field of objects with a title and description. */
export function list<T extends z.ZodType>(
  item: T,
  title: string,
  description: string,
  opts: { min?: number; max?: number } = {},
) {
  let a = z.array(item).max(opts.max ?? 500);
  if (opts.min) a = a.min(opts.min);
  return group(a, title, description);
}

/** A field whose value is one code of a codelist. */
export function code<C extends string>(list: Codelist<C>, m: FieldMeta) {
  return leaf(codeSchema(list), { ...m, codelist: list.name });
}

/** A field whose value is a list of codes of a codelist (at most `max`, default 100). */
export function codes<C extends string>(
  list: Codelist<C>,
  m: FieldMeta,
  opts: { min?: number; max?: number } = {},
) {
  let a = z.array(codeSchema(list)).max(opts.max ?? 100);
  if (opts.min) a = a.min(opts.min);
  return leaf(a, { ...m, codelist: list.name });
}

/** A field whose value is a list of leaf values (country codes, language tags, texts). */
export function leafList<T extends z.ZodType>(
  item: T,
  m: FieldMeta,
  opts: { min?: number; max?: number } = {},
) {
  let a = z.array(item).max(opts.max ?? 100);
  if (opts.min) a = a.min(opts.min);
  return leaf(a, m);
}

/** The Zod enum of a codelist's codes. */
export function codeSchema<C extends string>(list: Codelist<C>): z.ZodEnum<{ [K in C]: K }> {
  // Every enum names its codelist, so that array items and docs can point to the list too.
  return z.enum(list.codes as unknown as [C, ...C[]]).meta({ [CODELIST_KEYWORD]: list.name }) as z.ZodEnum<{
    [K in C]: K;
  }>;
}
