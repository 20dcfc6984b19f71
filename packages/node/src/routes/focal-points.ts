// The directory the node serves: GET for any token, PUT for the administrator (If-Match when replacing).
import type { FocalPoint, FocalPointDirectory } from "@open-trm/schema";
import type { FastifyInstance, FastifyReply } from "fastify";
import { type AuditTarget, audited, auditRow } from "../audit-trail.js";
import type { NodeContext } from "../context.js";
import { loadDirectory } from "../directory.js";
import { canonical, checkIfMatch, etagOf, nowText, readJsonBody, sendResource, uuidOf } from "../http.js";
import { HttpProblem } from "../problems.js";

async function sendSigned(
  ctx: NodeContext,
  reply: FastifyReply,
  status: number,
  doc: unknown,
): Promise<FastifyReply> {
  const text = canonical(doc);
  return sendResource(reply, status, doc, { etag: etagOf(text), signature: await ctx.signer.sign(text) });
}

function checkTyped<T>(ctx: NodeContext, doc: unknown, type: "focalPoint" | "focalPointDirectory"): T {
  const result = ctx.validator.validate(doc);
  if (!result.ok) throw new HttpProblem("invalid-document", { issues: result.issues });
  if (result.documentType !== type) {
    throw new HttpProblem("invalid-document", { detail: `The body must be a ${type} document.` });
  }
  return doc as T;
}

function findPoint(directory: FocalPointDirectory | undefined, id: string): FocalPoint | undefined {
  const wanted = id.toLowerCase();
  return directory?.focalPoints.find((p) => p.id.toLowerCase() === wanted);
}

/** Registers `GET /focal-points`, `GET /focal-points/{id}`, `PUT /focal-points` and `PUT /focal-points/{id}`. */
export function registerFocalPointRoutes(app: FastifyInstance, ctx: NodeContext): void {
  app.get("/focal-points", { config: { access: "any" } }, async (_request, reply) => {
    const directory = loadDirectory(ctx);
    if (directory === undefined) throw new HttpProblem("not-found", { detail: "No directory is loaded." });
    return sendSigned(ctx, reply, 200, directory);
  });

  app.get<{ Params: { id: string } }>(
    "/focal-points/:id",
    { config: { access: "any" } },
    async (request, reply) => {
      const point = findPoint(loadDirectory(ctx), request.params.id);
      if (point === undefined) throw new HttpProblem("not-found");
      return sendSigned(ctx, reply, 200, point);
    },
  );

  app.put("/focal-points", { config: { access: "admin" } }, async (request, reply) => {
    const target: AuditTarget = { action: "update", resource: "directory", resourceId: null };
    return audited(ctx, request, target, async (principal) => {
      const current = loadDirectory(ctx);
      if (current !== undefined) checkIfMatch(request, etagOf(canonical(current)));
      const directory = checkTyped<FocalPointDirectory>(
        ctx,
        readJsonBody(request, ctx).value,
        "focalPointDirectory",
      );
      // 200 for the first directory too: the API describes PUT /focal-points as a replacement.
      const status = 200;
      await ctx.store.commit(() => {
        ctx.store.directory.put({ document: canonical(directory), updatedAt: nowText(ctx) });
        ctx.store.audit.append(
          auditRow(ctx, principal, { ...target, action: current ? "update" : "create" }, status),
        );
      });
      return sendSigned(ctx, reply, status, directory);
    });
  });

  app.put<{ Params: { id: string } }>(
    "/focal-points/:id",
    { config: { access: "admin" } },
    async (request, reply) => {
      const target: AuditTarget = {
        action: "update",
        resource: "focalPoint",
        resourceId: uuidOf(request.params.id) ?? null,
      };
      return audited(ctx, request, target, async (principal) => {
        const directory = loadDirectory(ctx);
        if (directory === undefined) {
          throw new HttpProblem("conflict", { detail: "No directory is loaded; PUT /focal-points first." });
        }
        const existing = findPoint(directory, request.params.id);
        if (existing !== undefined) checkIfMatch(request, etagOf(canonical(existing)));
        const point = checkTyped<FocalPoint>(ctx, readJsonBody(request, ctx).value, "focalPoint");
        if (point.id.toLowerCase() !== target.resourceId) {
          throw new HttpProblem("bad-request", { detail: "The body's id must be the id in the path." });
        }
        const others = directory.focalPoints.filter((p) => p.id.toLowerCase() !== target.resourceId);
        const updated = checkTyped<FocalPointDirectory>(
          ctx,
          { ...directory, focalPoints: [...others, point] },
          "focalPointDirectory",
        );
        const status = existing === undefined ? 201 : 200;
        await ctx.store.commit(() => {
          ctx.store.directory.put({ document: canonical(updated), updatedAt: nowText(ctx) });
          ctx.store.audit.append(
            auditRow(ctx, principal, { ...target, action: existing ? "update" : "create" }, status),
          );
        });
        return sendSigned(ctx, reply, status, point);
      });
    },
  );
}
