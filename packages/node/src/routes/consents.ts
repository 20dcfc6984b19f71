// POST /consents, GET /consents/{id}, POST /consents/{id}/events. A withdrawal takes effect at once: the next read
// of a referral disclosed under the consent gets 451.
import type { Consent } from "@open-trm/schema";
import type { FastifyInstance, FastifyReply } from "fastify";
import { type AuditTarget, audited, auditRow, recordAccess } from "../audit-trail.js";
import { consentRecordOf, consentRow } from "../consent-record.js";
import type { NodeContext } from "../context.js";
import { crossRuleIssues } from "../cross-rules.js";
import { loadDirectory } from "../directory.js";
import { appendConsentEvent } from "../events.js";
import { focalPointOf, nowText, readJsonBody, sendResource, uuidOf } from "../http.js";
import { HttpProblem } from "../problems.js";
import type { ConsentRow } from "../store/consents.js";

// Structure, rules and, when the node has a directory, every focal point reference (TRM-X002).
function checkConsent(ctx: NodeContext, value: unknown): Consent {
  const result = ctx.validator.validate(value);
  if (!result.ok) throw new HttpProblem("invalid-document", { issues: result.issues });
  if (result.documentType !== "consent") {
    throw new HttpProblem("invalid-document", { detail: "The body must be a consent document." });
  }
  const consent = value as Consent;
  const directory = loadDirectory(ctx);
  const refs =
    directory === undefined
      ? []
      : crossRuleIssues("TRM-X002", consent, directory, ctx.now()).filter((i) => i.severity === "error");
  if (refs.length > 0) throw new HttpProblem("invalid-document", { issues: refs });
  return consent;
}

function visibleConsent(ctx: NodeContext, id: string, focalPoint: string): ConsentRow {
  const row = ctx.store.consents.get(id);
  if (row === undefined || !ctx.store.consents.visibleTo(row.id, focalPoint))
    throw new HttpProblem("not-found");
  return row;
}

const send = (ctx: NodeContext, reply: FastifyReply, status: number, row: ConsentRow) =>
  sendResource(reply, status, consentRecordOf(ctx, row), {
    ...row,
    ...(status === 201 ? { location: `/consents/${row.id}` } : {}),
  });

// Appends the event, signs the new version and stores it if no other event was stored meanwhile; else reads the
// consent again and retries (events need no If-Match, so a concurrent one must not be lost or refused).
async function appendEvent(
  ctx: NodeContext,
  first: ConsentRow,
  input: { focalPoint: string; event: Record<string, unknown> },
  audit: () => void,
): Promise<ConsentRow> {
  let row = first;
  for (let attempt = 1; ; attempt++) {
    const at = nowText(ctx);
    const previous = JSON.parse(row.document) as Consent;
    const updated = {
      ...previous,
      updatedAt: at,
      recordedBy: input.focalPoint,
      events: [...previous.events, input.event],
    };
    const consent = checkConsent(ctx, updated);
    const next = await consentRow(ctx, consent, {
      createdBy: row.createdBy,
      createdAt: row.createdAt,
      updatedAt: at,
    });
    const stored = await ctx.store.commit(() => {
      if (!ctx.store.consents.update(next, row.etag)) return false;
      appendConsentEvent(ctx.store.events, row.id, String(input.event.state), at);
      audit();
      return true;
    });
    if (stored) return next;
    const current = ctx.store.consents.get(row.id);
    if (current === undefined || attempt >= 5) throw new HttpProblem("internal");
    row = current;
  }
}

/** Registers the consent routes. */
export function registerConsentRoutes(app: FastifyInstance, ctx: NodeContext): void {
  app.post("/consents", { config: { access: "focalPoint" } }, async (request, reply) => {
    const target: AuditTarget = { action: "create", resource: "consent", resourceId: null };
    return audited(ctx, request, target, async (principal) => {
      const { focalPoint } = focalPointOf(request);
      const consent = checkConsent(ctx, readJsonBody(request, ctx).value);
      target.resourceId = consent.id.toLowerCase();
      if (consent.recordedBy.toLowerCase() !== focalPoint) {
        throw new HttpProblem("forbidden", { detail: "recordedBy must be the token's focal point." });
      }
      const at = nowText(ctx);
      const row = await consentRow(ctx, consent, { createdBy: focalPoint, createdAt: at, updatedAt: at });
      await ctx.store.commit(() => {
        if (ctx.store.consents.get(row.id) !== undefined) throw new HttpProblem("conflict");
        ctx.store.consents.insert(row, consent.controllers);
        appendConsentEvent(ctx.store.events, row.id, consentRecordOf(ctx, row).state, at);
        ctx.store.audit.append(auditRow(ctx, principal, target, 201));
      });
      ctx.notifier.notify();
      return send(ctx, reply, 201, row);
    });
  });

  app.get<{ Params: { id: string } }>(
    "/consents/:id",
    { config: { access: "focalPoint" } },
    async (request, reply) => {
      const target: AuditTarget = {
        action: "read",
        resource: "consent",
        resourceId: uuidOf(request.params.id) ?? null,
      };
      return audited(ctx, request, target, async (principal) => {
        const row = visibleConsent(ctx, request.params.id, focalPointOf(request).focalPoint);
        await recordAccess(ctx, principal, target, 200);
        return send(ctx, reply, 200, row);
      });
    },
  );

  app.post<{ Params: { id: string } }>(
    "/consents/:id/events",
    { config: { access: "focalPoint" } },
    async (request, reply) => {
      const target: AuditTarget = {
        action: "update",
        resource: "consent",
        resourceId: uuidOf(request.params.id) ?? null,
      };
      return audited(ctx, request, target, async (principal) => {
        const { focalPoint } = focalPointOf(request);
        const row = visibleConsent(ctx, request.params.id, focalPoint);
        const event = readJsonBody(request, ctx).value;
        if (typeof event !== "object" || event === null || Array.isArray(event)) {
          throw new HttpProblem("bad-request", { detail: "The body must be one consent event object." });
        }
        const { recordedBy, state } = event as { recordedBy?: unknown; state?: unknown };
        if (typeof recordedBy === "string" && recordedBy.toLowerCase() !== focalPoint) {
          throw new HttpProblem("forbidden", { detail: "recordedBy must be the token's focal point." });
        }
        // Whoever sees a consent through a referral may pass on a withdrawal (GDPR Art. 7(3): as easy as giving it);
        // every other change is for the focal points that recorded or control it.
        if (state !== "withdrawn" && !ctx.store.consents.managedBy(row, focalPoint)) {
          throw new HttpProblem("forbidden", {
            detail: "Only a controller of the consent may record this event.",
          });
        }
        const next = await appendEvent(
          ctx,
          row,
          { focalPoint, event: event as Record<string, unknown> },
          () => ctx.store.audit.append(auditRow(ctx, principal, target, 201)),
        );
        ctx.notifier.notify();
        return send(ctx, reply, 201, next);
      });
    },
  );
}
