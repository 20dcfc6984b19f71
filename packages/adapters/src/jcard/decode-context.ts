// What decoding one card records: the document being built, losses and issues at input paths, and where each
// Open TRM field came from (so validator issues can name the input path).
import { issue } from "../internal/result.js";
import type { AdapterIssue, AdapterIssueCode, Loss } from "../result.js";
import type { CardProp } from "./card.js";
import type { Codec } from "./mapping/codecs.js";
import { knownProperty } from "./mapping/registry.js";
import { parseValues } from "./text/values.js";
import type { JcardValue } from "./types.js";

/** The state of decoding one card. */
export interface DecodeContext {
  readonly doc: Record<string, unknown>;
  readonly losses: Loss[];
  readonly issues: AdapterIssue[];
  /** Open TRM pointer -> input path of the property or parameter it came from. */
  readonly origins: Map<string, string>;
  /** Properties read by a mapping row (the others are losses). */
  readonly used: Set<CardProp>;
}

/** A fresh context. */
export function newContext(): DecodeContext {
  return { doc: {}, losses: [], issues: [], origins: new Map(), used: new Set() };
}

const where = (prop: CardProp) => (prop.line === undefined ? "" : ` (line ${prop.line})`);

/** Records an issue about a property (or one of its parameters) of the input. */
export function propIssue(
  ctx: Pick<DecodeContext, "issues">,
  code: AdapterIssueCode,
  prop: CardProp,
  message: string,
  param?: string,
) {
  ctx.issues.push(
    issue(code, param === undefined ? prop.at : prop.paramAt(param), `${message}${where(prop)}`),
  );
}

/** The issue code for a value a codec refuses. */
export const refusal = (codec: Codec) => (codec.coded ? "ADAPTER_UNKNOWN_CODE" : "ADAPTER_INVALID_VALUE");

/** Records a loss about a property (or one of its parameters) of the input. */
export function propLoss(ctx: DecodeContext, prop: CardProp, reason: string, param?: string) {
  ctx.losses.push({ pointer: param === undefined ? prop.at : prop.paramAt(param), reason });
}

/**
 * The values of a property in jCard form. A value of type `unknown` is the raw vCard text (RFC 7095 section 5),
 * so it is parsed as this adapter knows the property.
 */
export function valuesOf(prop: CardProp): readonly JcardValue[] {
  const [raw] = prop.values;
  if (prop.type !== "unknown" || prop.values.length !== 1 || typeof raw !== "string") return prop.values;
  const known = knownProperty(prop.name);
  return parseValues(raw, known.type, known.shape);
}

/** Whether a list value is the one empty value that stands for an empty list. */
export const isEmptyMarker = (values: readonly JcardValue[]) => values.length === 1 && values[0] === "";

/** Records a loss for every parameter of a property that no row read. */
export function lossOfOtherParams(ctx: DecodeContext, prop: CardProp, read: readonly string[]) {
  for (const name of prop.params.keys())
    if (!read.includes(name))
      propLoss(ctx, prop, `the ${name} parameter of ${prop.name} has no Open TRM field`, name);
}
