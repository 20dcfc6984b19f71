// What a check works with: the transport, the state earlier checks left, and assertions that collect reasons.

import type {
  Consent,
  ConsentRecord,
  FocalPointDirectory,
  Referral,
  ReferralRecord,
} from "../client/types.js";
import type { Jwks } from "../signing/keys.js";
import type { Parties } from "./fixtures.js";
import type { ResponseChecker } from "./response-check.js";
import type { Party, Reply, RequestSpec, Transport } from "./transport.js";

/** The problem type URI of a slug (API contract: `https://open-trm.org/problems/<slug>`). */
export const problemType = (slug: string): string => `https://open-trm.org/problems/${slug}`;

/** What the checks share: the documents they created and what they learnt of the node. */
export interface RunState {
  readonly now: () => Date;
  /** Which optional tokens were given. */
  readonly tokensGiven: { readonly b: boolean; readonly c: boolean; readonly admin: boolean };
  /** Planted in the referrals' free text; must never come back outside the referral itself. */
  readonly marker: string;
  focalPointA?: string;
  readonly focalPointB: string;
  jwks?: Jwks;
  directory?: FocalPointDirectory;
  parties?: Parties;
  consent?: Consent;
  consentRecord?: ConsentRecord;
  referral?: Referral;
  /** The latest record of `referral`, with its ETag. */
  record?: ReferralRecord;
  idempotencyKey?: string;
  /** A second referral from A to B, for paging. */
  second?: ReferralRecord;
  /** The end of each party's events feed before anything was created. */
  readonly tails: Partial<Record<Party, string>>;
}

/** Thrown to end a check that cannot run because an earlier one did not leave what it needs. */
export class Skip extends Error {
  override readonly name = "Skip";
}

/** The value an earlier check left, or a skip naming that check. */
export function needs<T>(value: T | undefined, check: string): T {
  if (value === undefined) throw new Skip(`needs what ${check} creates, and it did not`);
  return value;
}

/** One check's view of the run. */
export class CheckContext {
  readonly failures: string[] = [];
  requests = 0;
  note = "";

  constructor(
    private readonly transport: Transport,
    readonly checker: ResponseChecker,
    readonly state: RunState,
  ) {}

  /** Every reply of the run so far. */
  get log(): readonly Reply[] {
    return this.transport.log;
  }

  /** Sends a request; a response that differs from the OpenAPI document fails the check. */
  async call(party: Party, request: RequestSpec): Promise<Reply> {
    this.requests++;
    const reply = await this.transport.send(party, request);
    for (const f of reply.findings) this.fail(`${reply.route} ${reply.status}: ${f}`);
    return reply;
  }

  /** Records a failure. */
  fail(reason: string): false {
    if (!this.failures.includes(reason)) this.failures.push(reason);
    return false;
  }

  /** Records `reason` as a failure unless `ok`. */
  expect(ok: boolean, reason: string): boolean {
    return ok || this.fail(reason);
  }

  /** Expects one status; `what` names the request in the reason (default: its route). */
  status(reply: Reply, want: number, what: string = reply.route): boolean {
    return this.expect(reply.status === want, `${what} answered ${reply.status}, want ${want}`);
  }

  /** Expects a problem of this status and slug. */
  problem(reply: Reply, want: number, slug: string, what: string = reply.route): boolean {
    if (!this.status(reply, want, what)) return false;
    const type = (reply.body as { type?: unknown } | undefined)?.type;
    return this.expect(type === problemType(slug), `${what} ${want}: problem type is not ${slug}`);
  }

  /** The body of a successful reply as `T`, or a skip when the request did not succeed. */
  ok<T>(reply: Reply, want: number, what?: string): T {
    if (!this.status(reply, want, what) || reply.body === undefined) {
      throw new Skip(`${what ?? reply.route} did not succeed`);
    }
    return reply.body as T;
  }
}
