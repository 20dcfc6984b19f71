import type { Consent, Referral, VictimProfile } from "@open-trm/schema";
import { STANDARD_VERSION } from "@open-trm/schema";
import { validate } from "@open-trm/validator";
import { failures, finishTrm, issue, success } from "../internal/result.js";
import type { AdapterIssue, AdapterResult, Loss } from "../result.js";
import type { Sink } from "./codecs.js";
import { applyConsentCheckbox } from "./consent-state.js";
import { childContextUnknown, childStatusOf } from "./derive.js";
import { type FieldRule, htcdsFieldMap, htcdsGroups } from "./field-map.js";
import type { HtcdsFieldName, HtcdsValue } from "./fields.js";
import { reasonNotRead } from "./loss-reasons.js";
import { deleteAt, getAt, isUnder, setAt } from "./pointer.js";
import { readRecord } from "./read-record.js";
import type { FromHtcdsOptions, HtcdsDocuments } from "./types.js";

type Json = Record<string, unknown>;
/** A victim profile pointer written from an HTCDS field. */
type Written = { readonly pointer: string; readonly field: HtcdsFieldName };

/**
 * The victim profile before the record is read: option values, empty required lists, and the optional keys the
 * record may fill as undefined placeholders, so that keys come out in the order of the schema.
 */
function skeleton(o: FromHtcdsOptions): Json {
  const _ = undefined;
  return {
    documentType: "victimProfile",
    standardVersion: STANDARD_VERSION,
    id: o.id,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt ?? o.createdAt,
    recordedBy: o.focalPoint,
    correlationId: o.correlationId ?? o.id,
    caseOwner: o.caseOwner ?? o.focalPoint,
    identification: { status: _, decidedBy: _ },
    person: {
      givenNames: _,
      familyNames: _,
      gender: _,
      birthDate: _,
      isChild: _,
      citizenships: [],
      languages: [],
      contact: _,
    },
    childContext: _,
    trafficking: {
      exploitationForms: [],
      labourSectors: _,
      sexualExploitationTypes: _,
      meansOfControl: _,
      recruitmentMethods: _,
      recruiterRelationship: _,
      onlinePlatforms: _,
      events: [],
    },
    assistance: {
      trmStage: o.trmStage,
      needs: [],
      services: [],
      cooperationWithAuthorities: o.cooperationWithAuthorities,
    },
    case: { status: _, closureReason: _, notes: _ },
    consentRefs: [...(o.consentRefs ?? (o.consent ? [o.consent.id] : []))],
    legalBases: [...(o.legalBases ?? [])],
  };
}

/** Removes the placeholders the record did not fill. */
function withoutPlaceholders(node: Json): void {
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined) delete node[key];
    else if (typeof value === "object" && value !== null && !Array.isArray(value))
      withoutPlaceholders(value as Json);
  }
}

/** Reads one rule's field into its document; returns the pointer written, if any. */
function apply(doc: Json, rule: FieldRule, value: HtcdsValue, sink: Sink): string | undefined {
  const path = `/${rule.field}`;
  const read = rule.codec.in?.(value, path, sink);
  if (read === undefined) return undefined;
  if (rule.codec.place === "append") {
    const list = getAt(doc, rule.pointer);
    if (Array.isArray(list)) list.push(...(read as unknown[]));
    else setAt(doc, rule.pointer, read);
    return rule.pointer;
  }
  const written = setAt(doc, rule.pointer, read);
  if (written !== rule.pointer)
    sink.loss(path, "the list slot before it is empty, so it is read into an earlier slot");
  return written;
}

/** Drops groups of slots read only in part (an event needs a type and a country). */
function dropPartialGroups(vp: Json, written: Written[], losses: Loss[]): Written[] {
  let kept = written;
  for (const group of htcdsGroups) {
    const node = getAt(vp, group.pointer) as Json | undefined;
    if (node === undefined || group.requires.every((k) => node[k] !== undefined)) continue;
    deleteAt(vp, group.pointer);
    for (const w of kept.filter((w) => isUnder(w.pointer, group.pointer))) {
      losses.push({
        pointer: `/${w.field}`,
        reason: `Open TRM needs ${group.requires.join(" and ")} together here`,
      });
    }
    kept = kept.filter((w) => !isUnder(w.pointer, group.pointer));
  }
  return kept;
}

/** Fills what Open TRM requires and HTCDS does not hold, by the rules documented in derive.ts. */
function derive(vp: Json, at: string): void {
  const person = vp.person as Json;
  person.isChild = childStatusOf(person.birthDate, at);
  if (person.isChild === "yes") vp.childContext = childContextUnknown();
  const trafficking = vp.trafficking as Json;
  // Unknown is not No: a record without a type of exploitation says it is unknown.
  if ((trafficking.exploitationForms as unknown[]).length === 0) trafficking.exploitationForms = ["unknown"];
}

