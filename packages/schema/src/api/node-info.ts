// `GET /` and `GET /.well-known/jwks.json`: what a node is, and the public keys its signatures verify with.
import { z } from "zod";
import { EXTENSION_NAMESPACE, STANDARD_VERSION } from "../common.js";
import { field } from "./fields.js";

const BASE64URL_ED25519 = /^[A-Za-z0-9_-]{43}$/;

/**
 * An Ed25519 public signing key (RFC 8037 section 2). Closed, unlike RFC 7517's open JWK, so that a private
 * member such as `d` can never be published by mistake.
 */
export const JwkSchema = field(
  z.strictObject({
    kty: field(z.literal("OKP"), "Key type", "Octet key pair (RFC 8037)."),
    crv: field(z.literal("Ed25519"), "Curve", "The Ed25519 curve (RFC 8037)."),
    x: field(z.string().regex(BASE64URL_ED25519), "Public key", "The 32-byte public key, base64url."),
    kid: field(
      z.string().min(1).max(100),
      "Key id",
      "The RFC 7638 JWK thumbprint (SHA-256, base64url) of the key; the `kid` of the signatures it verifies.",
    ),
    alg: field(z.literal("EdDSA"), "Algorithm", "The JWS algorithm the key is used with.").exactOptional(),
    use: field(z.literal("sig"), "Use", "The key verifies signatures.").exactOptional(),
  }),
  "JWK",
  "An Ed25519 public key of a node, as a JSON Web Key.",
);

/** A JSON Web Key Set (RFC 7517 section 5) of a node's signing keys, newest first. */
export const JwksSchema = field(
  z.strictObject({
    keys: field(
      z.array(JwkSchema).max(100),
      "Keys",
      "Every public key the node has signed with; rotated keys stay so older signatures still verify.",
    ),
  }),
  "JWKS",
  "The public keys of a node's document signatures.",
);

/** `GET /`: node metadata. */
export const NodeInfoSchema = field(
  z.strictObject({
    standardVersion: field(z.literal(STANDARD_VERSION), "Standard version", "The Open TRM version served."),
    name: field(z.string().min(1).max(200), "Name", "Human name of the node."),
    focalPoint: field(
      z.uuid().nullable(),
      "Focal point",
      "The focal point that operates the node, or null when none is configured.",
    ),
    profiles: field(
      z.array(z.string().max(100).regex(EXTENSION_NAMESPACE)).max(100),
      "Profiles",
      "Extension namespaces whose profiles the node validates (for example `si` or `org.example.ngo`).",
    ),
    openapi: field(
      z.string().min(1).max(2000),
      "OpenAPI",
      "URL reference of this API description: `/openapi.json`.",
    ),
    jwks: JwksSchema,
  }),
  "Node info",
  "What a node is: the standard version it serves, its focal point, its profiles and its public signing keys.",
);

/** A public signing key. */
export type ApiJwk = z.infer<typeof JwkSchema>;
/** A set of public signing keys. */
export type ApiJwks = z.infer<typeof JwksSchema>;
/** Node metadata. */
export type NodeInfo = z.infer<typeof NodeInfoSchema>;
