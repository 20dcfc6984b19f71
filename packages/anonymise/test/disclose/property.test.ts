// Acceptance property of issue 4: for any consent state other than a currently valid given/renewed consent that
// covers the request, the result is an error carrying no data; when it succeeds, nothing outside the covered
// categories is present. The oracle below is written independently of src/disclose/coverage.ts.
import type { Consent, DataCategory, Purpose, RecipientCategory, VictimProfile } from "@open-trm/schema";
import { codelists, leafSensitivities } from "@open-trm/schema/data";
import { validate } from "@open-trm/validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alwaysDisclosedFields,
  categoryOfField,
  type DisclosureRecipient,
  type DisclosureResult,
  disclose,
  disclosureRefusals,
} from "../../src/disclose/index.js";
import { presentLeaves } from "../../src/disclose/pointers.js";
import { consents, fp, profiles } from "./support.js";

const PURPOSES = codelists.purpose.codes as readonly Purpose[];
const CATEGORIES = codelists.dataCategory.codes as readonly DataCategory[];
const RECIPIENTS = codelists.recipientCategory.codes as readonly RecipientCategory[];
const STATES = codelists.consentState.codes;
const FOCAL_POINTS = [fp.mdNational, fp.mdCentre, fp.alNational];
const COUNTRIES = ["MD", "AL", "SI"];
// Two entries are the same instant in different offsets, to exercise ties.
const TIMELINE = [
  "2026-01-01T00:00:00Z",
  "2026-02-01T10:00:00+01:00",
  "2026-03-01T00:00:00Z",
  "2026-03-01T01:00:00+01:00",
  "2026-04-15T12:00:00+02:00",
  "2026-06-01T00:00:00Z",
  "2026-09-01T08:30:00+02:00",
];
const PROFILES = [profiles.siAdult, profiles.mkChild, profiles.rsYoung, profiles.alChild, profiles.rich];

type ConsentEvent = Consent["events"][number];
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const strip = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const eventArb = fc
  .record({
    state: fc.oneof(
      { arbitrary: fc.constantFrom("given", "renewed"), weight: 2 },
      fc.constantFrom(...STATES),
    ),
    at: fc.constantFrom(...TIMELINE),
    validUntil: opt(fc.constantFrom(...TIMELINE)),
  })
  .map((e) => strip({ ...e, recordedBy: fp.siNgo }) as ConsentEvent);

const recipientArb = fc
  .record({
    category: fc.constantFrom(...RECIPIENTS),
    country: opt(fc.constantFrom(...COUNTRIES)),
    focalPoint: opt(fc.constantFrom(...FOCAL_POINTS)),
  })
  .map(strip);

const consentArb = (subject: string) =>
  fc
    .record({
      subjectRef: fc.oneof(
        { arbitrary: fc.constant(subject), weight: 9 },
        fc.constant(consents.mkGuardian.id),
      ),
      events: fc.array(eventArb, { minLength: 1, maxLength: 6 }),
      purposes: fc.subarray([...PURPOSES], { minLength: 1 }),
      recipients: fc.array(recipientArb, { maxLength: 4 }),
      dataCategories: fc.subarray([...CATEGORIES]),
      withheld: opt(
        fc.record({
          categories: fc.subarray([...CATEGORIES]),
          fromRecipients: fc.subarray([...RECIPIENTS]),
          reason: fc.constant("fear" as const),
        }),
      ),
    })
    .map((c) => ({ ...consents.siReturn, ...strip(c) }) as Consent);

const requestArb = fc
  .record({
    purpose: fc.constantFrom(...PURPOSES),
    focalPoint: opt(fc.constantFrom(...FOCAL_POINTS)),
    country: opt(fc.constantFrom(...COUNTRIES)),
    category: opt(fc.constantFrom(...RECIPIENTS)),
    at: fc.constantFrom(...TIMELINE),
  })
  .map(({ purpose, at, ...to }) => ({
    purpose,
    at,
    recipient: strip(
      to.focalPoint === undefined && to.country === undefined ? { ...to, country: "MD" } : to,
    ) as DisclosureRecipient,
  }));

type Expected = { ok: true; categories: Set<DataCategory> } | { ok: false; reason: string };

function oracle(
  profile: VictimProfile,
  c: Consent,
  req: { purpose: Purpose; at: string; recipient: DisclosureRecipient },
): Expected {
  if (c.subjectRef.toLowerCase() !== profile.id.toLowerCase())
    return { ok: false, reason: "SUBJECT_MISMATCH" };
  const at = Date.parse(req.at);
  const past = c.events
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .filter((x) => x.t <= at)
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const last = past.at(-1)?.e;
  if (last === undefined || last.state === "requested") return { ok: false, reason: "CONSENT_NOT_GIVEN" };
  if (last.state !== "given" && last.state !== "renewed")
    return { ok: false, reason: `CONSENT_${last.state.toUpperCase()}` };
  if (last.validUntil !== undefined && Date.parse(last.validUntil) < at)
    return { ok: false, reason: "CONSENT_EXPIRED" };
  if (!c.purposes.includes(req.purpose)) return { ok: false, reason: "PURPOSE_NOT_COVERED" };
  const to = req.recipient;
  const matching = c.recipients.filter((r) => {
    if (to.category !== undefined && r.category !== to.category) return false;
    if (r.focalPoint !== undefined) return r.focalPoint === to.focalPoint;
    return r.country === undefined || r.country === to.country;
  });
  if (matching.length === 0) return { ok: false, reason: "RECIPIENT_NOT_COVERED" };
  const from = new Set(c.withheld?.fromRecipients ?? []);
  const byName = matching.filter((r) => r.focalPoint !== undefined);
  const known = byName.length > 0 ? byName : matching;
  const hidden = to.category === undefined ? known.some((r) => from.has(r.category)) : from.has(to.category);
  const categories = new Set(c.dataCategories.filter((d) => !(hidden && c.withheld?.categories.includes(d))));
  return { ok: true, categories };
}

