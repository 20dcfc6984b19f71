// Transitions (API contract; data model section 6): If-Match missing 428, stale 412; a move the state machine
// does not allow 409; the sender taking a receiver's action 403; and none of these changes the referral.
import type { ReferralRecord } from "../../client/types.js";
import { type CheckContext, needs } from "../context.js";
import type { Party, Reply } from "../transport.js";
import type { Check } from "./check.js";

const STALE = '"AAAAAAAAAAAAAAAAAAAAAA"';

/** Posts a transition of the run's referral. */
export function transition(
  t: CheckContext,
  party: Party,
  action: string,
  ifMatch: string | undefined,
): Promise<Reply> {
  const id = needs(t.state.record, "referrals.create").id;
  return t.call(party, {
    method: "POST",
    path: `/referrals/${id}/transitions`,
    body: { action },
    headers: ifMatch === undefined ? {} : { "if-match": ifMatch },
  });
}

/** Expects the referral unchanged since `record` (same status and ETag, as A reads it). */
async function expectUnchanged(t: CheckContext, record: ReferralRecord, what: string): Promise<void> {
  const now = await t.call("a", { method: "GET", path: `/referrals/${record.id}` });
  const body = now.body as ReferralRecord | undefined;
  t.expect(
    now.status === 200 && body?.status === record.status && body.etag === record.etag,
    `${what} changed the referral`,
  );
}

/** Applies an action as B and checks the new record; returns it. */
async function apply(
  t: CheckContext,
  action: string,
  status: string,
  before: ReferralRecord,
): Promise<ReferralRecord | undefined> {
  const reply = await transition(t, "b", action, before.etag);
  if (!t.status(reply, 200, `${action} by B with the current ETag`)) return undefined;
  const after = reply.body as ReferralRecord;
  const last = after.document.statusHistory.at(-1);
  t.expect(after.status === status && after.document.status === status, `${action}: status is not ${status}`);
  t.expect(
    after.document.statusHistory.length === before.document.statusHistory.length + 1,
    `${action}: statusHistory did not grow by one entry`,
  );
  t.expect(
    last?.status === status && last.by === before.receiver,
    `${action}: the new history entry is not B's ${status}`,
  );
  t.expect(after.etag !== before.etag && reply.headers.get("etag") === after.etag, `${action}: no new ETag`);
  return after;
}

/** The transition checks. */
export const transitionChecks: readonly Check[] = [
  {
    id: "transitions.preconditions",
    title: "a transition without If-Match is 428 and with a stale one 412; neither changes the referral",
    needs: ["b"],
    async run(t) {
      const record = needs(t.state.record, "referrals.create");
      t.problem(
        await transition(t, "b", "acknowledge", undefined),
        428,
        "precondition-required",
        "a transition without If-Match",
      );
      t.problem(
        await transition(t, "b", "acknowledge", STALE),
        412,
        "precondition-failed",
        "a transition with a stale If-Match",
      );
      await expectUnchanged(t, record, "a refused transition");
    },
  },
  {
    id: "transitions.illegal",
    title: "accepting a referral that is only sent is 409 illegal-transition and changes nothing",
    needs: ["b"],
    async run(t) {
      const record = needs(t.state.record, "referrals.create");
      t.problem(
        await transition(t, "b", "accept", record.etag),
        409,
        "illegal-transition",
        "accept of a sent referral",
      );
      await expectUnchanged(t, record, "an illegal transition");
    },
  },
  {
    id: "transitions.parties",
    title: "the sender cannot acknowledge (403) and the receiver cannot withdraw (403)",
    needs: ["b"],
    async run(t) {
      const record = needs(t.state.record, "referrals.create");
      t.problem(
        await transition(t, "a", "acknowledge", record.etag),
        403,
        "forbidden",
        "acknowledge by the sender",
      );
      t.problem(
        await transition(t, "b", "withdraw", record.etag),
        403,
        "forbidden",
        "withdraw by the receiver",
      );
      await expectUnchanged(t, record, "a transition by the wrong party");
    },
  },
  {
    id: "transitions.apply",
    title:
      "B acknowledges then accepts with If-Match: 200, a new ETag, one history entry each; the old ETag is then 412",
    needs: ["b"],
    async run(t) {
      const s = t.state;
      const sent = needs(s.record, "referrals.create");
      const acknowledged = await apply(t, "acknowledge", "acknowledged", sent);
      if (acknowledged === undefined) return;
      s.record = acknowledged;
      t.problem(
        await transition(t, "b", "accept", sent.etag),
        412,
        "precondition-failed",
        "accept with the ETag before acknowledge",
      );
      const accepted = await apply(t, "accept", "accepted", acknowledged);
      if (accepted !== undefined) s.record = accepted;
    },
  },
];
