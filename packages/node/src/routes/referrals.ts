// GET /referrals/{id} and GET /referrals: a focal point sees the referrals it sends or receives, nothing else.
import type { Consent } from "@open-trm/schema";
import { codelists } from "@open-trm/schema/data";
import type { FastifyInstance } from "fastify";
import { type AuditTarget, audited, recordAccess } from "../audit-trail.js";
import { consentRefusalAt } from "../consent-gate.js";
import type { NodeContext } from "../context.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { focalPointOf, pageLimit, sendResource, uuidOf } from "../http.js";
import { HttpProblem } from "../problems.js";
import { recordOf, summaryOf } from "../referral-record.js";
import type { ReferralQuery, ReferralRow } from "../store/referrals.js";

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** The referral `id` if the focal point sends or receives it; else 404, exactly as for a missing id. */
export function visibleReferral(ctx: NodeContext, id: string, focalPoint: string): ReferralRow {
  const row = ctx.store.referrals.get(id);
  if (row === undefined || (row.sender !== focalPoint && row.receiver !== focalPoint)) {
    throw new HttpProblem("not-found");
  }
  return row;
}

/** 451 when the referral was disclosed under a consent that is no longer valid now (an override never lapses). */
export function checkConsentStillValid(ctx: NodeContext, row: ReferralRow): void {
  if (row.consentId === null) return;
  const consent = ctx.store.consents.get(row.consentId);
  const refusal =
    consent === undefined
      ? "CONSENT_NOT_GIVEN"
      : consentRefusalAt(JSON.parse(consent.document) as Consent, ctx.now());
  if (refusal !== undefined) throw new HttpProblem("consent-withdrawn", { detail: refusal });
}

function listQuery(query: Record<string, unknown>, ctx: NodeContext, focalPoint: string): ReferralQuery {
  const { role, status, updatedSince, cursor } = query;
  if (role !== undefined && role !== "sender" && role !== "receiver") {
    throw new HttpProblem("bad-request", { detail: "role must be sender or receiver." });
  }
  if (status !== undefined && !(codelists.referralStatus.codes as readonly unknown[]).includes(status)) {
    throw new HttpProblem("bad-request", { detail: "status must be a referralStatus code." });
  }
  let since: string | undefined;
  if (updatedSince !== undefined) {
    const ms =
      typeof updatedSince === "string" && DATE_TIME.test(updatedSince)
        ? Date.parse(updatedSince)
        : Number.NaN;
    if (Number.isNaN(ms))
      throw new HttpProblem("bad-request", { detail: "updatedSince must be an RFC 3339 date-time." });
    since = new Date(ms).toISOString();
  }
  if (cursor !== undefined && typeof cursor !== "string") throw new HttpProblem("bad-request");
  return {
    focalPoint,
    limit: pageLimit(query, ctx),
    ...(role === undefined ? {} : { role }),
    ...(status === undefined ? {} : { status: status as string }),
    ...(since === undefined ? {} : { updatedSince: since }),
    ...(cursor === undefined ? {} : { after: decodeCursor(cursor, ["string", "string"] as const) }),
  };
}

/** Registers `GET /referrals/{id}` and `GET /referrals`. */
export function registerReferralReads(app: FastifyInstance, ctx: NodeContext): void {
  app.get<{ Params: { id: string } }>(
    "/referrals/:id",
    { config: { access: "focalPoint" } },
    async (request, reply) => {
      const target: AuditTarget = {
        action: "read",
        resource: "referral",
        resourceId: uuidOf(request.params.id) ?? null,
      };
      return audited(ctx, request, target, async () => {
        const { focalPoint } = focalPointOf(request);
        const row = visibleReferral(ctx, request.params.id, focalPoint);
        checkConsentStillValid(ctx, row);
        await recordAccess(ctx, focalPointOf(request), target, 200);
        return sendResource(reply, 200, recordOf(row), row);
      });
    },
  );

  app.get<{ Querystring: Record<string, unknown> }>(
    "/referrals",
    { config: { access: "focalPoint" } },
    async (request, reply) => {
      const target: AuditTarget = { action: "list", resource: "referral", resourceId: null };
      return audited(ctx, request, target, async (principal) => {
        const q = listQuery(request.query, ctx, focalPointOf(request).focalPoint);
        // One row more than the page tells whether a next page exists.
        const rows = ctx.store.referrals.page({ ...q, limit: q.limit + 1 });
        const items = rows.slice(0, q.limit);
        const last = items.at(-1);
        const nextCursor = rows.length > q.limit && last ? encodeCursor([last.updatedAt, last.id]) : null;
        await recordAccess(ctx, principal, target, 200);
        return reply.send({ items: items.map(summaryOf), nextCursor });
      });
    },
  );
}