const table = leafSensitivities("victimProfile");
const ALWAYS = new Set(alwaysDisclosedFields);
// Values that must never leak through a refusal: every non-internal string value of the profile.
const secrets = (profile: VictimProfile) =>
  presentLeaves(profile, table)
    .filter((l) => table[l.template] !== "internal" && table[l.template] !== "public")
    .flatMap((l) => (Array.isArray(l.value) ? l.value : [l.value]))
    .filter((v): v is string => typeof v === "string" && v.length >= 3);

function assertRefusalCarriesNothing(result: DisclosureResult, profile: VictimProfile): void {
  expect(result.ok).toBe(false);
  expect("value" in result).toBe(false);
  expect(Object.keys(result).sort()).toEqual(["message", "ok", "reason"]);
  // The message is the fixed catalogue text; everything else must hold no value of the profile.
  if (!result.ok) expect(result.message).toBe(disclosureRefusals[result.reason]);
  const text = JSON.stringify({ ...result, message: undefined });
  for (const secret of secrets(profile)) expect(text).not.toContain(secret);
}

function assertOnlyCovered(result: DisclosureResult, categories: Set<DataCategory>): void {
  if (!result.ok) throw new Error("expected a disclosure");
  const replaced = new Set(result.replacedFields);
  for (const leaf of presentLeaves(result.value, table)) {
    if (ALWAYS.has(leaf.template) || replaced.has(leaf.pointer)) continue;
    const category = categoryOfField(leaf.template);
    expect(category !== undefined && categories.has(category), leaf.pointer).toBe(true);
  }
  expect(result.value.extensions).toBeUndefined();
  expect(validate(result.value).ok).toBe(true);
}

describe("disclose fails closed (fast-check)", () => {
  it("agrees with the oracle on random consents and requests; refusals carry no data", () => {
    let disclosed = 0;
    const arb = fc
      .constantFrom(...PROFILES)
      .chain((p) => fc.tuple(fc.constant(p), consentArb(p.id), requestArb));
    fc.assert(
      fc.property(arb, ([profile, consent, req]) => {
        const want = oracle(profile, consent, req);
        const result = disclose(profile, { ...req, consent });
        expect(result.ok ? "ok" : result.reason).toBe(want.ok ? "ok" : want.reason);
        if (!want.ok) assertRefusalCarriesNothing(result, profile);
        else {
          disclosed++;
          assertOnlyCovered(result, want.categories);
        }
      }),
      { numRuns: 1500 },
    );
    expect(disclosed).toBeGreaterThan(20);
  });

  it("refuses every consent that is not given or renewed and valid at the time, even if it covers everything", () => {
    const bad = fc.oneof(
      fc.record({
        state: fc.constantFrom("requested", "refused", "withdrawn", "revoked", "expired" as const),
      }),
      fc.record({
        state: fc.constantFrom("given", "renewed" as const),
        validUntil: fc.constant("2026-04-15T11:59:59+02:00"),
      }),
    );
    const arb = fc.tuple(
      fc.constantFrom(...PROFILES),
      bad,
      fc.array(eventArb, { maxLength: 4 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(arb, ([profile, last, earlier, none]) => {
        const at = "2026-04-15T12:00:00+02:00";
        const before = earlier.map((e) => ({ ...e, at: "2026-01-01T00:00:00Z" }));
        const lastEvent = { ...last, at: "2026-04-15T11:00:00+02:00", recordedBy: fp.siNgo };
        // `none`: only events after the time, so no state at all yet.
        const events: ConsentEvent[] = none
          ? [{ ...lastEvent, state: "given" as const, at: "2026-04-15T12:00:01+02:00" }]
          : [...before, lastEvent];
        const consent: Consent = {
          ...consents.siReturn,
          subjectRef: profile.id,
          events,
          purposes: [...PURPOSES],
          recipients: RECIPIENTS.map((category) => ({ category })),
          dataCategories: [...CATEGORIES],
        };
        const result = disclose(profile, {
          consent,
          purpose: "safeReturn",
          at,
          recipient: { country: "MD" },
        });
        assertRefusalCarriesNothing(result, profile);
        expect(result.ok ? "ok" : result.reason).toMatch(/^CONSENT_/);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every minimised profile a valid document, for any set of categories", () => {
    const arb = fc.tuple(
      fc.constantFrom(...PROFILES, profiles.minimal, profiles.extension),
      fc.subarray([...CATEGORIES]),
    );
    fc.assert(
      fc.property(arb, ([profile, categories]) => {
        const result = disclose(profile, {
          purpose: "research",
          at: new Date(),
          recipient: { country: "AL" },
          override: {
            legalBasis: "publicTask",
            justification: "Property test.",
            authorisedBy: fp.mkNational,
            dataCategories: categories,
          },
        });
        assertOnlyCovered(result, new Set(categories));
      }),
      { numRuns: 400 },
    );
  });
});
