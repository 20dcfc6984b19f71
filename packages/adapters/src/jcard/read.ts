// Reads cards (from jCard or vCard text) as one focal point or a directory: decode every card, fill from the
// options, validate with finishTrm, and report validator issues at the input path the field came from.
import type { FocalPoint, FocalPointDirectory } from "@open-trm/schema";
import { failures, finishTrm, issue } from "../internal/result.js";
import type { AdapterIssue, AdapterResult, Loss } from "../result.js";
import type { Card } from "./card.js";
import { decodeCard, type KindedCard, kindOf } from "./card-decode.js";
import { propertyFor } from "./coverage.js";
import { type DecodeContext, lossOfOtherParams, newContext, valuesOf } from "./decode-context.js";
import { codecs, INVALID } from "./mapping/codecs.js";
import { directoryRows, focalPointRows } from "./mapping/rows.js";
import { checkOptions, fillFromDefaults } from "./read-options.js";
import type { FocalPointOrDirectory } from "./types.js";

/** Where an Open TRM pointer prefix came from: a card (or, for a directory without one, the options). */
interface Trace {
  readonly prefix: string;
  readonly ctx: DecodeContext;
  readonly at: string;
  readonly directory: boolean;
  /** Whether `at` is a card (else it is the options object the fields should come from). */
  readonly card: boolean;
}

const parents = (pointer: string) => {
  const out = [pointer];
  for (let p = pointer; p !== ""; ) {
    p = p.slice(0, p.lastIndexOf("/"));
    out.push(p);
  }
  return out;
};

function remap(issues: readonly AdapterIssue[], traces: readonly Trace[]): AdapterIssue[] {
  return issues.map((i) => {
    const t = traces
      .filter((t) => t.prefix === "" || i.path === t.prefix || i.path.startsWith(`${t.prefix}/`))
      .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (!t) return i;
    const chain = parents(i.path.slice(t.prefix.length));
    // The nearest field read from the input; else the property that would carry it; else the card.
    const origin = chain.map((p) => t.ctx.origins.get(p)).find((o) => o !== undefined);
    const rows = t.directory ? directoryRows : focalPointRows;
    const type = t.directory ? "focalPointDirectory" : "focalPoint";
    const property = chain.map((p) => propertyFor(p, rows, type)).find((p) => p !== undefined);
    const fallback = t.card ? (property ? `${t.at}/${property}` : t.at) : `${t.at}${chain[0]}`;
    return { ...i, path: origin ?? fallback, message: `${i.message} (Open TRM ${i.path || "document"})` };
  });
}

function checkMembers(
  group: { members: ReturnType<typeof decodeCard>["members"]; ctx: DecodeContext },
  fps: readonly { kc: KindedCard; ctx: DecodeContext }[],
  issues: AdapterIssue[],
) {
  const ids = fps.map((f) => f.ctx.doc.id);
  const listed = new Set<unknown>();
  for (const m of group.members) {
    lossOfOtherParams(group.ctx, m, []);
    const id = codecs.uuidUri.decode(valuesOf(m)[0] ?? "");
    if (id === INVALID || !ids.includes(id))
      issues.push(
        issue(
          "ADAPTER_INVALID_VALUE",
          m.at,
          "MEMBER must be the urn:uuid: UID of a focal point card in the same input (RFC 6350 section 6.6.5)",
        ),
      );
    else listed.add(id);
  }
  for (const f of fps)
    if (f.ctx.doc.id !== undefined && !listed.has(f.ctx.doc.id))
      issues.push(
        issue("ADAPTER_MISSING", `${f.kc.card.at}/UID`, "the directory card has no MEMBER for this card"),
      );
}

/** Decodes cards into a whole, valid focal point or directory, or issues naming input paths. */
export function readCards(cards: readonly Card[], options: unknown): AdapterResult<FocalPointOrDirectory> {
  const issues: AdapterIssue[] = [];
  const opts = checkOptions(options, issues);
  const kinded = cards.map((c) => kindOf(c, issues)).filter((k) => k !== undefined);
  if (issues.length > 0) return failures(issues);
  const groups = kinded.filter((k) => k.kind.documentType === "focalPointDirectory");
  const as = opts.as ?? "auto";
  const asDirectory =
    as === "focalPointDirectory" || (as === "auto" && (groups.length > 0 || kinded.length > 1));
  if (groups[1])
    issues.push(
      issue(
        "ADAPTER_UNSUPPORTED",
        `${groups[1].card.at}/KIND`,
        "an input holds at most one directory (KIND:group) card",
      ),
    );
  if (!asDirectory && (kinded.length !== 1 || groups.length > 0))
    issues.push(
      issue("ADAPTER_UNSUPPORTED", "", "a focal point is read from exactly one card that is not KIND:group"),
    );
  const fps = kinded
    .filter((k) => k.kind.documentType === "focalPoint")
    .map((kc) => ({ kc, ctx: decodeCard(kc).ctx }));
  for (const f of fps) fillFromDefaults(f.ctx, opts.focalPointDefaults, "/options/focalPointDefaults");
  const group = groups[0] ? { ...decodeCard(groups[0]), at: groups[0].card.at } : undefined;
  const dir = group?.ctx ?? newContext();
  if (group) checkMembers(group, fps, issues);
  const all = [...fps.map((f) => f.ctx), ...(asDirectory ? [dir] : [])];
  for (const c of all) issues.push(...c.issues);
  if (issues.length > 0) return failures(issues);
  const losses: Loss[] = all.flatMap((c) => c.losses);
  const [only] = fps;
  if (!asDirectory && only) {
    const r = finishTrm(only.ctx.doc as FocalPoint, losses);
    return r.ok
      ? r
      : failures(
          remap(r.issues, [{ prefix: "", ctx: only.ctx, at: only.kc.card.at, directory: false, card: true }]),
        );
  }
  dir.doc.documentType = "focalPointDirectory";
  fillFromDefaults(dir, opts.directory, "/options/directory");
  dir.doc.focalPoints = fps.map((f) => f.ctx.doc);
  const r = finishTrm(dir.doc as FocalPointDirectory, losses);
  if (r.ok) return r;
  const traces: Trace[] = [
    {
      prefix: "",
      ctx: dir,
      at: group?.at ?? "/options/directory",
      directory: true,
      card: group !== undefined,
    },
    ...fps.map((f, k) => ({
      prefix: `/focalPoints/${k}`,
      ctx: f.ctx,
      at: f.kc.card.at,
      directory: false,
      card: true,
    })),
  ];
  return failures(remap(r.issues, traces));
}
