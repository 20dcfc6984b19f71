import type { DocumentTypeName } from "@open-trm/schema";

// Field tables the rules share. They are data, checked against the generated JSON Schemas by
// test/rules/fields.test.ts, so a field added to the standard cannot slip past the rules unnoticed.

/** The form of a date field: RFC 3339 date-time, full date, or partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
export type DateKind = "dateTime" | "date" | "partialDate";

/** A date field: its form, and whether it records something that happened (and so cannot lie in the future). */
export interface DateField {
  readonly kind: DateKind;
  readonly past: boolean;
}

const past = (kind: DateKind): DateField => ({ kind, past: true });
// Deadlines, validity ends and plans may lie in the future.
const ahead = (kind: DateKind): DateField => ({ kind, past: false });
const envelope = { "/createdAt": past("dateTime"), "/updatedAt": past("dateTime") };

/** Documents carried inside others: a referral may embed the victim profile, a directory lists focal points. */
export const embedded: Readonly<
  Partial<Record<DocumentTypeName, { prefix: string; type: DocumentTypeName }>>
> = {
  referral: { prefix: "/subject/victimProfile", type: "victimProfile" },
  focalPointDirectory: { prefix: "/focalPoints/*", type: "focalPoint" },
};

/** The parts of a document: itself at `""`, and the document embedded in it (its prefix may contain `*`). */
export function documentParts(type: DocumentTypeName): { prefix: string; type: DocumentTypeName }[] {
  const inner = embedded[type];
  return inner ? [{ prefix: "", type }, inner] : [{ prefix: "", type }];
}

// Tables are built once per document type: rules ask for them on every document (R001 ran 4x slower without).
function withEmbedded<V>(own: Readonly<Record<DocumentTypeName, Readonly<Record<string, V>>>>) {
  const built = new Map<DocumentTypeName, Readonly<Record<string, V>>>();
  return (type: DocumentTypeName): Readonly<Record<string, V>> => {
    let table = built.get(type);
    if (table === undefined) {
      table = Object.freeze(
        Object.fromEntries(
          documentParts(type).flatMap(({ prefix, type: t }) =>
            Object.entries(own[t]).map(([template, v]) => [`${prefix}${template}`, v] as const),
          ),
        ),
      );
      built.set(type, table);
    }
    return table;
  };
}

const ownDateFields: Readonly<Record<DocumentTypeName, Readonly<Record<string, DateField>>>> = {
  victimProfile: {
    ...envelope,
    "/identification/reasonableGroundsDate": past("date"),
    "/identification/formalIdentificationDate": past("date"),
    "/person/birthDate": past("partialDate"),
    "/person/ageAssessment/date": past("date"),
    "/childContext/guardian/appointedOn": past("date"),
    "/trafficking/events/*/from": past("partialDate"),
    "/trafficking/events/*/to": past("partialDate"),
    "/assistance/reflectionPeriod/grantedOn": past("date"),
    "/assistance/reflectionPeriod/endsOn": ahead("date"),
    "/assistance/residencePermit/from": ahead("date"),
    "/assistance/residencePermit/to": ahead("date"),
    "/assistance/services/*/from": ahead("date"),
    "/assistance/services/*/to": ahead("date"),
  },
  referral: {
    ...envelope,
    "/consentOverride/at": past("dateTime"),
    "/riskAssessment/assessedOn": past("date"),
    "/logistics/travelDate": ahead("date"),
    "/statusHistory/*/at": past("dateTime"),
    "/responseDueBy": ahead("dateTime"),
    "/followUps/*/dueOn": ahead("date"),
  },
  consent: { ...envelope, "/events/*/at": past("dateTime"), "/events/*/validUntil": ahead("dateTime") },
  bestInterestsAssessment: {
    ...envelope,
    "/guardian/appointedOn": past("date"),
    "/decision/decidedOn": past("date"),
    "/decision/childInformedOn": past("date"),
    "/reviewDue": ahead("date"),
  },
  focalPoint: {
    ...envelope,
    "/verification/lastVerifiedOn": past("date"),
    "/verification/nextReviewDue": ahead("date"),
  },
  focalPointDirectory: { ...envelope, "/publishedOn": past("date") },
};

/** Every date and date-time field of a document type, embedded documents included, by pointer template. */
export const dateFields = withEmbedded(ownDateFields);

/** Pairs of dates that open and close a period: parent template, start member, end member. */
const ownPeriods: Readonly<Record<DocumentTypeName, Readonly<Record<string, readonly [string, string]>>>> = {
  victimProfile: {
    "/trafficking/events/*": ["from", "to"],
    "/assistance/reflectionPeriod": ["grantedOn", "endsOn"],
    "/assistance/residencePermit": ["from", "to"],
    "/assistance/services/*": ["from", "to"],
  },
  referral: {},
  consent: {},
  bestInterestsAssessment: {},
  focalPoint: {},
  focalPointDirectory: {},
};

/** The periods (start and end members under a parent template) of a document type, embedded documents included. */
export const periods = withEmbedded(ownPeriods);

const ownFocalPointRefs: Readonly<Record<DocumentTypeName, Readonly<Record<string, true>>>> = {
  victimProfile: {
    "/recordedBy": true,
    "/caseOwner": true,
    "/childContext/guardian/ref": true,
    "/assistance/services/*/provider": true,
  },
  referral: {
    "/recordedBy": true,
    "/from/focalPoint": true,
    "/to/focalPoint": true,
    "/consentOverride/authorisedBy": true,
    "/riskAssessment/assessedBy": true,
    "/statusHistory/*/by": true,
  },
  consent: {
    "/recordedBy": true,
    "/givenBy/ref": true,
    "/recipients/*/focalPoint": true,
    "/controllers": true,
    "/events/*/recordedBy": true,
  },
  bestInterestsAssessment: { "/recordedBy": true, "/guardian/ref": true },
  focalPoint: { "/recordedBy": true, "/supersededBy": true, "/verification/verifiedBy": true },
  focalPointDirectory: { "/recordedBy": true },
};

const focalPointRefTable = withEmbedded(ownFocalPointRefs);

/** Pointer templates of every FocalPointRef field (a leaf array such as `/controllers` holds several). */
export const focalPointRefs = (type: DocumentTypeName): readonly string[] =>
  Object.keys(focalPointRefTable(type));
