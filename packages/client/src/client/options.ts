// Options of the client and of its calls.
import type { operations } from "../generated/openapi.js";
import type { RejectionReason, TransitionAction } from "./types.js";

type Query<Op extends keyof operations> = NonNullable<operations[Op]["parameters"]["query"]>;

/** Options of `createClient`. */
export interface ClientOptions {
  /** Base URL of the node, e.g. `http://127.0.0.1:8787`. */
  readonly baseUrl: string;
  /** Bearer token (`trm_...`) of a focal point or an administrator; without one only the public endpoints answer (default: none). */
  readonly token?: string;
  /** The fetch implementation, for proxies, tests or other runtimes (default: `globalThis.fetch`). */
  readonly fetch?: (input: Request) => Promise<Response>;
}

/** Options of `sendReferral`. */
export interface SendReferralOptions {
  /** 1-200 visible ASCII characters, one per referral sent; resending with the same key is safe (a UUID is a good choice). */
  readonly idempotencyKey: string;
}

/** Options of `transition`: `reject` needs a `reason`; the other actions take none. */
export type TransitionOptions<A extends TransitionAction> = {
  /** The `etag` of the version being changed. */
  readonly ifMatch: string;
  /** A note for the new `statusHistory` entry; free text (default: none). */
  readonly note?: string;
} & (A extends "reject"
  ? {
      /** Why the referral is rejected (`referralRejectionReason` codelist). */
      readonly reason: RejectionReason;
    }
  : { readonly reason?: never });

/** Options of the PUT calls. */
export interface PutOptions {
  /** The `etag` of the version being replaced; required by the node when the resource exists (default: none). */
  readonly ifMatch?: string;
}

/** Filters and paging of `listReferrals`. */
export type ListReferralsOptions = Query<"listReferrals">;

/** Cursor, long-poll and paging of `events`. */
export type EventsOptions = Query<"listEvents"> & {
  /** Aborts the (long-polling) request; the result is then a problem with status 0 (default: none). */
  readonly signal?: AbortSignal;
};

/** Filters and paging of `audit`. */
export type AuditOptions = Query<"listAudit">;
