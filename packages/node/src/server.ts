// createNode: one process, one SQLite file, Fastify in front. Authentication and rate limits run before the body
// is read; problems go out as RFC 9457; logs carry the route pattern and status, never what a request carried.
import { randomUUID } from "node:crypto";
import { createValidator } from "@open-trm/validator";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { authenticate } from "./auth.js";
import type { NodeContext } from "./context.js";
import { NodeError } from "./errors.js";
import { createNotifier } from "./events.js";
import { setPrincipal } from "./http.js";
import { defaultLimits, type Limits, rateLimiter } from "./limits.js";
import { type Logger, stderrLogger } from "./log.js";
import { HttpProblem, problemOf } from "./problems.js";
import { registerRoutes } from "./routes/index.js";
import { createSigner, ensureSigningKey } from "./signing.js";
import { openStore } from "./store/store.js";

/**
 * Options of `createNode`.
 * @example
 * const options: NodeOptions = { dbPath: "./trm.sqlite", port: 0, limits: { pageMax: 100 } };
 */
export interface NodeOptions {
  /** The SQLite database file; created and migrated when missing. */
  readonly dbPath: string;
  /** The address to listen on (default: `127.0.0.1`). */
  readonly host?: string;
  /** The port to listen on; 0 picks a free one (default: 8787). */
  readonly port?: number;
  /** Limits on bodies, request rates, pages and long-polls (default: `defaultLimits`). */
  readonly limits?: Partial<Limits>;
  /** The node's clock, for consent validity, rules and timestamps (default: the system clock). */
  readonly now?: () => Date;
  /** Where log lines go (default: JSON lines on standard error). */
  readonly logger?: Logger;
  /** The name in `GET /` (default: `Open TRM reference node`). */
  readonly name?: string;
  /** The focal point that runs this node, shown in `GET /` (default: none). */
  readonly focalPoint?: string | null;
}

/**
 * A node that can be started and stopped.
 * @example
 * const node: NodeHandle = createNode({ dbPath: "./trm.sqlite" });
 * await node.start();
 * await node.stop();
 */
export interface NodeHandle {
  /** Makes the signing key on first start, listens, and returns the base URL (`http://127.0.0.1:8787`). */
  start(): Promise<string>;
  /** Ends long-polls, stops listening and closes the database. */
  stop(): Promise<void>;
  /** The base URL; only after `start`. */
  readonly url: string;
}

type Access = "public" | "any" | "focalPoint" | "admin";

function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: HttpProblem): FastifyReply {
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  const body = problemOf(problem.slug, {
    detail: problem.detail,
    issues: problem.issues,
    instance: `urn:uuid:${request.id}`,
  });
  return reply
    .code(problem.status)
    .type("application/problem+json; charset=utf-8")
    .send(JSON.stringify(body));
}

function guard(app: FastifyInstance, ctx: NodeContext): void {
  const limiter = rateLimiter(ctx.limits);
  app.addHook("onRequest", async (request) => {
    const access = (request.routeOptions.config as { access?: Access }).access ?? "public";
    let key = `ip:${request.ip}`;
    if (access !== "public") {
      const principal = authenticate(ctx.store.tokens, request.headers.authorization);
      if (principal === undefined) {
        throw new HttpProblem("unauthorized", { headers: { "www-authenticate": 'Bearer realm="open-trm"' } });
      }
      if (access === "admin" && principal.kind !== "admin") {
        throw new HttpProblem("forbidden", { detail: "This endpoint needs the administrator token." });
      }
      setPrincipal(request, principal);
      key = `token:${principal.tokenId}`;
    }
    const wait = limiter.take(key);
    if (wait !== undefined)
      throw new HttpProblem("rate-limited", { headers: { "retry-after": String(wait) } });
  });
}

function handleErrors(app: FastifyInstance, ctx: NodeContext): void {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpProblem) return sendProblem(request, reply, error);
    const { name, code, statusCode } = error as { name?: string; code?: string; statusCode?: number };
    if (code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return sendProblem(request, reply, new HttpProblem("payload-too-large"));
    if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
      return sendProblem(request, reply, new HttpProblem("bad-request"));
    }
    // The message of an unexpected error may quote input: log its name and code only.
    ctx.log({
      level: "error",
      msg: "internal error",
      reqId: request.id,
      error: `${name ?? "Error"}${code ? ` ${code}` : ""}`,
    });
    return sendProblem(request, reply, new HttpProblem("internal"));
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, new HttpProblem("not-found")));
  app.addHook("onResponse", async (request, reply) => {
    ctx.log({
      level: reply.statusCode >= 500 ? "error" : "info",
      msg: "request",
      reqId: request.id,
      method: request.method,
      route: request.routeOptions.url ?? "(no route)",
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    });
  });
}

/**
 * Creates a reference exchange node on a SQLite file; call `start()` to listen.
 * @example
 * const node = createNode({ dbPath: "./trm.sqlite", port: 8787 });
 * console.log(`listening on ${await node.start()}`);
 * process.on("SIGTERM", () => void node.stop());
 */
export function createNode(options: NodeOptions): NodeHandle {
  const port = options.port ?? 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new NodeError("OPTION_INVALID", "createNode: port must be an integer from 0 to 65535");
  }
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const now = options.now ?? (() => new Date());
  const store = openStore(options.dbPath);
  const ctx: NodeContext = {
    store,
    signer: createSigner(store.keys),
    validator: createValidator({ now }),
    limits,
    now,
    notifier: createNotifier(),
    log: options.logger ?? stderrLogger,
    nodeId: store.meta.init("nodeId", randomUUID()),
    info: {
      name: options.name ?? "Open TRM reference node",
      focalPoint: options.focalPoint?.toLowerCase() ?? null,
    },
  };
  const app = Fastify({ logger: false, bodyLimit: limits.bodyBytes, genReqId: () => randomUUID() });
  // Bodies stay raw bytes: the idempotency hash needs them, and the validator parses them with its limits.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  guard(app, ctx);
  handleErrors(app, ctx);
  registerRoutes(app, ctx);
  let url: string | undefined;
  return {
    async start() {
      await ensureSigningKey(store.keys);
      await app.listen({ host: options.host ?? "127.0.0.1", port });
      const address = app.server.address();
      const bound = typeof address === "object" && address !== null ? address.port : port;
      const host = options.host ?? "127.0.0.1";
      url = `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
      return url;
    },
    async stop() {
      ctx.notifier.close();
      await app.close();
      store.close();
    },
    get url() {
      if (url === undefined) throw new NodeError("NOT_STARTED", "the node has not been started");
      return url;
    },
  };
}
