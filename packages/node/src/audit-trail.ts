// Audit entries for reads and writes of personal data. Successful writes append theirs inside their own
// transaction; `audited` appends the entry of every refused or failed request (401s excluded: no one to name).
import type { FastifyRequest } from "fastify";
import type { Principal } from "./auth.js";
import type { NodeContext } from "./context.js";
import { principalOf } from "./http.js";
import { HttpProblem } from "./problems.js";
import type { AuditEntry } from "./store/audit.js";

/** What a request reads or writes; `resourceId` is filled in as soon as the handler knows it. */
export interface AuditTarget {
  readonly action: AuditEntry["action"];
  readonly resource: AuditEntry["resource"];
  resourceId: string | null;
}

/** The audit row of a request's outcome. */
export function auditRow(
  ctx: NodeContext,
  principal: Principal,
  target: AuditTarget,
  status: number,
): Omit<AuditEntry, "seq"> {
  return {
    at: ctx.now().toISOString(),
    actor: principal.kind === "admin" ? "admin" : principal.focalPoint,
    action: target.action,
    resource: target.resource,
    resourceId: target.resourceId,
    outcome: status < 400 ? "allowed" : "denied",
    status,
  };
}

/** Records a read (or replay) in the next group commit; resolves once the entry is on disk, before the response. */
export function recordAccess(
  ctx: NodeContext,
  principal: Principal,
  target: AuditTarget,
  status: number,
): Promise<void> {
  return ctx.store.commit(() => ctx.store.audit.append(auditRow(ctx, principal, target, status)));
}

/** Runs a handler; when it fails, records the denied (or failed) access before the error is sent. */
export async function audited<T>(
  ctx: NodeContext,
  request: FastifyRequest,
  target: AuditTarget,
  run: (principal: Principal) => Promise<T>,
): Promise<T> {
  const principal = principalOf(request);
  try {
    return await run(principal);
  } catch (error) {
    const status = error instanceof HttpProblem ? error.status : 500;
    try {
      await recordAccess(ctx, principal, target, status);
    } catch {
      ctx.log({ level: "error", msg: "audit entry could not be written", reqId: request.id, status });
    }
    throw error;
  }
}
