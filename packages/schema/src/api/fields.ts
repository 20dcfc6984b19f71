// Field builders shared by the API bodies; each field carries a title and description into the OpenAPI document.
import { z } from "zod";
import { country } from "../codelists/geo.js";
import { codeSchema } from "../common.js";

/** Attaches a title and description to an API field. */
export function field<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description }) as T;
}

/** A UUID (RFC 9562), as the documents use. */
export const uuidField = (title: string, description: string) => field(z.uuid(), title, description);

/** An RFC 3339 date-time in UTC (`Z`), as the node writes every time it sets. */
export const utcTime = (title: string, description: string) => field(z.iso.datetime(), title, description);

/**
 * A strong ETag exactly as sent in the `ETag` header, quotes included (RFC 9110 section 8.8.3): the first 22
 * characters of the base64url SHA-256 of the RFC 8785 canonical JSON of the stored document.
 */
export const ETAG_PATTERN = /^"[A-Za-z0-9_-]{22}"$/;
/** A detached JWS in compact serialisation, `<protected>..<signature>` (RFC 7515 Appendix F). */
export const DETACHED_JWS_PATTERN = /^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/;

/** The ETag of a stored document, as a body field. */
export const etagField = () =>
  field(
    z.string().regex(ETAG_PATTERN),
    "ETag",
    "The strong ETag of the stored document, quotes included, exactly as in the `ETag` header; send it in `If-Match`.",
  );

/** The node's detached signature of a stored document, as a body field. */
export const signatureField = () =>
  field(
    z.string().max(4096).regex(DETACHED_JWS_PATTERN),
    "Signature",
    "The node's detached JWS (RFC 7515 Appendix F, `alg: EdDSA`, `kid` an RFC 7638 thumbprint) over the RFC 8785 canonical JSON of `document`; verify it with the node's JWKS.",
  );

/** An opaque pagination cursor. */
export const cursorSchema = () => z.string().min(1).max(512);

/** One country code, shared so the OpenAPI document names it once (`CountryCode`). */
export const CountryCodeSchema = codeSchema(country).meta({
  title: "Country code",
  description: "ISO 3166-1 alpha-2 code, upper case, or `XK` (see the `country` codelist).",
});
