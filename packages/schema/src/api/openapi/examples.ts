// Build-time only (not exported): the body examples of the OpenAPI document, made from the synthetic documents
// in `examples/`, with real ETags and real signatures by the RFC 8037 Appendix A example key.
import { createHash, createPrivateKey, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiExample, ExampleName } from "./build.js";

type Doc = { [key: string]: unknown };

// RFC 8037 Appendix A.1: a published test key, so anyone can re-check the example signatures. Never use it.
const EXAMPLE_KEY = {
  kty: "OKP",
  crv: "Ed25519",
  d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
  x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
};
// RFC 8037 Appendix A.3: its RFC 7638 thumbprint.
const EXAMPLE_KID = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";

const SI_SENDER = "00000000-0000-4000-8000-000000005301";
const SI_RECORDER = "00000000-0000-4000-8000-000000005302";
const MD_RECEIVER = "00000000-0000-4000-8000-000000005401";
const AL_OTHER = "00000000-0000-4000-8000-000000005201";

/** RFC 8785 canonical JSON: members sorted by UTF-16 code units; ECMAScript serialises strings and numbers. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.keys(value).sort();
    return `{${entries.map((k) => `${JSON.stringify(k)}:${canonical((value as Doc)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const b64url = (bytes: Buffer | string) => Buffer.from(bytes).toString("base64url");
const etagOf = (doc: unknown) =>
  `"${b64url(createHash("sha256").update(canonical(doc)).digest()).slice(0, 22)}"`;

function signatureOf(doc: unknown): string {
  const header = b64url(JSON.stringify({ alg: "EdDSA", kid: EXAMPLE_KID }));
  const input = `${header}.${b64url(canonical(doc))}`;
  const key = createPrivateKey({ key: EXAMPLE_KEY, format: "jwk" });
  return `${header}..${b64url(sign(null, Buffer.from(input), key))}`;
}

function referralRecord(doc: Doc, createdAt: string, updatedAt: string): Doc {
  const from = doc.from as Doc;
  const to = doc.to as Doc;
  return {
    id: doc.id,
    status: doc.status,
    sender: from.focalPoint,
    receiver: to.focalPoint,
    senderCountry: from.country,
    receiverCountry: to.country,
    createdAt,
    updatedAt,
    etag: etagOf(doc),
    document: doc,
    signature: signatureOf(doc),
  };
}

function consentRecord(doc: Doc, state: string, createdAt: string, updatedAt: string): Doc {
  return {
    id: doc.id,
    state,
    document: doc,
    etag: etagOf(doc),
    signature: signatureOf(doc),
    createdAt,
    updatedAt,
  };
}

const example = (summary: string, value: unknown): ApiExample => ({ summary, value });

/**
 * Every body example of the OpenAPI document, from the synthetic documents of the repository.
 * @example
 * const doc = buildOpenApi(loadApiExamples(repositoryRoot));
 */
