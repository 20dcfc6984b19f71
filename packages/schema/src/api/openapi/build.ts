// Assembles the OpenAPI 3.1 document of the Open TRM exchange API from the Zod bodies and the operation table.
import { STANDARD_VERSION } from "../../common.js";
import { componentSchemas, type JsonObject } from "./components.js";
import { headers, parameters } from "./parameters.js";
import { nodePaths } from "./paths-node.js";
import { referralAndConsentPaths } from "./paths-referrals.js";
import { problemExamples } from "./responses.js";

/** One named example of `components.examples`. */
export interface ApiExample {
  /** One line on what the example shows. */
  readonly summary: string;
  /** The example body. */
  readonly value: unknown;
}

/** The body examples the operations refer to by name; `loadApiExamples` builds them from `examples/`. */
export const exampleNames = [
  "node-info",
  "jwks",
  "referral-sent",
  "referral-record-sent",
  "referral-record-acknowledged",
  "referral-page",
  "transition-acknowledge",
  "transition-reject",
  "consent",
  "consent-record-given",
  "consent-event-withdrawn",
  "consent-record-withdrawn",
  "directory",
  "focal-point",
  "event-page",
  "audit-page",
] as const;

/** The name of a body example. */
export type ExampleName = (typeof exampleNames)[number];

const tags = [
  { name: "Node", description: "What the node is and how to check its signatures." },
  { name: "Referrals", description: "Sending, reading and answering referrals between focal points." },
  { name: "Consents", description: "The consents referrals rely on, and their withdrawal." },
  { name: "Directory", description: "The focal point directory the node serves." },
  { name: "Events", description: "A feed of changes, as CloudEvents 1.0." },
  { name: "Audit", description: "Who read or wrote which document, for the node administrator." },
];

const description = `The exchange API of the Open TRM standard ${STANDARD_VERSION}: how one focal point sends a referral to another, safely.

Documents travel as the JSON of the published schemas beside this file (\`./referral.schema.json\` and the others). Every error is an RFC 9457 problem (\`application/problem+json\`) whose \`type\` is \`https://open-trm.org/problems/<slug>\`; problems carry validator issues and never a field value. The node signs every document it stores and serves (detached JWS, EdDSA, over the RFC 8785 canonical JSON), and every single-document response carries an \`ETag\`; changes need \`If-Match\`.

A focal point sees only referrals it sent or receives, and the consents it recorded, controls or that such a referral references; anything else answers 404, exactly like an id that does not exist.`;

/**
 * The OpenAPI 3.1 document of the exchange API; the examples come from outside so the document stays pure.
 * @example
 * const doc = buildOpenApi(loadApiExamples(repositoryRoot));
 */
export function buildOpenApi(examples: Readonly<Record<ExampleName, ApiExample>>): JsonObject {
  const named: Record<string, JsonObject> = {};
  for (const name of exampleNames) {
    const example = examples[name];
    named[name] = { summary: example.summary, value: example.value };
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Open TRM exchange API",
      version: `${STANDARD_VERSION}.0`,
      summary:
        "Referrals between anti-trafficking focal points: authenticated, consent-gated, signed and audited.",
      description,
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: "http://127.0.0.1:8787", description: "A reference node started with `trm serve`." }],
    security: [{ bearerAuth: [] }],
    tags,
    paths: { ...nodePaths(), ...referralAndConsentPaths() },
    components: {
      schemas: componentSchemas(),
      parameters,
      headers,
      examples: { ...named, ...problemExamples() },
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description:
            "A token from `trm tokens create`: bound to one focal point, or an administrator token. Missing or unknown tokens answer 401.",
        },
      },
    },
  };
}
