// Decodes one card: its VERSION and KIND, FN by the kinds table, the properties of its mapping table, and a
// loss for every property no row reads.
import { issue } from "../internal/result.js";
import type { AdapterIssue } from "../result.js";
import type { Card, CardProp } from "./card.js";
import { decodeRows } from "./decode.js";
import {
  type DecodeContext,
  lossOfOtherParams,
  newContext,
  propIssue,
  propLoss,
  valuesOf,
} from "./decode-context.js";
import { directoryRows, focalPointRows, memberRow, structuralProperties } from "./mapping/rows.js";
import { DEFAULT_KIND, type KindRow, kinds } from "./mapping/tables.js";
import { getAt, setAt } from "./pointer.js";

/** A card whose VERSION and KIND have been read. */
export interface KindedCard {
  readonly card: Card;
  readonly kind: KindRow;
}

const first = (card: Card, name: string) => card.props.find((p) => p.name === name);

/** Checks VERSION (4.0 only) and reads KIND; issues go to `issues`. */
export function kindOf(card: Card, issues: AdapterIssue[]): KindedCard | undefined {
  const version = first(card, "VERSION");
  if (!version) {
    issues.push(
      issue("ADAPTER_MISSING", `${card.at}/VERSION`, "every vCard needs VERSION (RFC 6350 section 6.7.9)"),
    );
    return undefined;
  }
  if (valuesOf(version)[0] !== structuralProperties.VERSION.value) {
    propIssue(
      { issues },
      "ADAPTER_UNSUPPORTED",
      version,
      "only vCard 4.0 (RFC 6350) is read; convert vCard 3.0 or 2.1 cards to 4.0 first",
    );
    return undefined;
  }
  const kindProp = first(card, "KIND");
  const value = kindProp ? valuesOf(kindProp)[0] : DEFAULT_KIND;
  const kind = typeof value === "string" ? kinds.find((k) => k.kind === value.toLowerCase()) : undefined;
  if (kind) return { card, kind };
  if (kindProp)
    propIssue(
      { issues },
      "ADAPTER_UNSUPPORTED",
      kindProp,
      "KIND must be org or individual for a focal point, or group for a directory (RFC 6350 section 6.1.4)",
    );
  return undefined;
}

function decodeFn(kc: KindedCard, ctx: DecodeContext): void {
  const [fn, ...extra] = kc.card.props.filter((p) => p.name === "FN");
  if (!fn) {
    ctx.issues.push(
      issue("ADAPTER_MISSING", `${kc.card.at}/FN`, "every vCard needs FN (RFC 6350 section 6.2.1)"),
    );
    return;
  }
  for (const p of extra) propLoss(ctx, p, "only the first FN is read");
  lossOfOtherParams(ctx, fn, []);
  const value = valuesOf(fn)[0];
  if (typeof value !== "string" || value === "") {
    propIssue(ctx, "ADAPTER_INVALID_VALUE", fn, "FN must be a non-empty text value");
    return;
  }
  const existing = getAt(ctx.doc, kc.kind.fn);
  if (existing === undefined) {
    setAt(ctx.doc, kc.kind.fn, value);
    ctx.origins.set(kc.kind.fn, fn.at);
  } else if (existing !== value)
    propLoss(ctx, fn, `FN differs from the value read for ${kc.kind.fn}, which is kept`);
}

/** Decodes a card of a focal point or of a directory; MEMBER properties of a directory card are returned. */
export function decodeCard(kc: KindedCard): { ctx: DecodeContext; members: CardProp[] } {
  const ctx = newContext();
  const directory = kc.kind.documentType === "focalPointDirectory";
  ctx.doc.documentType = kc.kind.documentType;
  decodeRows(directory ? directoryRows : focalPointRows, kc.card, ctx);
  decodeFn(kc, ctx);
  const members = directory ? kc.card.props.filter((p) => p.name === memberRow.property) : [];
  for (const prop of kc.card.props) {
    if (ctx.used.has(prop) || members.includes(prop) || prop.name === "FN") continue;
    // VERSION, PRODID and KIND describe the card itself (see structuralProperties and the kinds table).
    if (["VERSION", "PRODID", "KIND"].includes(prop.name) && first(kc.card, prop.name) === prop)
      lossOfOtherParams(ctx, prop, []);
    else propLoss(ctx, prop, `${prop.name} has no Open TRM field`);
  }
  return { ctx, members };
}
