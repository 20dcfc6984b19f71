// Authentication: every operation the document protects answers 401 without a token and with an unknown one
// (RFC 6750 section 3: `WWW-Authenticate: Bearer`); administrator operations answer 403 to a focal point.
import { randomBytes } from "node:crypto";
import type { CheckContext } from "../context.js";
import type { Party } from "../transport.js";
import { type Check, isProtected, placeholderRequest } from "./check.js";

// API contract: the directory writes and the audit trail are for the administrator token only.
const ADMIN_ONLY = ["putDirectory", "putFocalPoint", "listAudit"];

async function everyProtected(t: CheckContext, party: Party): Promise<void> {
  const security = t.checker.document.security;
  const operations = t.checker.operations.filter((o) => isProtected(o, security));
  for (const operation of operations) {
    const reply = await t.call(party, placeholderRequest(operation));
    if (!t.problem(reply, 401, "unauthorized")) continue;
    // A missing header is already a finding of the response check.
    const challenge = reply.headers.get("www-authenticate");
    if (challenge !== null) {
      t.expect(
        /^Bearer\b/i.test(challenge),
        `${reply.route} 401: WWW-Authenticate is not a Bearer challenge`,
      );
    }
  }
  t.note = `${operations.length} protected operations answered 401`;
}

/** 401 and 403 checks. */
export const authChecks: readonly Check[] = [
  {
    id: "auth.missing-token",
    title: "every protected operation answers 401 problem+json with a Bearer challenge without a token",
    run: (t) => everyProtected(t, "none"),
  },
  {
    id: "auth.unknown-token",
    title: "every protected operation answers 401 to a token the node never issued",
    run: (t) => everyProtected(t, "forged"),
  },
  {
    id: "auth.admin-only",
    title: "the directory writes and the audit trail answer 403 to a focal-point token",
    async run(t) {
      for (const operation of t.checker.operations.filter((o) => ADMIN_ONLY.includes(o.operationId))) {
        t.problem(await t.call("a", placeholderRequest(operation)), 403, "forbidden");
      }
    },
  },
];

/** A token in the form of the reference node's (`trm_` and 43 base64url characters) that no node issued. */
export const forgedToken = (): string => `trm_${randomBytes(32).toString("base64url")}`;