/** Values read from HTCDS that fit HTCDS but not Open TRM (an over-long text, a malformed e-mail) become losses. */
function dropUnfit(vp: Json, written: readonly Written[], losses: Loss[]): void {
  const structural = validate(vp).issues.filter((i) => i.severity === "error" && i.ruleId === undefined);
  // Last written first, so that removing a list slot leaves the pointers of earlier slots intact.
  for (const { pointer, field } of [...written].reverse()) {
    const found = structural.find((i) => isUnder(i.path, pointer));
    if (found === undefined) continue;
    deleteAt(vp, pointer);
    losses.push({ pointer: `/${field}`, reason: `Open TRM cannot hold the value: ${found.message}` });
  }
}

const prefixed = (name: string, issues: readonly AdapterIssue[]) =>
  issues.map((i) => ({ ...i, path: `/${name}${i.path}` }));

/**
 * Reads one flat HTCDS 2.0 record (JSON form) into a valid Open TRM victim profile, and updates the referral and
 * consent given as options from the record's referral and consent fields; `losses` lists the record's fields
 * (JSON Pointers into the record) that Open TRM cannot carry.
 * @example
 * const r = fromHtcds(record, { id, createdAt, focalPoint, trmStage: "identification",
 *   cooperationWithAuthorities: "notAsked", legalBases: ["legalObligation", "substantialPublicInterest9g"] });
 * if (r.ok) console.log(r.value.victimProfile.identification.status);
 */
export function fromHtcds(record: unknown, opts: FromHtcdsOptions): AdapterResult<HtcdsDocuments> {
  // Options come from callers such as a CLI; missing ones surface as invalid-result issues, never as a throw.
  const options = (typeof opts === "object" && opts !== null ? opts : {}) as FromHtcdsOptions;
  const read = readRecord(record, "");
  if (read.issues.length > 0) return failures(read.issues);
  const issues: AdapterIssue[] = [];
  const losses: Loss[] = [];
  const sink: Sink = {
    loss: (pointer, reason) => losses.push({ pointer, reason }),
    issue: (code, path, message) => issues.push(issue(code, path, message)),
  };
  const vp = skeleton(options);
  const referral = options.referral ? (structuredClone(options.referral) as unknown as Json) : undefined;
  const direction = referral?.caseRef === options.id ? "outgoing" : "incoming";
  const written: Written[] = [];
  let consentChecked: boolean | undefined;
  for (const rule of htcdsFieldMap) {
    const value = read.fields.get(rule.field);
    if (value === undefined) {
      if (rule.required)
        issues.push(issue("ADAPTER_MISSING", `/${rule.field}`, `Open TRM requires ${rule.pointer}`));
      continue;
    }
    const path = `/${rule.field}`;
    if (rule.document === "victimProfile") {
      const pointer = apply(vp, rule, value, sink);
      if (pointer !== undefined) written.push({ pointer, field: rule.field });
    } else if (rule.document === "consent") {
      if (options.consent) consentChecked = value === true;
      else
        sink.loss(
          path,
          "an Open TRM consent record needs far more than this checkbox; pass it as options.consent to update it",
        );
    } else if (!referral) {
      sink.loss(
        path,
        "an Open TRM referral needs far more than HTCDS holds; pass it as options.referral to update it",
      );
    } else if (rule.direction !== direction) {
      sink.loss(
        path,
        `options.referral is ${direction} from this record's view; the field is for the other direction`,
      );
    } else if (rule.oneWay) sink.loss(path, rule.oneWay);
    else apply(referral, rule, value, sink);
  }
  for (const field of read.fields.keys()) {
    if (!htcdsFieldMap.some((r) => r.field === field))
      losses.push({ pointer: `/${field}`, reason: reasonNotRead(field) });
  }
  if (issues.length > 0) return failures(issues);
  const kept = dropPartialGroups(vp, written, losses);
  const at = String(vp.updatedAt);
  derive(vp, at);
  withoutPlaceholders(vp);
  dropUnfit(vp, kept, losses);
  const victimProfile = finishTrm(vp as unknown as VictimProfile, losses);
  if (!victimProfile.ok) return failures(prefixed("victimProfile", victimProfile.issues));
  const docs: { victimProfile: VictimProfile; referral?: Referral; consent?: Consent } = {
    victimProfile: victimProfile.value,
  };
  if (referral) {
    const r = finishTrm(referral as unknown as Referral);
    if (!r.ok) return failures(prefixed("referral", r.issues));
    docs.referral = r.value;
  }
  if (options.consent) {
    const base = structuredClone(options.consent);
    const updated =
      consentChecked === undefined
        ? base
        : applyConsentCheckbox(base, consentChecked, at, options.focalPoint);
    const r = finishTrm(updated);
    if (!r.ok) return failures(prefixed("consent", r.issues));
    docs.consent = r.value;
  }
  return success(docs, losses);
}
