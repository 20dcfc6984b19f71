import { createValidator } from "@open-trm/validator";
import { describe, expect, test } from "vitest";
import {
  type Consent,
  type FocalPointDirectory,
  generateSigningKey,
  prepareReferral,
  type Referral,
  verifyDocument,
} from "../src/index.js";
import { readExample } from "./support/openapi.js";

const referral = readExample<Referral>("referral/si-to-md-adult-return-service-referral.json");
const consent = readExample<Consent>("consent/si-adult-consent-return.json");
const si = readExample<FocalPointDirectory>("focal-point-directory/si-national-directory.json");
const md = readExample<FocalPointDirectory>("focal-point-directory/md-national-directory.json");
// The sender's directory with the receiving country's focal points added, as a node would serve it.
const directory: FocalPointDirectory = { ...si, focalPoints: [...si.focalPoints, ...md.focalPoints] };
const signer = await generateSigningKey();

describe("prepareReferral", () => {
  test("a valid referral with its consent and directory is ready, unchanged, without a signature", async () => {
    const prepared = await prepareReferral(referral, { consent, directory });
    expect(prepared).toEqual({ ok: true, referral, warnings: [] });
    if (prepared.ok) expect(prepared.referral).toBe(referral);
  });

  test("with a key, the prepared referral carries a detached signature that verifies", async () => {
    const prepared = await prepareReferral(referral, {
      consent,
      sign: { key: signer.privateJwk, kid: signer.kid },
    });
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.signature).toMatch(/^[\w-]+\.\.[\w-]+$/);
    expect(await verifyDocument(referral, prepared.signature ?? "", { keys: [signer.publicJwk] })).toEqual({
      ok: true,
      kid: signer.kid,
    });
  });

  test("focal points missing from the directory are errors on the documents that name them; nothing is signed", async () => {
    const prepared = await prepareReferral(referral, {
      consent,
      directory: si,
      sign: { key: signer.privateJwk, kid: signer.kid },
    });
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared).not.toHaveProperty("signature");
    const where = prepared.issues.map((i) => `${i.document} ${i.code} ${i.path}`);
    expect(where).toContain("referral TRM-X002 /to/focalPoint");
    expect(where).toContain("consent TRM-X002 /recipients/0/focalPoint");
  });

  test("a consent withdrawn before the referral was sent fails the cross-document consent rule", async () => {
    const withdrawn: Consent = {
      ...consent,
      events: [
        ...consent.events,
        { state: "withdrawn", at: "2026-05-05T10:00:00+02:00", recordedBy: consent.recordedBy },
      ],
      updatedAt: "2026-05-05T10:00:00+02:00",
    };
    const prepared = await prepareReferral(referral, { consent: withdrawn });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok)
      expect(prepared.issues.map((i) => [i.document, i.code])).toContainEqual(["referral", "TRM-X001"]);
  });

  test("structure errors name the path and rule, never the value", async () => {
    const broken = {
      ...referral,
      urgency: "asap",
      from: { ...referral.from, caseWorker: 42 },
    } as unknown as Referral;
    const prepared = await prepareReferral(broken);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["/urgency", "/from/caseWorker"]),
    );
    expect(JSON.stringify(prepared.issues)).not.toMatch(/asap|42|Maja Zgled/);
  });

  test("another document type is not a referral to send", async () => {
    const prepared = await prepareReferral(consent as unknown as Referral);
    expect(prepared).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "TRM-P003", path: "/documentType", document: "referral" })],
    });
  });

  test("a configured validator is used (here a clock before the referral was written)", async () => {
    const validator = createValidator({ now: () => new Date("2020-01-01T00:00:00Z") });
    const prepared = await prepareReferral(referral, { validator });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.issues.map((i) => i.code)).toContain("TRM-R001");
    expect((await prepareReferral(referral, { consent, validator })).ok).toBe(false);
  });
});
