// The change feed (API contract, GET /events): CloudEvents 1.0 about what the token may see, a cursor on every
// page, long-polls that end as soon as an event arrives; C never gets an event about A's referral.
import type { CloudEvent, ReferralRecord } from "../../client/types.js";
import { type CheckContext, needs } from "../context.js";
import type { Party } from "../transport.js";
import { type Check, readPages } from "./check.js";
import { transition } from "./transitions.js";

/** Reads a party's feed from `after` (default: the start) to the end; returns the events and the end cursor. */
async function readFeed(
  t: CheckContext,
  party: Party,
  after?: string,
): Promise<{ events: CloudEvent[]; end: string }> {
  const { items, cursor, complete } = await readPages<CloudEvent>(
    t,
    party,
    "/events",
    { after, limit: 200 },
    { cursorParam: "after", stopWhenEmpty: true, maxPages: 100 },
  );
  t.expect(cursor !== undefined, `GET /events by ${party.toUpperCase()}: no nextCursor`);
  if (!complete) t.note = "the feed is longer than 100 pages; read the first 100";
  return { events: items, end: cursor ?? after ?? "" };
}

const about = (e: CloudEvent, id: string): boolean =>
  e.subject === id || Object.values((e.data ?? {}) as Record<string, unknown>).includes(id);

/** The events checks. */
export const eventChecks: readonly Check[] = [
  {
    id: "events.read",
    title: "each token reads its feed to the end, page by page, with a nextCursor on every page",
    async run(t) {
      const parties: Party[] = ["a", "b", "c"].filter(
        (p) => p === "a" || t.state.tokensGiven[p as "b" | "c"],
      ) as Party[];
      for (const party of parties) t.state.tails[party] = (await readFeed(t, party)).end;
    },
  },
  {
    id: "events.long-poll",
    title:
      "a long-poll returns as soon as an event arrives (B starts the referral), and waits when nothing is new",
    needs: ["b"],
    async run(t) {
      const s = t.state;
      const record = needs(s.record, "transitions.apply");
      if (record.status !== "accepted") t.fail("the referral was not accepted by transitions.apply");
      const { end } = await readFeed(t, "b", s.tails.b);
      const started = performance.now();
      const poll = t.call("b", { method: "GET", path: `/events?after=${encodeURIComponent(end)}&wait=10` });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const moved = await transition(t, "b", "start", record.etag);
      if (t.status(moved, 200, "start by B")) s.record = moved.body as ReferralRecord;
      const page = (await poll).body as { items?: CloudEvent[] } | undefined;
      const seconds = (performance.now() - started) / 1000;
      t.expect(
        (page?.items ?? []).some((e) => about(e, record.id)),
        "GET /events?wait=10 by B returned without the transition",
      );
      t.expect(seconds < 8, "GET /events?wait=10 by B did not return soon after the event");
      const { end: latest } = await readFeed(t, "b", end);
      const quiet = performance.now();
      const idle = await t.call("b", {
        method: "GET",
        path: `/events?after=${encodeURIComponent(latest)}&wait=1`,
      });
      const empty = ((idle.body as { items?: unknown[] } | undefined)?.items ?? []).length === 0;
      t.expect(
        !empty || performance.now() - quiet >= 900,
        "GET /events?wait=1 with nothing new returned before waiting",
      );
    },
  },
  {
    id: "events.feed",
    title:
      "A and B get created, transitioned and consent events about what they see, with no value from the documents",
    async run(t) {
      const s = t.state;
      const record = needs(s.record, "referrals.create");
      const consent = needs(s.consent, "consents.create");
      const want: [Party, string, string][] = [
        ["a", "org.open-trm.referral.created", record.id],
        ["a", "org.open-trm.referral.transitioned", record.id],
        ["a", "org.open-trm.consent.event", consent.id],
      ];
      if (s.tokensGiven.b)
        want.push(
          ["b", "org.open-trm.referral.created", record.id],
          ["b", "org.open-trm.referral.transitioned", record.id],
        );
      const feeds = new Map<Party, CloudEvent[]>();
      for (const [party, type, id] of want) {
        if (!feeds.has(party)) feeds.set(party, (await readFeed(t, party, s.tails[party])).events);
        const events = feeds.get(party) ?? [];
        t.expect(
          events.some((e) => e.type === type && about(e, id)),
          `GET /events by ${party.toUpperCase()} lacks ${type}`,
        );
      }
      for (const [party, events] of feeds) {
        t.expect(
          new Set(events.map((e) => e.id)).size === events.length,
          `GET /events by ${party.toUpperCase()}: an event id repeats`,
        );
      }
    },
  },
  {
    id: "isolation.events",
    title: "C's feed has no event about A's referrals or consent",
    needs: ["c"],
    async run(t) {
      const s = t.state;
      const ids = [
        needs(s.record, "referrals.create").id,
        needs(s.second, "referrals.create").id,
        needs(s.consent, "consents.create").id,
      ];
      const { events } = await readFeed(t, "c", s.tails.c);
      t.expect(
        !events.some((e) => ids.some((id) => about(e, id))),
        "GET /events by C has an event about A's referral or consent",
      );
    },
  },
];
