// GET /, GET /openapi.json and GET /.well-known/jwks.json: public, no token needed.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { STANDARD_VERSION } from "@open-trm/schema";
import type { FastifyInstance } from "fastify";
import type { NodeContext } from "../context.js";
import { HttpProblem } from "../problems.js";
import { jwksOf } from "../signing.js";

let openapi: string | undefined;

// The OpenAPI document is generated into schemas/v1 and shipped by @open-trm/schema; read once, on first use.
function openapiText(): string {
  if (openapi === undefined) {
    try {
      const path = createRequire(import.meta.url).resolve("@open-trm/schema/schemas/v1/openapi.json");
      openapi = readFileSync(path, "utf8");
    } catch {
      throw new HttpProblem("not-found", { detail: "This build of the node has no OpenAPI document." });
    }
  }
  return openapi;
}

/** Registers the public routes. */
export function registerRootRoutes(app: FastifyInstance, ctx: NodeContext): void {
  app.get("/", { config: { access: "public" } }, async () => ({
    standardVersion: STANDARD_VERSION,
    name: ctx.info.name,
    focalPoint: ctx.info.focalPoint,
    // Extension profiles this node validates; it registers none.
    profiles: [],
    openapi: "/openapi.json",
    jwks: jwksOf(ctx.store.keys),
  }));

  app.get("/openapi.json", { config: { access: "public" } }, async (_request, reply) =>
    reply.type("application/json; charset=utf-8").send(openapiText()),
  );

  app.get("/.well-known/jwks.json", { config: { access: "public" } }, async () => jwksOf(ctx.store.keys));
}
