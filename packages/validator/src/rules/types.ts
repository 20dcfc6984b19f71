import type {
  BestInterestsAssessment,
  Consent,
  DocumentTypeName,
  FocalPoint,
  FocalPointDirectory,
  Referral,
  VictimProfile,
} from "@open-trm/schema";
import type { Severity } from "../issue.js";

/** What a rule needs from the outside world; passed in so rules stay pure and testable. */
export interface RuleContext {
  /** The current time (default: the clock when validation starts). */
  readonly now: Date;
  /** Clock skew allowed for "not in the future" checks, in milliseconds (default: 24 h). */
  readonly clockSkewMs: number;
}

/** The documents by type, for typing rules. */
export interface DocumentsByType {
  victimProfile: VictimProfile;
  referral: Referral;
  consent: Consent;
  bestInterestsAssessment: BestInterestsAssessment;
  focalPoint: FocalPoint;
  focalPointDirectory: FocalPointDirectory;
}

/**
 * A finding of a rule: where, and optionally a fixed detail sentence and a severity other than the
 * catalogue's. `detail` is chosen from fixed text and never contains a value from the document.
 */
export interface Finding {
  readonly path: string;
  readonly detail?: string;
  readonly severity?: Severity;
}

/** A semantic rule on one structurally valid document. */
export interface DocumentRule<T extends DocumentTypeName = DocumentTypeName> {
  /** Catalogue id, e.g. `TRM-R004`. */
  readonly id: string;
  /** The document types the rule checks. */
  readonly documentTypes: readonly T[];
  /** Returns the findings; an empty array when the document complies. Never throws. */
  check(doc: DocumentsByType[T], ctx: RuleContext): Finding[];
}

/** A structurally valid document in a bundle, with its position. */
export interface BundleEntry {
  /** Index of the document in the bundle (or in the list of files). */
  readonly index: number;
  readonly documentType: DocumentTypeName;
  readonly doc: DocumentsByType[DocumentTypeName];
}

/** A finding of a cross-document rule: which document, and where in it. */
export interface CrossFinding extends Finding {
  readonly index: number;
}

/** A rule across the documents of a bundle. */
export interface CrossRule {
  readonly id: string;
  check(entries: readonly BundleEntry[], ctx: RuleContext): CrossFinding[];
}

/** Helper to declare a document rule with its document type inferred. */
export function defineRule<T extends DocumentTypeName>(rule: DocumentRule<T>): DocumentRule<T> {
  return rule;
}
