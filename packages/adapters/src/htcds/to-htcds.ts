import { checkTrmInput, failures, issue, success } from "../internal/result.js";
import type { AdapterIssue, AdapterResult, Loss } from "../result.js";
import type { Sink } from "./codecs.js";
import { childStatusOf } from "./derive.js";
import { type HtcdsDocumentName, htcdsFieldMap } from "./field-map.js";
import { bySheetOrder, type HtcdsRecord, type HtcdsValue } from "./fields.js";
import { reasonNotWritten } from "./loss-reasons.js";
import { getAt, isUnder, leafPointers } from "./pointer.js";
import type { HtcdsDocuments } from "./types.js";

type Json = Record<string, unknown>;
const DOCUMENTS: readonly HtcdsDocumentName[] = ["victimProfile", "referral", "consent"];
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks the input documents and that they describe one case; the issues, or the documents present. */
function checkInput(input: unknown): {
  issues: AdapterIssue[];
  docs: Partial<Record<HtcdsDocumentName, Json>>;
} {
  if (!isObject(input))
    return {
      issues: [issue("ADAPTER_NOT_OBJECT", "", "expected { victimProfile, referral?, consent? }")],
      docs: {},
    };
  if (input.victimProfile === undefined) {
    return { issues: [issue("ADAPTER_MISSING", "/victimProfile", "a victim profile is required")], docs: {} };
  }
  const issues: AdapterIssue[] = [];
  const docs: Partial<Record<HtcdsDocumentName, Json>> = {};
  for (const name of DOCUMENTS) {
    const doc = input[name];
    if (doc === undefined) continue;
    if (!isObject(doc) || doc.documentType !== name) {
      issues.push(issue("ADAPTER_INVALID_DOCUMENT", `/${name}`, `expected a ${name} document`));
      continue;
    }
    issues.push(...checkTrmInput(doc).map((i) => ({ ...i, path: `/${name}${i.path}` })));
    docs[name] = doc;
  }
  for (const key of Object.keys(input)) {
    if (!(DOCUMENTS as readonly string[]).includes(key)) {
      issues.push(
        issue(
          "ADAPTER_UNKNOWN_FIELD",
          `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
          "expected only victimProfile, referral and consent",
        ),
      );
    }
  }
  const { victimProfile: vp, referral, consent } = docs;
  if (vp && consent && consent.subjectRef !== vp.id) {
    issues.push(
      issue(
        "ADAPTER_UNSUPPORTED",
        "/consent/subjectRef",
        "the consent is not about this victim profile; one record holds one case",
      ),
    );
  }
  if (vp && referral && referral.correlationId !== vp.correlationId) {
    issues.push(
      issue(
        "ADAPTER_UNSUPPORTED",
        "/referral/correlationId",
        "the referral is not about this victim profile's case; one record holds one case",
      ),
    );
  }
  return { issues, docs };
}

/**
 * Converts a victim profile, with optionally one referral and one consent of the same case, to one flat HTCDS 2.0
 * record; `losses` lists every input pointer HTCDS cannot carry, or carries only approximately.
 * @example
 * const r = toHtcds({ victimProfile, referral, consent });
 * if (r.ok) console.log(r.value.vic_TraffickingStatus, r.losses.length);
 */
export function toHtcds(input: HtcdsDocuments): AdapterResult<HtcdsRecord> {
  const { issues, docs } = checkInput(input);
  if (issues.length > 0) return failures(issues);
  const vp = docs.victimProfile as Json;
  // A referral is outgoing when it refers this profile's case; otherwise this record is the receiver's.
  const direction = docs.referral?.caseRef === vp.id ? "outgoing" : "incoming";
  const losses: Loss[] = [];
  const sink: Sink = { loss: (pointer, reason) => losses.push({ pointer, reason }), issue: () => undefined };
  const ctx = { asOf: String(vp.updatedAt) };
  const record: Record<string, HtcdsValue> = {};
  const covered = ["/victimProfile/documentType", "/victimProfile/standardVersion"];
  for (const rule of htcdsFieldMap) {
    const doc = docs[rule.document];
    if (doc === undefined || (rule.direction !== undefined && rule.direction !== direction)) continue;
    const value = getAt(doc, rule.pointer);
    if (value === undefined) continue;
    const pointer = `/${rule.document}${rule.pointer}`;
    const out = rule.codec.out(value, pointer, sink, ctx);
    if (out !== undefined) record[rule.field] = out;
    if (!rule.oneWay && !rule.summary) covered.push(pointer);
  }
  const person = vp.person as Json;
  // Carried when the child status that fromHtcds derives from the birth date written is the same.
  if (childStatusOf(record.prs_Birthdate, ctx.asOf) === person.isChild)
    covered.push("/victimProfile/person/isChild");
  for (const name of DOCUMENTS) {
    const doc = docs[name];
    if (doc === undefined) continue;
    for (const leaf of leafPointers(doc, `/${name}`)) {
      if (covered.some((c) => isUnder(leaf, c)) || losses.some((l) => isUnder(leaf, l.pointer))) continue;
      losses.push({ pointer: leaf, reason: reasonNotWritten(name, leaf.slice(name.length + 1)) });
    }
  }
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => bySheetOrder(a, b)));
  return success(sorted as HtcdsRecord, losses);
}
