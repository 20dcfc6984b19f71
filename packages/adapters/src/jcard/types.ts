import type { FocalPoint, FocalPointDirectory } from "@open-trm/schema";

/**
 * One component of a structured jCard value: a string, or several strings when the component holds a list
 * (RFC 7095 section 3.3.1).
 * @example
 * const days: JcardComponent = ["mo", "tu"];
 */
export type JcardComponent = string | readonly string[];

/**
 * A jCard property value (RFC 7095 section 3.3): a primitive, or the components of a structured value.
 * @example
 * const adr: JcardValue = ["", "", "", "", "AL-03", "", "AL"];
 */
export type JcardValue = string | number | boolean | readonly JcardComponent[];

/**
 * The parameters of a jCard property: lower-case names to a value or a list of values (RFC 7095 section 3.4).
 * @example
 * const params: JcardParams = { type: "voice", "x-opentrm-languages": ["sl", "en"] };
 */
export type JcardParams = { readonly [name: string]: string | readonly string[] };

/**
 * A jCard property: name, parameters, value type and one or more values (RFC 7095 section 3.3).
 * @example
 * const fn: JcardProperty = ["fn", {}, "text", "Example NGO"];
 */
export type JcardProperty = readonly [
  name: string,
  params: JcardParams,
  type: string,
  ...values: JcardValue[],
];

/**
 * A jCard object: the string `vcard` and the card's properties, `version` first (RFC 7095 section 3.2).
 * @example
 * const card: Jcard = ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Example NGO"]]];
 */
export type Jcard = readonly ["vcard", readonly JcardProperty[]];

/**
 * Focal point fields that a card lacks can come from here; values in the card win, and objects
 * (`institution`, `availability`, `verification`, `mandate`, `contactPerson`) are merged one level deep.
 * @example
 * const defaults: FocalPointDefaults = { status: "active", roles: ["trmContactPoint"] };
 */
export type FocalPointDefaults = Partial<Omit<FocalPoint, "documentType" | "id">>;

/**
 * Directory envelope fields for a file without an Open TRM group card (or to fill gaps in one); the card wins.
 * @example
 * const directory: DirectoryDefaults = { version: "2026-09", publishedOn: "2026-09-02" };
 */
export type DirectoryDefaults = Partial<Omit<FocalPointDirectory, "documentType" | "focalPoints">>;

/**
 * Options of `fromJcard` and `fromVcard`.
 * @example
 * const options: FromCardOptions = { as: "focalPointDirectory", directory: { version: "1" } };
 */
export interface FromCardOptions {
  /**
   * What to read: `focalPoint` (exactly one card), `focalPointDirectory`, or `auto`: a directory when the input
   * has a `KIND:group` card or more than one card, otherwise a focal point (default: `auto`).
   */
  readonly as?: "auto" | "focalPoint" | "focalPointDirectory";
  /** Values for focal point fields that a card does not carry, such as a foreign address-book card (default: none). */
  readonly focalPointDefaults?: FocalPointDefaults;
  /** Directory envelope fields when the input has no Open TRM group card (default: none). */
  readonly directory?: DirectoryDefaults;
}

/**
 * What `fromJcard` and `fromVcard` return: a focal point, or a directory of them.
 * @example
 * const read = (doc: FocalPointOrDirectory) => doc.documentType;
 */
export type FocalPointOrDirectory = FocalPoint | FocalPointDirectory;
