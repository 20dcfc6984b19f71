// GET /audit: the administrator's view of who read or wrote which document.
import type { FastifyInstance } from "fastify";
import type { NodeContext } from "../context.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { pageLimit, uuidOf } from "../http.js";
import { HttpProblem } from "../problems.js";

/** Registers `GET /audit`. */
export function registerAuditRoutes(app: FastifyInstance, ctx: NodeContext): void {
  app.get<{ Querystring: Record<string, unknown> }>(
    "/audit",
    { config: { access: "admin" } },
    async (request, reply) => {
      const { resourceId, actor, after } = request.query;
      const id = resourceId === undefined ? undefined : uuidOf(resourceId);
      if (resourceId !== undefined && id === undefined) {
        throw new HttpProblem("bad-request", { detail: "resourceId must be a UUID." });
      }
      const who = actor === "admin" ? "admin" : actor === undefined ? undefined : uuidOf(actor);
      if (actor !== undefined && who === undefined) {
        throw new HttpProblem("bad-request", { detail: "actor must be a focal point id or admin." });
      }
      if (after !== undefined && typeof after !== "string") throw new HttpProblem("bad-request");
      const limit = pageLimit(request.query, ctx);
      const rows = ctx.store.audit.page({
        after: after === undefined ? 0 : decodeCursor(after, ["number"] as const)[0],
        limit: limit + 1,
        ...(id === undefined ? {} : { resourceId: id }),
        ...(who === undefined ? {} : { actor: who }),
      });
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return reply.send({ items, nextCursor: rows.length > limit && last ? encodeCursor([last.seq]) : null });
    },
  );
}
