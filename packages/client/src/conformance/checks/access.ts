// Who sees what (API contract, visibility): B reads the referral A sent it; lists page by cursor and filter by
// role; C, a third focal point, gets 404 exactly like a missing id and never finds the referral in a list.
import { randomUUID } from "node:crypto";
import type { ReferralRecord } from "../../client/types.js";
import { canonicalJson } from "../../signing/canonical-json.js";
import { type CheckContext, needs } from "../context.js";
import type { Party, Reply } from "../transport.js";
import { type Check, readPages } from "./check.js";

type Summary = { readonly id: string; readonly [key: string]: unknown };

/** Every referral id a party lists with this query (created since the run's first referral). */
async function listed(
  t: CheckContext,
  party: Party,
  query: Record<string, string | undefined> = {},
): Promise<string[]> {
  const since = needs(t.state.record, "referrals.create").createdAt;
  const { items } = await readPages<Summary>(
    t,
    party,
    "/referrals",
    { updatedSince: since, limit: 200, ...query },
    { cursorParam: "cursor" },
  );
  return items.map((i) => i.id);
}

// The problem without `instance`, which differs per request by design.
const problemShape = (reply: Reply): string => {
  const { instance: _instance, ...rest } = (reply.body ?? {}) as Record<string, unknown>;
  return canonicalJson(rest);
};

/** The visibility checks. */
export const accessChecks: readonly Check[] = [
  {
    id: "referrals.receiver-read",
    title: "B reads the referral A sent it, and the consent that referral references",
    needs: ["b"],
    async run(t) {
      const s = t.state;
      const referral = needs(s.referral, "referrals.create");
      const record = t.ok<ReferralRecord>(
        await t.call("b", { method: "GET", path: `/referrals/${referral.id}` }),
        200,
        "GET /referrals/{id} by B",
      );
      t.expect(
        canonicalJson(record.document) === canonicalJson(referral),
        "GET /referrals/{id} by B: document differs from what A sent",
      );
      const consent = needs(s.consent, "consents.create");
      t.status(
        await t.call("b", { method: "GET", path: `/consents/${consent.id}` }),
        200,
        "GET /consents/{id} by B",
      );
    },
  },
  {
    id: "referrals.list",
    title:
      "lists hold summaries, filter by role and status, page by cursor (each id once), and refuse limit 201",
    async run(t) {
      const s = t.state;
      const first = needs(s.record, "referrals.create");
      const second = needs(s.second, "referrals.create");
      const sent = await listed(t, "a", { role: "sender" });
      t.expect(
        [first.id, second.id].every((id) => sent.filter((x) => x === id).length === 1),
        "GET /referrals?role=sender: A's referrals are not listed exactly once",
      );
      t.expect(new Set(sent).size === sent.length, "GET /referrals: an id appears on two pages");
      t.expect(
        (await listed(t, "a", { role: "sender", status: "sent" })).includes(first.id),
        "GET /referrals?status=sent lacks the sent referral",
      );
      t.expect(
        !(await listed(t, "a", { status: "completed" })).includes(first.id),
        "GET /referrals?status=completed lists a sent referral",
      );
      const page = await t.call("a", {
        method: "GET",
        path: `/referrals?role=sender&limit=1&updatedSince=${encodeURIComponent(first.createdAt)}`,
      });
      const body = page.body as { items?: Summary[]; nextCursor?: unknown } | undefined;
      t.expect(
        body?.items?.length === 1 && typeof body.nextCursor === "string",
        "GET /referrals?limit=1: not one item and a nextCursor",
      );
      t.expect(
        (body?.items ?? []).every((i) => !("document" in i)),
        "GET /referrals: a summary carries the document",
      );
      t.problem(
        await t.call("a", { method: "GET", path: "/referrals?limit=201" }),
        400,
        "bad-request",
        "GET /referrals?limit=201",
      );
      if (s.tokensGiven.b) {
        t.expect(
          (await listed(t, "b", { role: "receiver" })).includes(first.id),
          "GET /referrals?role=receiver by B lacks the referral",
        );
        t.expect(
          !(await listed(t, "b", { role: "sender" })).includes(first.id),
          "GET /referrals?role=sender by B lists A's referral",
        );
      }
    },
  },
  {
    id: "isolation.read",
    title:
      "C gets 404 for the referral, its consent and a transition of it, the same problem as for an unknown id",
    needs: ["c"],
    async run(t) {
      const s = t.state;
      const record = needs(s.record, "referrals.create");
      const hidden = await t.call("c", { method: "GET", path: `/referrals/${record.id}` });
      const absent = await t.call("c", { method: "GET", path: `/referrals/${randomUUID()}` });
      if (t.problem(hidden, 404, "not-found", "GET /referrals/{id} of A's referral by C")) {
        t.expect(
          problemShape(hidden) === problemShape(absent),
          "GET /referrals/{id} by C: the 404 differs from an unknown id's (an existence oracle)",
        );
      }
      const consent = needs(s.consent, "consents.create");
      t.problem(
        await t.call("c", { method: "GET", path: `/consents/${consent.id}` }),
        404,
        "not-found",
        "GET /consents/{id} of A's consent by C",
      );
      const transition = await t.call("c", {
        method: "POST",
        path: `/referrals/${record.id}/transitions`,
        body: { action: "acknowledge" },
        headers: { "if-match": record.etag },
      });
      t.problem(transition, 404, "not-found", "POST /referrals/{id}/transitions of A's referral by C");
    },
  },
  {
    id: "isolation.list",
    title: "C never finds A's referrals in its lists, whatever the role filter",
    needs: ["c"],
    async run(t) {
      const s = t.state;
      const ids = [needs(s.record, "referrals.create").id, needs(s.second, "referrals.create").id];
      for (const role of [undefined, "sender", "receiver"]) {
        const seen = await listed(t, "c", { role });
        t.expect(
          !seen.some((id) => ids.includes(id)),
          `GET /referrals${role ? `?role=${role}` : ""} by C lists A's referral`,
        );
      }
    },
  },
];
