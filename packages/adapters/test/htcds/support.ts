// Shared test data and checks: the victim profiles of the examples and conformance fixtures with the referrals and
// consents of the same case, the fromHtcds options that give back what HTCDS cannot hold, and the "carried or
// lost" comparison.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Consent, Referral, VictimProfile } from "@open-trm/schema";
import { expect } from "vitest";
import type { FromHtcdsOptions, HtcdsDocuments } from "../../src/htcds/index.js";
import { escapeToken, getAt, isUnder } from "../../src/htcds/pointer.js";
import type { Loss } from "../../src/result.js";

export type Json = Record<string, unknown>;
export const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

function jsonIn(dir: string): { name: string; doc: Json }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      name: relative(REPO_DIR, join(dir, f)),
      doc: JSON.parse(readFileSync(join(dir, f), "utf8")),
    }));
}

const examples = (kebab: string) => jsonIn(join(REPO_DIR, "examples", kebab));
const fixtures = (kebab: string) =>
  jsonIn(join(REPO_DIR, "packages", "conformance", "fixtures", kebab, "valid"));

/** The victim profiles of the examples and of the valid conformance fixtures. */
export const VICTIM_PROFILES = [...examples("victim-profile"), ...fixtures("victim-profile")];

/** A case: a victim profile with one optional referral and one optional consent of the same case. */
export interface Case {
  readonly name: string;
  readonly docs: HtcdsDocuments;
}

type Named = { name: string; doc: Json };

function caseOf(vp: Named, r?: Named, c?: Named): Case {
  return {
    name: [vp.name, r?.name, c?.name].filter(Boolean).join(" + "),
    docs: {
      victimProfile: structuredClone(vp.doc) as unknown as VictimProfile,
      ...(r ? { referral: structuredClone(r.doc) as unknown as Referral } : {}),
      ...(c ? { consent: structuredClone(c.doc) as unknown as Consent } : {}),
    },
  };
}

/**
 * Every example victim profile alone, with each referral of its case (same correlationId), each consent about it,
 * and each pair of both; every fixture victim profile alone, and every fixture referral and consent once, with the
 * first fixture victim profile of its case.
 */
export function cases(): Case[] {
  const refs = examples("referral");
  const cons = examples("consent");
  const fromExamples = examples("victim-profile").flatMap((vp) =>
    [undefined, ...refs.filter((r) => r.doc.correlationId === vp.doc.correlationId)].flatMap((r) =>
      [undefined, ...cons.filter((c) => c.doc.subjectRef === vp.doc.id)].map((c) => caseOf(vp, r, c)),
    ),
  );
  const vps = fixtures("victim-profile");
  const withFirst = (match: (vp: Named) => boolean, make: (vp: Named) => Case): Case[] => {
    const vp = vps.find(match);
    return vp ? [make(vp)] : [];
  };
  return [
    ...fromExamples,
    ...vps.map((vp) => caseOf(vp)),
    ...fixtures("referral").flatMap((r) =>
      withFirst(
        (vp) => vp.doc.correlationId === r.doc.correlationId,
        (vp) => caseOf(vp, r),
      ),
    ),
    ...fixtures("consent").flatMap((c) =>
      withFirst(
        (vp) => vp.doc.id === c.doc.subjectRef,
        (vp) => caseOf(vp, undefined, c),
      ),
    ),
  ];
}

/** The options that give fromHtcds back what the documents hold outside HTCDS. */
export function optionsFrom(docs: HtcdsDocuments): FromHtcdsOptions {
  const vp = docs.victimProfile;
  return {
    id: vp.id,
    createdAt: vp.createdAt,
    updatedAt: vp.updatedAt,
    focalPoint: vp.recordedBy,
    caseOwner: vp.caseOwner,
    correlationId: vp.correlationId,
    trmStage: vp.assistance.trmStage,
    cooperationWithAuthorities: vp.assistance.cooperationWithAuthorities,
    legalBases: vp.legalBases,
    consentRefs: vp.consentRefs,
    ...(docs.referral ? { referral: docs.referral } : {}),
    ...(docs.consent ? { consent: docs.consent } : {}),
  };
}

/** A referral whose mapped values (focal points, first reason) are replaced, so they can only come from HTCDS. */
export function scrambled(referral: Referral): Referral {
  const other = "00000000-0000-4000-8000-0000000059ff";
  return {
    ...referral,
    reasons: ["other"],
    from: { ...referral.from, focalPoint: other },
    to: { ...referral.to, focalPoint: other },
  };
}

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const primitive = (v: unknown) => v === null || typeof v !== "object";

/**
 * Asserts that every leaf of `input` that no loss covers has the same value in `output`: objects key by key, lists
 * of objects index by index, and lists of values as an ordered subsequence (lost codes may be dropped or replaced).
 */
export function expectCarried(input: unknown, output: unknown, losses: readonly Loss[], pointer = ""): void {
  if (losses.some((l) => isUnder(pointer, l.pointer))) return;
  if (Array.isArray(input) && input.length > 0) {
    const out = Array.isArray(output) ? output : [];
    if (input.every(primitive)) {
      const kept = input.filter((_, i) => !losses.some((l) => isUnder(`${pointer}/${i}`, l.pointer)));
      let at = 0;
      for (const v of kept) {
        while (at < out.length && out[at] !== v) at++;
        expect(at < out.length, `${pointer} keeps its carried values in order`).toBe(true);
        at++;
      }
      return;
    }
    input.forEach((v, i) => {
      expectCarried(v, out[i], losses, `${pointer}/${i}`);
    });
    return;
  }
  if (isObject(input) && Object.keys(input).length > 0) {
    for (const [k, v] of Object.entries(input)) {
      const token = `/${escapeToken(k)}`;
      expectCarried(v, getAt(output, token), losses, `${pointer}${token}`);
    }
    return;
  }
  expect(output, pointer).toEqual(input);
}

/** Losses below one document of the input, with pointers made relative to it. */
export function lossesOf(name: string, losses: readonly Loss[]): Loss[] {
  return losses
    .filter((l) => isUnder(l.pointer, `/${name}`))
    .map((l) => ({ ...l, pointer: l.pointer.slice(name.length + 1) }));
}