export function loadApiExamples(root: string): Record<ExampleName, ApiExample> {
  const read = (path: string) => JSON.parse(readFileSync(join(root, "examples", path), "utf8")) as Doc;
  const story = read("referral/si-to-md-adult-return-service-referral.json");
  const history = story.statusHistory as Doc[];
  const sentAt = String(history[1]?.at);
  const sent: Doc = { ...story, status: "sent", statusHistory: history.slice(0, 2), updatedAt: sentAt };
  const ackAt = "2026-05-06T07:00:00Z";
  const acknowledged: Doc = {
    ...sent,
    status: "acknowledged",
    statusHistory: [...history.slice(0, 2), { status: "acknowledged", at: ackAt, by: MD_RECEIVER }],
    updatedAt: ackAt,
  };
  const storedAt = "2026-05-05T09:00:02Z";
  const ackRecord = referralRecord(acknowledged, storedAt, ackAt);
  const consent = read("consent/si-adult-consent-return.json");
  const withdrawnAt = "2026-06-20T08:00:00Z";
  const withdrawal = { state: "withdrawn", at: withdrawnAt, recordedBy: SI_RECORDER };
  const withdrawn: Doc = {
    ...consent,
    events: [...(consent.events as Doc[]), withdrawal],
    updatedAt: withdrawnAt,
  };
  const consentStoredAt = "2026-05-04T08:30:05Z";
  const jwk = {
    kty: EXAMPLE_KEY.kty,
    crv: EXAMPLE_KEY.crv,
    x: EXAMPLE_KEY.x,
    kid: EXAMPLE_KID,
    alg: "EdDSA",
    use: "sig",
  };
  const { document: _document, signature: _signature, ...summary } = ackRecord;
  const node = "urn:open-trm:node:si-trm-example";
  const event = (id: string, type: string, time: string, subject: unknown, data: Doc) => ({
    specversion: "1.0",
    id,
    source: node,
    type,
    time,
    subject,
    datacontenttype: "application/json",
    data,
  });
  const routing = { referralId: story.id, sender: SI_SENDER, receiver: MD_RECEIVER };
  const audit = (
    seq: number,
    at: string,
    actor: string,
    action: string,
    outcome: string,
    status: number,
  ) => ({
    seq,
    at,
    actor,
    action,
    resource: "referral",
    resourceId: story.id,
    outcome,
    status,
  });
  return {
    "node-info": example("The Slovenian example node", {
      standardVersion: "1.0",
      name: "Slovenian TRM node (example)",
      focalPoint: SI_SENDER,
      profiles: ["si"],
      openapi: "/openapi.json",
      jwks: { keys: [jwk] },
    }),
    jwks: example("One Ed25519 key (the RFC 8037 example key)", { keys: [jwk] }),
    "referral-sent": example("An adult's return referral from Slovenia to Moldova", sent),
    "referral-record-sent": example("The referral as stored", referralRecord(sent, storedAt, storedAt)),
    "referral-record-acknowledged": example("The referral after the receiver acknowledged it", ackRecord),
    "referral-page": example("The Slovenian sender's referrals", { items: [summary], nextCursor: null }),
    "transition-acknowledge": example("The receiver acknowledges", { action: "acknowledge" }),
    "transition-reject": example("The receiver rejects for lack of capacity", {
      action: "reject",
      reason: "noCapacity",
      note: "No place in a shelter for adult men before next month.",
    }),
    consent: example("An adult's consent to a return referral", consent),
    "consent-record-given": example(
      "The consent as stored",
      consentRecord(consent, "given", consentStoredAt, consentStoredAt),
    ),
    "consent-event-withdrawn": example("The person withdraws consent", withdrawal),
    "consent-record-withdrawn": example(
      "The consent after the withdrawal",
      consentRecord(withdrawn, "withdrawn", consentStoredAt, withdrawnAt),
    ),
    directory: example(
      "The Slovenian national directory",
      read("focal-point-directory/si-national-directory.json"),
    ),
    "focal-point": example(
      "A Slovenian NGO focal point",
      read("focal-point/si-ngo-assistance-to-trafficked-persons.json"),
    ),
    "event-page": example("A referral created and acknowledged, and a consent withdrawn", {
      items: [
        event("1041", "org.open-trm.referral.created", storedAt, story.id, { ...routing, status: "sent" }),
        event("1042", "org.open-trm.referral.transitioned", ackAt, story.id, {
          ...routing,
          status: "acknowledged",
        }),
        event("1043", "org.open-trm.consent.event", withdrawnAt, consent.id, {
          consentId: consent.id,
          state: "withdrawn",
        }),
      ],
      nextCursor: "MTA0Mw",
    }),
    "audit-page": example("Who touched the referral, including a refused read", {
      items: [
        audit(1, storedAt, SI_SENDER, "create", "allowed", 201),
        audit(2, "2026-05-06T06:55:00Z", MD_RECEIVER, "read", "allowed", 200),
        audit(3, "2026-05-06T06:58:00Z", AL_OTHER, "read", "denied", 404),
        audit(4, ackAt, MD_RECEIVER, "update", "allowed", 200),
      ],
      nextCursor: null,
    }),
  };
}
