// GET /events: the change feed as CloudEvents, long-polled. Events carry ids and statuses only: no audit entry.
import type { FastifyInstance } from "fastify";
import type { NodeContext } from "../context.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { toCloudEvent } from "../events.js";
import { pageLimit, principalOf } from "../http.js";
import { HttpProblem } from "../problems.js";

function waitSeconds(raw: unknown, ctx: NodeContext): number {
  if (raw === undefined) return 0;
  const n = typeof raw === "string" && /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(n >= 0 && n <= 30))
    throw new HttpProblem("bad-request", { detail: "wait must be an integer from 0 to 30." });
  return Math.min(n, ctx.limits.longPollMaxSeconds);
}

/** Registers `GET /events`. */
export function registerEventRoutes(app: FastifyInstance, ctx: NodeContext): void {
  app.get<{ Querystring: Record<string, unknown> }>(
    "/events",
    { config: { access: "any" } },
    async (request, reply) => {
      const principal = principalOf(request);
      const { after } = request.query;
      if (after !== undefined && typeof after !== "string") throw new HttpProblem("bad-request");
      let cursor = after === undefined ? 0 : decodeCursor(after, ["number"] as const)[0];
      const limit = pageLimit(request.query, ctx);
      const deadline = Date.now() + waitSeconds(request.query.wait, ctx) * 1000;
      const focalPoint = principal.kind === "admin" ? null : principal.focalPoint;
      const gone = new AbortController();
      reply.raw.once("close", () => gone.abort());
      for (;;) {
        // Synchronous reads: no event can be committed between the page and the head.
        const rows = ctx.store.events.page(focalPoint, cursor, limit);
        const head = ctx.store.events.head();
        const last = rows.at(-1);
        // A full page continues after its last event; a shorter one has seen every event up to the head.
        const next = last !== undefined && rows.length === limit ? last.seq : Math.max(head, cursor);
        const remaining = deadline - Date.now();
        if (rows.length > 0 || remaining <= 0 || ctx.notifier.closed || gone.signal.aborted) {
          return reply.send({
            items: rows.map((r) => toCloudEvent(r, ctx.nodeId)),
            nextCursor: encodeCursor([next]),
          });
        }
        cursor = next;
        await ctx.notifier.wait(remaining, gone.signal);
      }
    },
  );
}
