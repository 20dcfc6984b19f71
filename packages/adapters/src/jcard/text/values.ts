// Value types between vCard text and jCard (RFC 7095 section 3.5): vCard writes dates and times in the basic
// ISO 8601 format (19850412, 102200, +0200), jCard in the extended one (1985-04-12, 10:22:00, +02:00);
// booleans are TRUE/FALSE in vCard and JSON booleans in jCard; text is escaped only in vCard.
import type { JcardComponent, JcardValue } from "../types.js";
import { escapeText, splitUnescaped, unescapeText } from "./escape.js";

/** How a property's value is laid out in vCard text: one value, a comma list, or semicolon components. */
export type ValueShape = "single" | "multi" | "structured";

const ZONE_BASIC = /([+-]\d\d)(\d\d)$/;

function dateIn(v: string): string {
  return v.replace(/^(\d{4})(\d\d)(\d\d)$/, "$1-$2-$3").replace(/^--(\d\d)(\d\d)$/, "--$1-$2");
}
function dateOut(v: string): string {
  return v.replace(/^(\d{4})-(\d\d)-(\d\d)$/, "$1$2$3").replace(/^--(\d\d)-(\d\d)$/, "--$1$2");
}
function timeIn(v: string): string {
  // Forms that start with "-" omit the hour and carry no zone (RFC 6350 section 4.3.2).
  const zone = v.startsWith("-") ? "" : (/(Z|[+-]\d\d(?:\d\d)?)$/.exec(v)?.[0] ?? "");
  const t = v.slice(0, v.length - zone.length);
  const local = t
    .replace(/^(\d\d)(\d\d)(\d\d)$/, "$1:$2:$3")
    .replace(/^(\d\d)(\d\d)$/, "$1:$2")
    .replace(/^-(\d\d)(\d\d)$/, "-$1:$2");
  return local + zone.replace(ZONE_BASIC, "$1:$2");
}
function timeOut(v: string): string {
  return v.replace(/:/g, "");
}
function dateTimeIn(v: string): string {
  const t = v.indexOf("T");
  return t < 0 ? dateIn(v) : `${dateIn(v.slice(0, t))}T${timeIn(v.slice(t + 1))}`;
}
function dateTimeOut(v: string): string {
  const t = v.indexOf("T");
  return t < 0 ? dateOut(v) : `${dateOut(v.slice(0, t))}T${timeOut(v.slice(t + 1))}`;
}

/** Converts one raw vCard value of a type to its jCard form; malformed values stay as written. */
export function valueIn(raw: string, type: string): string | number | boolean {
  switch (type) {
    case "text":
      return unescapeText(raw);
    case "boolean":
      return /^true$/i.test(raw) ? true : /^false$/i.test(raw) ? false : raw;
    case "integer":
      return /^[+-]?\d{1,15}$/.test(raw) ? Number(raw) : raw;
    case "float":
      return /^[+-]?\d{1,15}(\.\d{1,15})?$/.test(raw) ? Number(raw) : raw;
    case "date":
      return dateIn(raw);
    case "time":
      return timeIn(raw);
    case "date-time":
    case "timestamp":
    case "date-and-or-time":
      return raw.startsWith("T") ? `T${timeIn(raw.slice(1))}` : dateTimeIn(raw);
    case "utc-offset":
      return raw.replace(/^([+-]\d\d)(\d\d)$/, "$1:$2");
    default:
      return raw;
  }
}

/** Converts one jCard primitive of a type to vCard text; the inverse of {@link valueIn}. */
export function valueOut(value: string | number | boolean, type: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  switch (type) {
    case "text":
      return escapeText(value);
    case "date":
      return dateOut(value);
    case "time":
    case "utc-offset":
      return timeOut(value);
    case "date-time":
    case "timestamp":
    case "date-and-or-time":
      return value.startsWith("T") ? `T${timeOut(value.slice(1))}` : dateTimeOut(value);
    default:
      return value;
  }
}

/** Parses the raw value text of a property into jCard values (RFC 7095 section 3.3.1). */
export function parseValues(raw: string, type: string, shape: ValueShape): JcardValue[] {
  if (type === "unknown") return [raw];
  if (shape === "multi") return splitUnescaped(raw, ",").map((v) => valueIn(v, type));
  if (shape === "single") return [valueIn(raw, type)];
  const components: JcardComponent[] = splitUnescaped(raw, ";").map((c) => {
    const items = splitUnescaped(c, ",").map((v) => String(valueIn(v, type)));
    return items.length === 1 ? (items[0] ?? "") : items;
  });
  const [first] = components;
  return components.length === 1 && typeof first === "string" ? [first] : [components];
}

/** Writes jCard values as the raw value text of a property; the inverse of {@link parseValues}. */
export function formatValues(values: readonly JcardValue[], type: string): string {
  if (type === "unknown") return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(",");
  return values
    .map((v) =>
      Array.isArray(v)
        ? v
            .map((c: JcardComponent) =>
              typeof c === "string" ? valueOut(c, type) : c.map((i) => valueOut(i, type)).join(","),
            )
            .join(";")
        : valueOut(v as string | number | boolean, type),
    )
    .join(",");
}
