// `prepareReferral`: validate a referral (alone and with its consent and directory) and optionally sign it.
import { type Issue, type Validator, validate, validateBundle } from "@open-trm/validator";
import type { Consent, FocalPointDirectory, Referral } from "./client/types.js";
import { type SigningKey, signDocument } from "./signing/sign.js";

/** Options of `prepareReferral`. */
export interface PrepareReferralOptions {
  /** The consent the referral's `consentRef` points to; adds the cross-document consent rules (default: none). */
  readonly consent?: Consent;
  /** The directory the focal points must resolve in; adds the focal point rules (default: none). */
  readonly directory?: FocalPointDirectory;
  /** Signs the referral once it is valid: the private key and its `kid` (default: no signature). */
  readonly sign?: { readonly key: SigningKey; readonly kid: string };
  /** A configured validator, for a fixed clock or extension profiles (default: the validator's defaults). */
  readonly validator?: Validator;
}

/** Which document of the bundle an issue is about. */
export type PreparedDocument = "referral" | "consent" | "directory";

/** An issue of `prepareReferral`, with the document it is about; never a value. */
export type PrepareIssue = Issue & { readonly document: PreparedDocument };

/** The outcome of `prepareReferral`. */
export type PreparedReferral =
  | {
      readonly ok: true;
      /** The referral, unchanged, ready for `sendReferral`. */
      readonly referral: Referral;
      /** The detached JWS over its canonical JSON, when `sign` was given. */
      readonly signature?: string;
      /** Warnings (no errors) of the validation. */
      readonly warnings: readonly PrepareIssue[];
    }
  | { readonly ok: false; readonly issues: readonly PrepareIssue[] };

/**
 * Validates a referral before sending (structure, document rules and, with `consent` or `directory`, the
 * cross-document rules), then signs it when asked; a signature is made only for a valid referral.
 * @example
 * const prepared = await prepareReferral(referral, { consent, directory, sign: { key: privateJwk, kid } });
 * if (prepared.ok) await trm.sendReferral(prepared.referral, { idempotencyKey: crypto.randomUUID() });
 */
export async function prepareReferral(
  referral: Referral,
  options: PrepareReferralOptions = {},
): Promise<PreparedReferral> {
  const documents: [PreparedDocument, unknown][] = [["referral", referral]];
  if (options.consent) documents.push(["consent", options.consent]);
  if (options.directory) documents.push(["directory", options.directory]);
  const docs = documents.map(([, d]) => d);
  const results =
    docs.length > 1
      ? (options.validator?.validateBundle(docs) ?? validateBundle(docs)).results
      : [options.validator?.validate(referral) ?? validate(referral)];
  const issues: PrepareIssue[] = results.flatMap((r, i) =>
    r.issues.map((issue) => ({ ...issue, document: documents[i]?.[0] ?? "referral" })),
  );
  if (results[0]?.documentType !== undefined && results[0].documentType !== "referral") {
    issues.push({
      code: "TRM-P003",
      severity: "error",
      path: "/documentType",
      message: "documentType must be referral for a referral to send",
      document: "referral",
    });
  }
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0) return { ok: false, issues };
  const warnings = issues;
  if (!options.sign) return { ok: true, referral, warnings };
  const signature = await signDocument(referral, options.sign.key, { kid: options.sign.kid });
  return { ok: true, referral, signature, warnings };
}
