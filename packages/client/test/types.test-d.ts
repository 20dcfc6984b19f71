import type * as Zod from "@open-trm/schema/api";
import { describe, expectTypeOf, test } from "vitest";
import type * as Client from "../src/index.js";
import type { ApiResult, NodeInfo, ReferralRecord, TrmClient } from "../src/index.js";

describe("the generated types match the Zod source of the API bodies", () => {
  test("bodies", () => {
    expectTypeOf<Client.TransitionRequest>().toEqualTypeOf<Zod.TransitionRequest>();
    expectTypeOf<Client.Problem>().toEqualTypeOf<Zod.Problem>();
    expectTypeOf<Client.AuditPage>().toEqualTypeOf<Zod.AuditPage>();
    expectTypeOf<Client.NodeInfo>().toEqualTypeOf<Zod.NodeInfo>();
    expectTypeOf<Client.EventPage>().toEqualTypeOf<Zod.EventPage>();
    expectTypeOf<Client.ReferralPage>().toEqualTypeOf<Zod.ReferralPage>();
    expectTypeOf<Client.ConsentEventRequest>().toEqualTypeOf<Zod.ConsentEventRequest>();
  });

  test("records, documents included", () => {
    expectTypeOf<Client.ReferralRecord>().toEqualTypeOf<Zod.ReferralRecord>();
    expectTypeOf<Client.ConsentRecord>().toEqualTypeOf<Zod.ConsentRecord>();
  });
});

describe("calls are typed", () => {
  test("results and transition options", () => {
    expectTypeOf<TrmClient["getNode"]>().returns.resolves.toEqualTypeOf<ApiResult<NodeInfo>>();
    const client = {} as TrmClient;
    // @ts-expect-error a rejection needs a reason
    void client.transition("id", "reject", { ifMatch: "e" });
    // @ts-expect-error only a rejection takes a reason
    void client.transition("id", "accept", { ifMatch: "e", reason: "noCapacity" });
    // @ts-expect-error every transition needs If-Match
    void client.transition("id", "accept", {});
    // @ts-expect-error sending needs an Idempotency-Key
    void client.sendReferral({} as never, {});
    expectTypeOf(
      client.transition("id", "reject", { ifMatch: "e", reason: "noCapacity" }),
    ).resolves.toEqualTypeOf<ApiResult<ReferralRecord>>();
  });
});
