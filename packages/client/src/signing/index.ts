export { canonicalJson, canonicalJsonBytes } from "./canonical-json.js";
export { generateSigningKey, type Jwks, publicJwkOf, type SigningKeyPair } from "./keys.js";
export {
  SIGNATURE_ALGORITHM,
  type SignDocumentOptions,
  type SigningKey,
  signCanonicalJson,
  signDocument,
  type VerifyFailure,
  type VerifyResult,
  verifyDocument,
} from "./sign.js";
