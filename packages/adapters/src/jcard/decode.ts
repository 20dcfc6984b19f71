// Decodes the properties of one card into Open TRM fields, row by row of a mapping table.
import type { Card, CardProp } from "./card.js";
import {
  type DecodeContext,
  isEmptyMarker,
  lossOfOtherParams,
  propIssue,
  propLoss,
  refusal,
  valuesOf,
} from "./decode-context.js";
import { decodeObjectRow, decodeObjectsRow } from "./decode-object.js";
import { codecs, INVALID } from "./mapping/codecs.js";
import type { PropertyRow } from "./mapping/rows.js";
import { setAt } from "./pointer.js";

type Row<F extends PropertyRow["form"]> = Extract<PropertyRow, { form: F }>;

function extraValues(ctx: DecodeContext, prop: CardProp, count: number) {
  if (count > 1) propLoss(ctx, prop, `${prop.name} carries one value in Open TRM; the others are not read`);
}

function decodeScalar(row: Row<"scalar">, props: readonly CardProp[], ctx: DecodeContext) {
  const [prop, ...extra] = props;
  if (!prop) return;
  for (const p of extra)
    propLoss(ctx, p, `Open TRM has one ${row.pointer}; only the first ${row.property} is read`);
  const codec = codecs[row.codec];
  const values = valuesOf(prop);
  extraValues(ctx, prop, values.length);
  const value = codec.decode(values[0] ?? "");
  const exact = "exact" in codec ? codec.exact : undefined;
  lossOfOtherParams(ctx, prop, exact ? [exact.param] : []);
  if (value === INVALID)
    return propIssue(ctx, refusal(codec), prop, `${row.property} must be ${codec.expects}`);
  let out = value;
  const precise = exact ? prop.params.get(exact.param)?.[0] : undefined;
  if (exact && precise !== undefined) {
    // The exact value counts only when it is the same instant as the value, with its fraction of a second.
    if (exact.needed(precise) && codec.decode(codec.encode(precise)) === value) out = precise;
    else propLoss(ctx, prop, `${exact.param} does not match the value of ${row.property}`, exact.param);
  }
  setAt(ctx.doc, row.pointer, out);
  ctx.origins.set(row.pointer, prop.at);
}

const prefOf = (p: CardProp) => {
  const n = Number(p.params.get("PREF")?.[0]);
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : 101;
};

function decodeRepeat(row: Row<"repeat">, props: readonly CardProp[], ctx: DecodeContext) {
  // PREF orders the items (RFC 6350 section 5.3: 1 is most preferred); the sort is stable.
  const ordered = row.pref ? [...props].sort((a, b) => prefOf(a) - prefOf(b)) : props;
  const codec = codecs[row.codec];
  const items: unknown[] = [];
  for (const prop of ordered) {
    const values = valuesOf(prop);
    extraValues(ctx, prop, values.length);
    lossOfOtherParams(ctx, prop, row.pref ? ["PREF"] : []);
    const value = codec.decode(values[0] ?? "");
    if (value === INVALID) propIssue(ctx, refusal(codec), prop, `${row.property} must be ${codec.expects}`);
    else {
      ctx.origins.set(`${row.pointer}/${items.length}`, prop.at);
      items.push(value);
    }
  }
  setAt(ctx.doc, row.pointer, items);
}

function decodeList(row: Row<"list">, props: readonly CardProp[], ctx: DecodeContext) {
  const codec = codecs[row.codec];
  const items: unknown[] = [];
  let empty = false;
  for (const prop of props) {
    lossOfOtherParams(ctx, prop, []);
    const values = valuesOf(prop);
    if (isEmptyMarker(values)) empty = true;
    else
      values.forEach((v, k) => {
        const value = codec.decode(v);
        if (value !== INVALID) {
          ctx.origins.set(`${row.pointer}/${items.length}`, prop.at);
          items.push(value);
        } else if (row.lenient)
          propLoss(ctx, prop, `value ${k + 1} of ${row.property} is not ${codec.expects}`);
        else
          propIssue(ctx, refusal(codec), prop, `value ${k + 1} of ${row.property} must be ${codec.expects}`);
      });
  }
  // A list whose values were all dropped is absent, so a default can still fill it; an empty value means [].
  if (items.length === 0 && !empty) return;
  setAt(ctx.doc, row.pointer, items);
  ctx.origins.set(row.pointer, props[0]?.at ?? "");
}

/** Decodes every row of a table from a card's properties, marking the properties it reads as used. */
export function decodeRows(rows: readonly PropertyRow[], card: Card, ctx: DecodeContext): void {
  for (const row of rows) {
    const props = card.props.filter((p) => p.name === row.property);
    for (const p of props) ctx.used.add(p);
    switch (row.form) {
      case "scalar":
        decodeScalar(row, props, ctx);
        break;
      case "repeat":
        decodeRepeat(row, props, ctx);
        break;
      case "list":
        decodeList(row, props, ctx);
        break;
      case "objects":
        decodeObjectsRow(row, props, ctx);
        break;
      case "object":
        decodeObjectRow(row, props, ctx);
        break;
    }
  }
}
