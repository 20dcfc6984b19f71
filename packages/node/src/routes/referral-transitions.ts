// POST /referrals/{id}/transitions: If-Match, the state machine, then one transaction with the new version,
// its event and its audit entry.
import type { Referral } from "@open-trm/schema";
import type { TransitionRequest } from "@open-trm/schema/api";
import type { FastifyInstance } from "fastify";
import { type AuditTarget, audited, auditRow } from "../audit-trail.js";
import type { NodeContext } from "../context.js";
import { appendReferralEvent } from "../events.js";
import { checkIfMatch, focalPointOf, nowText, readJsonBody, sendResource, uuidOf } from "../http.js";
import { HttpProblem } from "../problems.js";
import { recordOf, referralRow } from "../referral-record.js";
import { nextStatus, parseTransition, partyOf } from "../referral-state.js";
import { checkConsentStillValid, visibleReferral } from "./referrals.js";

function nextVersion(doc: Referral, t: TransitionRequest, status: string, by: string, at: string): Referral {
  const entry = {
    status,
    at,
    by,
    ...("reason" in t ? { reason: t.reason } : {}),
    ...(t.note === undefined ? {} : { note: t.note }),
  };
  return { ...doc, status, updatedAt: at, statusHistory: [...doc.statusHistory, entry] } as Referral;
}

/** Registers `POST /referrals/{id}/transitions`. */
export function registerReferralTransitions(app: FastifyInstance, ctx: NodeContext): void {
  app.post<{ Params: { id: string } }>(
    "/referrals/:id/transitions",
    { config: { access: "focalPoint" } },
    async (request, reply) => {
      const target: AuditTarget = {
        action: "update",
        resource: "referral",
        resourceId: uuidOf(request.params.id) ?? null,
      };
      return audited(ctx, request, target, async (principal) => {
        const { focalPoint } = focalPointOf(request);
        const row = visibleReferral(ctx, request.params.id, focalPoint);
        const transition = parseTransition(readJsonBody(request, ctx).value);
        const party = partyOf(transition);
        if ((party === "sender" ? row.sender : row.receiver) !== focalPoint) {
          throw new HttpProblem("forbidden", {
            detail: "Only the sender may withdraw a referral; only the receiver makes the other transitions.",
          });
        }
        checkIfMatch(request, row.etag);
        const { status, allowed } = nextStatus(row.status, transition);
        if (!allowed) {
          throw new HttpProblem("illegal-transition", {
            detail: "The referral state machine does not allow this action from the current status.",
          });
        }
        // After a consent lapsed the referral can still be closed (withdrawn or rejected), not processed further.
        if (transition.action !== "withdraw" && transition.action !== "reject")
          checkConsentStillValid(ctx, row);
        const at = nowText(ctx);
        const doc = nextVersion(JSON.parse(row.document) as Referral, transition, status, focalPoint, at);
        const result = ctx.validator.validate(doc);
        if (!result.ok) throw new HttpProblem("invalid-document", { issues: result.issues });
        const next = await referralRow(ctx, doc, { createdAt: row.createdAt, updatedAt: at });
        await ctx.store.commit(() => {
          // The ETag in the UPDATE makes a concurrent transition lose with 412 instead of being overwritten.
          if (!ctx.store.referrals.update(next, row.etag)) throw new HttpProblem("precondition-failed");
          appendReferralEvent(ctx.store.events, "org.open-trm.referral.transitioned", next, at);
          ctx.store.audit.append(auditRow(ctx, principal, target, 200));
        });
        ctx.notifier.notify();
        return sendResource(reply, 200, recordOf(next), next);
      });
    },
  );
}
