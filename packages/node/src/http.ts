// Request and response helpers shared by the routes.
import { createHash } from "node:crypto";
import { canonicalJson } from "@open-trm/client";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Principal } from "./auth.js";
import type { NodeContext } from "./context.js";
import { HttpProblem } from "./problems.js";

const principals = new WeakMap<FastifyRequest, Principal>();
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/** Remembers who a request acts as (set by the authentication hook). */
export function setPrincipal(request: FastifyRequest, principal: Principal): void {
  principals.set(request, principal);
}

/** Who the request acts as; only routes behind authentication call it. */
export function principalOf(request: FastifyRequest): Principal {
  const principal = principals.get(request);
  if (principal === undefined) throw new HttpProblem("unauthorized");
  return principal;
}

/** The focal point the request acts as; an administrator token gets 403. */
export function focalPointOf(request: FastifyRequest): Extract<Principal, { kind: "focalPoint" }> {
  const principal = principalOf(request);
  if (principal.kind !== "focalPoint") {
    throw new HttpProblem("forbidden", { detail: "This endpoint needs a focal point token." });
  }
  return principal;
}

/** A UUID in lower case, or undefined when the text is not a UUID. */
export function uuidOf(text: unknown): string | undefined {
  return typeof text === "string" && UUID.test(text) ? text.toLowerCase() : undefined;
}

/** The node's clock as RFC 3339 UTC with milliseconds: fixed width, so text order is time order. */
export function nowText(ctx: NodeContext): string {
  return ctx.now().toISOString();
}

/** The strong ETag of a document: the first 22 characters of the base64url SHA-256 of its canonical JSON. */
export function etagOf(canonical: string): string {
  return `"${createHash("sha256").update(canonical, "utf8").digest("base64url").slice(0, 22)}"`;
}

/** The hexadecimal SHA-256 of some bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The canonical JSON of a document, as stored, hashed and signed. */
export const canonical = (doc: unknown): string => canonicalJson(doc);

/** Reads a JSON request body; anything that is not a JSON text of content type JSON is a 400. */
export function readJsonBody(request: FastifyRequest, ctx: NodeContext): { value: unknown; bytes: Buffer } {
  const type = request.headers["content-type"];
  const bytes = request.body;
  if (typeof type !== "string" || !JSON_TYPE.test(type)) {
    throw new HttpProblem("bad-request", { detail: "The Content-Type must be application/json." });
  }
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
    throw new HttpProblem("bad-request", { detail: "The request needs a JSON body." });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem("bad-request", { detail: "The body is not UTF-8." });
  }
  const parsed = ctx.validator.parseJson(text);
  if (!parsed.ok)
    throw new HttpProblem("bad-request", { detail: "The body is not JSON.", issues: parsed.issues });
  return { value: parsed.value, bytes };
}

/**
 * Checks `If-Match` (RFC 9110 section 13.1.1, strong comparison) against the current ETag: missing is 428,
 * not matching is 412.
 */
export function checkIfMatch(request: FastifyRequest, etag: string): void {
  const header = request.headers["if-match"];
  if (header === undefined || header.trim() === "") throw new HttpProblem("precondition-required");
  const tags = header.split(",").map((t) => t.trim());
  if (!tags.includes("*") && !tags.includes(etag)) throw new HttpProblem("precondition-failed");
}

/** The page size of a request: `limit` from 1 to the page maximum (default: the configured default). */
export function pageLimit(query: Record<string, unknown>, ctx: NodeContext): number {
  const raw = query.limit;
  if (raw === undefined) return ctx.limits.pageDefault;
  const n = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(n >= 1 && n <= ctx.limits.pageMax)) {
    throw new HttpProblem("bad-request", {
      detail: `limit must be an integer from 1 to ${ctx.limits.pageMax}.`,
    });
  }
  return n;
}

/** Sends a single-resource response with its ETag and signature headers. */
export function sendResource(
  reply: FastifyReply,
  status: number,
  body: unknown,
  meta: { etag: string; signature: string; location?: string },
): FastifyReply {
  reply.code(status).header("etag", meta.etag).header("trm-signature", meta.signature);
  if (meta.location !== undefined) reply.header("location", meta.location);
  return reply.type("application/json; charset=utf-8").send(JSON.stringify(body));
}
