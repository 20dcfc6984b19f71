import type { FastifyInstance } from "fastify";
import type { NodeContext } from "../context.js";
import { registerAuditRoutes } from "./audit.js";
import { registerConsentRoutes } from "./consents.js";
import { registerEventRoutes } from "./events.js";
import { registerFocalPointRoutes } from "./focal-points.js";
import { registerReferralTransitions } from "./referral-transitions.js";
import { registerReferralReads } from "./referrals.js";
import { registerReferralCreate } from "./referrals-create.js";
import { registerRootRoutes } from "./root.js";

/** Registers every route of the exchange API. */
export function registerRoutes(app: FastifyInstance, ctx: NodeContext): void {
  registerRootRoutes(app, ctx);
  registerReferralCreate(app, ctx);
  registerReferralReads(app, ctx);
  registerReferralTransitions(app, ctx);
  registerConsentRoutes(app, ctx);
  registerFocalPointRoutes(app, ctx);
  registerEventRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
}
