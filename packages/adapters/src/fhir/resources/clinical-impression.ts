// bestInterestsAssessment -> ClinicalImpression (hl7.org/fhir/R4/clinicalimpression.html): an assessment of a
// person that leads to a recommendation. The procedure is the code, the child the subject, the recommendation's
// rationale the summary and the assessment it reviews the previous one; the rest is in the fields extension.
import type { BestInterestsAssessment } from "@open-trm/schema";
import { trmConcept } from "../codings.js";
import type { JsonObject } from "../json.js";
import { readTrmCode } from "../read/codings.js";
import { type Cursor, get, type ReadContext, readString, take } from "../read/context.js";
import {
  completeDocument,
  defined,
  openResource,
  readFieldsExtension,
  readIdentifiers,
} from "../read/document.js";
import { readReference } from "../read/reference.js";
import { fieldNodes } from "../specs/index.js";
import type { FhirClinicalImpression } from "../types.js";
import { profileUrl } from "../urls.js";
import { documentIdentifier, reference, type WriteContext } from "../write/context.js";
import { documentExtensions } from "../write/encode.js";
import { maybe } from "../write/shape.js";

const node = fieldNodes.bestInterestsAssessment;

/**
 * The ClinicalImpression of a best-interests assessment.
 * @example
 * clinicalImpressionOf(bia, { present: new Map() }).status; // "completed"
 */
export function clinicalImpressionOf(b: BestInterestsAssessment, ctx: WriteContext): FhirClinicalImpression {
  return {
    resourceType: "ClinicalImpression",
    meta: { profile: [profileUrl("bestInterestsAssessment")] },
    extension: documentExtensions("bestInterestsAssessment", b, node, ctx),
    identifier: [documentIdentifier(b.id)],
    // A recorded assessment is complete; its review, when due, is a new assessment (`previous` links them).
    status: "completed",
    code: trmConcept("biaProcedure", b.procedure),
    subject: reference(ctx, "victimProfile", b.childRef),
    ...maybe(
      "previous",
      b.reviewOf === undefined ? undefined : reference(ctx, "bestInterestsAssessment", b.reviewOf),
    ),
    summary: b.recommendation.rationale,
  };
}

/**
 * Reads a ClinicalImpression as a best-interests assessment (not yet validated).
 * @example
 * readBestInterestsAssessment(newContext(), { value: impression, path: "" }).documentType; // "bestInterestsAssessment"
 */
export function readBestInterestsAssessment(ctx: ReadContext, at: Cursor): JsonObject {
  const r = openResource(ctx, at);
  const fields = readFieldsExtension(ctx, r, "bestInterestsAssessment");
  const { id } = readIdentifiers(ctx, r);
  take(ctx, get(at, "status"));
  const rationale = readString(ctx, get(at, "summary"));
  const native = defined({
    id,
    childRef: readReference(ctx, get(at, "subject"), "victimProfile"),
    procedure: readTrmCode(ctx, get(at, "code"), "biaProcedure"),
    recommendation: defined({ rationale }),
    reviewOf: readReference(ctx, get(at, "previous"), "bestInterestsAssessment"),
  });
  return completeDocument(ctx, r, "bestInterestsAssessment", native, fields);
}
