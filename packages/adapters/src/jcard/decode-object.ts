// Decodes properties that carry an object: the value (one field or structured components) and parameters.
import type { CardProp } from "./card.js";
import {
  type DecodeContext,
  isEmptyMarker,
  lossOfOtherParams,
  propIssue,
  propLoss,
  refusal,
  valuesOf,
} from "./decode-context.js";
import { codecs, INVALID } from "./mapping/codecs.js";
import type { ComponentSpec, ParamSpec, PropertyRow, ValueSpec } from "./mapping/rows.js";
import { setAt } from "./pointer.js";
import type { JcardComponent, JcardValue } from "./types.js";

type Fields = Record<string, unknown>;
type Origins = Record<string, string>;

function componentsOf(value: JcardValue | undefined): readonly JcardComponent[] {
  if (Array.isArray(value)) return value as readonly JcardComponent[];
  return typeof value === "string" ? [value] : [];
}

function decodeComponent(
  spec: ComponentSpec,
  c: JcardComponent,
  i: number,
  prop: CardProp,
  ctx: DecodeContext,
  out: Fields,
) {
  const codec = codecs[spec.codec];
  let raw: readonly string[] = typeof c === "string" ? (c === "" ? [] : [c]) : c;
  if (!spec.list) {
    // An empty component means the field is absent.
    if (raw.length === 0) return;
    if (raw.length > 1)
      propLoss(ctx, prop, `component ${i + 1} of ${prop.name} carries one value in Open TRM`);
    raw = raw.slice(0, 1);
  }
  const decoded = raw.map((v) => codec.decode(v));
  if (decoded.some((v) => v === INVALID)) {
    if (spec.lenient) propLoss(ctx, prop, `component ${i + 1} of ${prop.name} is not ${codec.expects}`);
    else propIssue(ctx, refusal(codec), prop, `component ${i + 1} of ${prop.name} must be ${codec.expects}`);
    return;
  }
  out[spec.field] = spec.list ? decoded : decoded[0];
}

function decodeValue(spec: ValueSpec, prop: CardProp, ctx: DecodeContext, out: Fields) {
  const values = valuesOf(prop);
  if (values.length > 1)
    propLoss(ctx, prop, `${prop.name} carries one value in Open TRM; the others are not read`);
  if (!("components" in spec)) {
    const codec = codecs[spec.codec];
    const value = codec.decode(values[0] ?? "");
    if (value === INVALID) propIssue(ctx, refusal(codec), prop, `${prop.name} must be ${codec.expects}`);
    else out[spec.field] = value;
    return;
  }
  componentsOf(values[0]).forEach((c, i) => {
    const spec1 = spec.components[i];
    const empty = c === "" || (Array.isArray(c) && c.every((s) => s === ""));
    if (spec1) decodeComponent(spec1, c, i, prop, ctx, out);
    else if (!empty) propLoss(ctx, prop, `component ${i + 1} of ${prop.name} has no Open TRM field`);
  });
}

function decodeParam(spec: ParamSpec, prop: CardProp, ctx: DecodeContext, out: Fields, origins: Origins) {
  const values = prop.params.get(spec.param);
  if (values === undefined) {
    if (spec.fallback !== undefined) out[spec.field] = spec.fallback;
    return;
  }
  const codec = codecs[spec.codec];
  const decoded = (spec.list && isEmptyMarker(values) ? [] : values).map((v) => codec.decode(v));
  const known = decoded.filter((v) => v !== INVALID);
  let value: unknown;
  if (spec.pickFirst) {
    // A foreign TYPE may mix kinds (work, home) with the one Open TRM keeps.
    if (known.length !== 1 || decoded.length !== 1)
      propLoss(
        ctx,
        prop,
        `${spec.param} keeps one value that is ${codec.expects}; the other values are not carried`,
        spec.param,
      );
    value = known[0] ?? spec.fallback;
  } else if (known.length !== decoded.length) {
    return propIssue(
      ctx,
      refusal(codec),
      prop,
      `${spec.param} of ${prop.name} must be ${codec.expects}`,
      spec.param,
    );
  } else if (spec.list) value = known;
  else {
    if (known.length > 1) propLoss(ctx, prop, `${spec.param} carries one value in Open TRM`, spec.param);
    value = known[0];
  }
  if (value === undefined) return;
  out[spec.field] = value;
  origins[spec.field] = prop.paramAt(spec.param);
}

function decodeObject(
  row: Extract<PropertyRow, { form: "objects" | "object" }>,
  prop: CardProp,
  ctx: DecodeContext,
) {
  const out: Fields = {};
  const origins: Origins = {};
  const before = ctx.issues.length;
  decodeValue(row.value, prop, ctx, out);
  for (const spec of row.params ?? []) decodeParam(spec, prop, ctx, out, origins);
  lossOfOtherParams(
    ctx,
    prop,
    (row.params ?? []).map((p) => p.param),
  );
  return { out, origins, ok: ctx.issues.length === before };
}

/** One property per object of an array; with `absent: "omit"`, one empty property stands for an empty array. */
export function decodeObjectsRow(
  row: Extract<PropertyRow, { form: "objects" }>,
  props: readonly CardProp[],
  ctx: DecodeContext,
) {
  if (props.length === 0 && row.absent === "omit") return;
  const items: Fields[] = [];
  for (const prop of props) {
    if (row.absent === "omit" && prop.params.size === 0 && isEmptyMarker(valuesOf(prop))) continue;
    const { out, origins, ok } = decodeObject(row, prop, ctx);
    if (!ok) continue;
    const at = `${row.pointer}/${items.length}`;
    ctx.origins.set(at, prop.at);
    for (const [field, path] of Object.entries(origins)) ctx.origins.set(`${at}/${field}`, path);
    items.push(out);
  }
  setAt(ctx.doc, row.pointer, items);
  if (props[0]) ctx.origins.set(row.pointer, props[0].at);
}

/** One property for one object; its fields are set one by one, so several rows can fill the same object. */
export function decodeObjectRow(
  row: Extract<PropertyRow, { form: "object" }>,
  props: readonly CardProp[],
  ctx: DecodeContext,
) {
  const [prop, ...extra] = props;
  if (!prop) return;
  for (const p of extra) propLoss(ctx, p, `Open TRM has one ${row.property}; only the first is read`);
  const { out, origins } = decodeObject(row, prop, ctx);
  for (const [field, value] of Object.entries(out)) {
    const at = `${row.pointer}/${field}`;
    setAt(ctx.doc, at, value);
    ctx.origins.set(at, origins[field] ?? prop.at);
  }
}
