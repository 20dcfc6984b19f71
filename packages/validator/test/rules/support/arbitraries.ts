import { codelists, type DocumentTypeName } from "@open-trm/schema";
import fc from "fast-check";
import type { DocumentsByType } from "../../../src/rules/types.js";
import { bia, consent, directory, focalPoint, ids, referral, victimProfile } from "./builders.js";

// fast-check arbitraries of structurally valid documents (each goes through a builder, so through the Zod schema).
// Names, places and every free-text field carry a planted marker, so a test can prove no rule echoes them.

/** The marker planted in free-text and name fields. */
export const PLANTED = "ZZPLANTED";

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const codes = <K extends keyof typeof codelists>(name: K) =>
  fc.constantFrom(...(codelists[name].codes as readonly (typeof codelists)[K]["codes"][number][]));
const someCodes = <K extends keyof typeof codelists>(name: K, minLength = 0) =>
  fc.uniqueArray(codes(name), { minLength, maxLength: 4 });

const planted = fc.string({ maxLength: 12 }).map((s) => `${PLANTED}${s.replace(/\s/g, "")}x`);
const uuid = fc.constantFrom(...Object.values(ids), ids.other.toUpperCase());
const country = fc.constantFrom("AL" as const, "MK" as const, "IT" as const, "XK" as const);
const instant = fc.date({
  min: new Date("1990-01-01T00:00:00Z"),
  max: new Date("2030-12-31T00:00:00Z"),
  noInvalidDate: true,
});
const date = instant.map((d) => d.toISOString().slice(0, 10));
const partialDate = fc.tuple(date, fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));
const dateTime = fc
  .tuple(instant, fc.integer({ min: -24, max: 28 }), fc.constantFrom("", ".5", ".123456"))
  .map(([d, quarterHours, frac]) => {
    const offset = quarterHours * 30;
    const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
    const abs = Math.abs(offset);
    const hhmm = `${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    return `${local}${frac}${offset === 0 ? "Z" : `${offset < 0 ? "-" : "+"}${hhmm}`}`;
  });
// Drops members that are undefined: optional members of the standard are absent, never undefined.
const clean = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const set = <T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined) => {
  if (value === undefined) delete target[key];
  else target[key] = value;
};

export const victimProfileArb = fc
  .record({
    createdAt: dateTime,
    updatedAt: dateTime,
    isChild: codes("childStatus"),
    childContext: opt(
      fc.record({
        separation: codes("separationStatus"),
        guardian: opt(fc.record({ appointed: fc.boolean(), type: codes("guardianType"), ref: uuid })),
      }),
    ),
    ageAssessment: opt(
      fc.record({
        method: codes("ageAssessmentMethod"),
        date,
        outcome: codes("ageAssessmentOutcome"),
        disputed: fc.boolean(),
      }),
    ),
    givenNames: planted,
    birthDate: opt(partialDate),
    events: fc.array(
      fc.record({
        type: codes("traffickingEventType"),
        country,
        place: planted,
        from: opt(partialDate),
        to: opt(partialDate),
      }),
      { maxLength: 3 },
    ),
    reflectionPeriod: opt(
      fc.record({ grantedOn: date, endsOn: date, status: codes("reflectionPeriodStatus") }),
    ),
    needs: someCodes("serviceType"),
    services: fc.array(
      fc.record({ type: codes("serviceType"), status: codes("serviceStatus"), provider: uuid, from: date }),
      {
        maxLength: 2,
      },
    ),
    cooperation: codes("cooperationStatus"),
    legalBases: someCodes("legalBasis", 1),
    notes: planted,
    extensions: opt(planted.map((p) => ({ "org.example.ngo": { [p]: p } }))),
  })
  .map((a) =>
    victimProfile((d) => {
      Object.assign(d, { createdAt: a.createdAt, updatedAt: a.updatedAt });
      d.person.isChild = a.isChild;
      d.person.givenNames = a.givenNames;
      set(d.person, "birthDate", a.birthDate);
      set(d.person, "ageAssessment", a.ageAssessment);
      const context = a.childContext && { ...a.childContext, bestInterestsAssessmentRefs: [] };
      set(d, "childContext", clean(context) as typeof d.childContext);
      d.trafficking.events = clean(a.events) as typeof d.trafficking.events;
      set(d.assistance, "reflectionPeriod", a.reflectionPeriod);
      Object.assign(d.assistance, {
        needs: a.needs,
        services: a.services,
        cooperationWithAuthorities: a.cooperation,
      });
      d.legalBases = a.legalBases as typeof d.legalBases;
      d.case.notes = a.notes;
      set(d, "extensions", a.extensions);
    }),
  );

const pointer = fc.oneof(
  fc.constantFrom("/subject/isChild", "/subject/sex", "/subject/victimProfile/person/givenNames"),
  planted.map((p) => `/subject/${p.replace(/~/g, "~0").replace(/\//g, "~1")}`),
);

export const referralArb = fc
  .record({
    createdAt: dateTime,
    isChild: codes("childStatus"),
    citizenships: opt(fc.uniqueArray(country, { maxLength: 2 })),
    victimProfile: opt(victimProfileArb),
    scope: codes("referralScope"),
    kind: codes("referralKind"),
    purpose: codes("purpose"),
    trmStage: codes("trmStage"),
    from: fc.record({ focalPoint: uuid, country, caseWorker: planted }),
    to: fc.record({ focalPoint: uuid, country }),
    consentRef: opt(uuid),
    override: opt(
      fc.record({
        legalBasis: codes("legalBasis"),
        justification: planted,
        authorisedBy: uuid,
        at: dateTime,
      }),
    ),
    disclosedFields: fc.array(pointer, { maxLength: 4 }),
    withheldFields: fc.array(pointer, { maxLength: 2 }),
    childSafeguards: opt(fc.record({ guardianInformed: fc.boolean(), bestInterestsAssessmentRef: uuid })),
    risk: opt(
      fc.record({
        level: codes("riskLevel"),
        assessedOn: date,
        assessedBy: uuid,
        returnSafetyChecked: fc.boolean(),
        summary: planted,
      }),
    ),
    status: codes("referralStatus"),
    history: fc.array(
      fc.record({
        status: codes("referralStatus"),
        at: dateTime,
        by: uuid,
        reason: opt(codes("referralRejectionReason")),
        note: planted,
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map((a) =>
    referral((d) => {
      Object.assign(d, {
        createdAt: a.createdAt,
        scope: a.scope,
        kind: a.kind,
        purpose: a.purpose,
        trmStage: a.trmStage,
      });
      Object.assign(d, { from: a.from, to: a.to, status: a.status });
      d.subject.isChild = a.isChild;
      set(d.subject, "citizenships", a.citizenships);
      set(d.subject, "victimProfile", a.victimProfile);
      set(d, "consentRef", a.consentRef);
      set(d, "consentOverride", a.override);
      d.disclosure = { disclosedFields: a.disclosedFields, withheldFields: a.withheldFields };
      set(d, "childSafeguards", a.childSafeguards);
      set(d, "riskAssessment", a.risk);
      d.statusHistory = clean(a.history) as typeof d.statusHistory;
    }),
  );

export const consentArb = fc
  .record({
    subjectRef: uuid,
    purposes: someCodes("purpose", 1),
    recipients: fc.array(
      fc.record({ category: codes("recipientCategory"), country: opt(country), focalPoint: opt(uuid) }),
      {
        maxLength: 3,
      },
    ),
    withdrawalMethod: planted,
    events: fc.array(
      fc.record({ state: codes("consentState"), at: dateTime, recordedBy: uuid, validUntil: opt(dateTime) }),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
  })
  .map((a) =>
    consent((d) => {
      Object.assign(d, {
        subjectRef: a.subjectRef,
        purposes: a.purposes,
        withdrawalMethod: a.withdrawalMethod,
      });
      d.recipients = clean(a.recipients) as typeof d.recipients;
      d.events = clean(a.events) as typeof d.events;
    }),
  );

export const biaArb = fc
  .record({
    id: uuid,
    childRef: uuid,
    rationale: planted,
    summary: planted,
    riskFactors: fc.array(planted, { maxLength: 2 }),
  })
  .map((a) =>
    bia((d) => {
      Object.assign(d, { id: a.id, childRef: a.childRef, riskFactors: a.riskFactors });
      d.recommendation.rationale = a.rationale;
      d.childViews.summary = a.summary;
    }),
  );

const focalPointEdit = fc.record({
  id: uuid,
  status: codes("focalPointStatus"),
  lastVerifiedOn: date,
  nextReviewDue: date,
  contact: planted,
  outOfHours: planted,
  supersededBy: opt(uuid),
});
type FocalPointEdit = typeof focalPointEdit extends fc.Arbitrary<infer E> ? E : never;
const applyFocalPoint = (a: FocalPointEdit) =>
  focalPoint((d) => {
    Object.assign(d, { id: a.id, status: a.status });
    Object.assign(d.verification, { lastVerifiedOn: a.lastVerifiedOn, nextReviewDue: a.nextReviewDue });
    d.contactPerson = { name: a.contact };
    d.availability.outOfHours = a.outOfHours;
    set(d, "supersededBy", a.supersededBy);
  });

export const focalPointArb = focalPointEdit.map(applyFocalPoint);

export const directoryArb = fc
  .record({ institution: planted, publishedOn: date, points: fc.array(focalPointEdit, { maxLength: 3 }) })
  .map((a) =>
    directory((d) => {
      Object.assign(d, { publishedOn: a.publishedOn, focalPoints: a.points.map(applyFocalPoint) });
      d.publisher.institution = a.institution;
    }),
  );

/** One arbitrary per document type. */
export const documentArbs: { readonly [T in DocumentTypeName]: fc.Arbitrary<DocumentsByType[T]> } = {
  victimProfile: victimProfileArb,
  referral: referralArb,
  consent: consentArb,
  bestInterestsAssessment: biaArb,
  focalPoint: focalPointArb,
  focalPointDirectory: directoryArb,
};
