// POST /referrals: checks in the contract's order, then one transaction stores the referral, the idempotency
// record, the event and the audit entry; the 201 goes out only after that transaction has committed.
import type { FocalPointDirectory, Referral } from "@open-trm/schema";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type AuditTarget, audited, auditRow, recordAccess } from "../audit-trail.js";
import type { Principal } from "../auth.js";
import { checkConsentGate } from "../consent-gate.js";
import type { NodeContext } from "../context.js";
import { crossRuleIssues } from "../cross-rules.js";
import { inDirectory, loadDirectory } from "../directory.js";
import { appendReferralEvent } from "../events.js";
import { focalPointOf, nowText, readJsonBody, sha256Hex } from "../http.js";
import { HttpProblem } from "../problems.js";
import { recordOf, referralRow } from "../referral-record.js";
import type { IdempotencyRow } from "../store/idempotency.js";
import { checkConsentStillValid } from "./referrals.js";

// RFC 9110 token-ish: 1 to 200 visible ASCII characters.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

function idempotencyKey(request: FastifyRequest): string {
  const key = request.headers["idempotency-key"];
  if (typeof key !== "string" || !IDEMPOTENCY_KEY.test(key)) throw new HttpProblem("idempotency-key-missing");
  return key;
}

// The stored response to the same key: replayed when the body is the same, else 422; audited before it is sent.
async function replay(
  ctx: NodeContext,
  reply: FastifyReply,
  audit: { principal: Principal; target: AuditTarget },
  row: IdempotencyRow,
  bodyHash: string,
): Promise<FastifyReply> {
  if (row.bodyHash !== bodyHash) throw new HttpProblem("idempotency-key-reused");
  audit.target.resourceId = (JSON.parse(row.body) as { id?: string }).id?.toLowerCase() ?? null;
  // A replay returns the document again: after a withdrawal it is refused like any other read.
  const stored =
    audit.target.resourceId === null ? undefined : ctx.store.referrals.get(audit.target.resourceId);
  if (stored !== undefined) checkConsentStillValid(ctx, stored);
  await recordAccess(ctx, audit.principal, audit.target, row.status);
  const headers = JSON.parse(row.headers) as Record<string, string>;
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply
    .code(row.status)
    .header("idempotent-replayed", "true")
    .type("application/json; charset=utf-8")
    .send(row.body);
}

// Structure and rules, sender, status, receiver in the directory, and every focal point reference (TRM-X002).
function checkReferral(
  ctx: NodeContext,
  principal: Principal & { focalPoint: string },
  value: unknown,
  target: AuditTarget,
): Referral {
  const result = ctx.validator.validate(value);
  if (!result.ok) throw new HttpProblem("invalid-document", { issues: result.issues });
  if (result.documentType !== "referral") {
    throw new HttpProblem("invalid-document", { detail: "The body must be a referral document." });
  }
  const referral = value as Referral;
  target.resourceId = referral.id.toLowerCase();
  if (referral.from.focalPoint.toLowerCase() !== principal.focalPoint) {
    throw new HttpProblem("forbidden", { detail: "from.focalPoint must be the token's focal point." });
  }
  if (referral.status !== "sent") {
    throw new HttpProblem("invalid-document", { detail: "A referral is posted with status sent." });
  }
  const directory = loadDirectory(ctx);
  if (!inDirectory(directory, referral.to.focalPoint)) {
    throw new HttpProblem("invalid-document", { detail: "to.focalPoint is not in this node's directory." });
  }
  const refs = crossRuleIssues("TRM-X002", referral, directory as FocalPointDirectory, ctx.now()).filter(
    (i) => i.severity === "error",
  );
  if (refs.length > 0) throw new HttpProblem("invalid-document", { issues: refs });
  return referral;
}

function gate(ctx: NodeContext, referral: Referral): void {
  const ref = referral.consentRef?.toLowerCase();
  const row = ref === undefined ? undefined : ctx.store.consents.get(ref);
  // Only a consent the sender may see can cover its referral; any other is as unknown as a missing one.
  const visible =
    row !== undefined && ctx.store.consents.visibleTo(row.id, referral.from.focalPoint.toLowerCase());
  const consent = visible ? JSON.parse(row.document) : undefined;
  const verdict = checkConsentGate(referral, consent, { now: ctx.now() });
  if (!verdict.ok) {
    throw new HttpProblem("consent-not-covering", {
      detail: verdict.reason,
      ...(verdict.issues === undefined ? {} : { issues: verdict.issues }),
    });
  }
}

/** Registers `POST /referrals`. */
export function registerReferralCreate(app: FastifyInstance, ctx: NodeContext): void {
  app.post("/referrals", { config: { access: "focalPoint" } }, async (request, reply) => {
    const target: AuditTarget = { action: "create", resource: "referral", resourceId: null };
    return audited(ctx, request, target, async () => {
      const principal = focalPointOf(request);
      const key = idempotencyKey(request);
      const { value, bytes } = readJsonBody(request, ctx);
      const bodyHash = sha256Hex(bytes);
      const earlier = ctx.store.idempotency.get(principal.tokenId, key);
      if (earlier !== undefined) return replay(ctx, reply, { principal, target }, earlier, bodyHash);
      const referral = checkReferral(ctx, principal, value, target);
      gate(ctx, referral);
      const at = nowText(ctx);
      const row = await referralRow(ctx, referral, { createdAt: at, updatedAt: at });
      const body = JSON.stringify(recordOf(row));
      const headers = { location: `/referrals/${row.id}`, etag: row.etag, "trm-signature": row.signature };
      const raced = await ctx.store.commit(() => {
        // A retry with the same key may have committed while this request was signing.
        const again = ctx.store.idempotency.get(principal.tokenId, key);
        if (again !== undefined) return again;
        if (ctx.store.referrals.get(row.id) !== undefined) throw new HttpProblem("conflict");
        ctx.store.referrals.insert(row);
        ctx.store.idempotency.insert({
          tokenId: principal.tokenId,
          key,
          bodyHash,
          status: 201,
          headers: JSON.stringify(headers),
          body,
          createdAt: at,
        });
        appendReferralEvent(ctx.store.events, "org.open-trm.referral.created", row, at);
        ctx.store.audit.append(auditRow(ctx, principal, target, 201));
        return undefined;
      });
      if (raced !== undefined) return replay(ctx, reply, { principal, target }, raced, bodyHash);
      ctx.notifier.notify();
      for (const [name, v] of Object.entries(headers)) reply.header(name, v);
      return reply.code(201).type("application/json; charset=utf-8").send(body);
    });
  });
}
