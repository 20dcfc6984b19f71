// The public endpoints: node metadata, the OpenAPI document and the JWKS, none of which needs a token.
import type { Jwks } from "../../signing/keys.js";
import type { Check } from "./check.js";

interface NodeInfoBody {
  readonly standardVersion?: unknown;
  readonly focalPoint?: unknown;
  readonly openapi?: unknown;
  readonly jwks?: { readonly keys?: readonly { kid?: unknown; kty?: unknown; crv?: unknown; d?: unknown }[] };
}

const kidsOf = (jwks: { keys?: readonly { kid?: unknown }[] } | undefined): string[] =>
  (jwks?.keys ?? []).map((k) => String(k.kid)).sort();

/** `GET /`, `GET /openapi.json` and `GET /.well-known/jwks.json`. */
export const publicChecks: readonly Check[] = [
  {
    id: "public.node-info",
    title: "GET / without a token describes the node: standard 1.0, the OpenAPI URL and Ed25519 public keys",
    async run(t) {
      const info = t.ok<NodeInfoBody>(await t.call("none", { method: "GET", path: "/" }), 200);
      t.expect(info.standardVersion === "1.0", "GET / standardVersion is not 1.0");
      t.expect(info.openapi === "/openapi.json", "GET / openapi is not /openapi.json");
      const keys = info.jwks?.keys ?? [];
      t.expect(keys.length > 0, "GET / jwks has no key");
      t.expect(
        keys.every((k) => k.kty === "OKP" && k.crv === "Ed25519"),
        "GET / jwks has a key that is not Ed25519 (RFC 8037)",
      );
      t.expect(
        keys.every((k) => k.d === undefined),
        "GET / jwks publishes a private key member d",
      );
      if (t.state.focalPointA === undefined && typeof info.focalPoint === "string") {
        t.state.focalPointA = info.focalPoint;
      }
      t.note = `${keys.length} signing key(s)`;
    },
  },
  {
    id: "public.openapi",
    title: "GET /openapi.json serves an OpenAPI 3.1 document with every operation of the published one",
    async run(t) {
      const served = t.ok<{
        openapi?: unknown;
        paths?: Record<string, Record<string, { operationId?: unknown }>>;
      }>(await t.call("none", { method: "GET", path: "/openapi.json" }), 200);
      t.expect(
        typeof served.openapi === "string" && served.openapi.startsWith("3.1."),
        "openapi is not 3.1.x",
      );
      const servedIds = new Set(
        Object.values(served.paths ?? {}).flatMap((item) => Object.values(item).map((op) => op?.operationId)),
      );
      const missing = t.checker.operations
        .filter((o) => !servedIds.has(o.operationId))
        .map((o) => o.operationId);
      t.expect(missing.length === 0, `the served document lacks ${missing.join(", ")}`);
    },
  },
  {
    id: "public.jwks",
    title: "GET /.well-known/jwks.json lists the same keys as GET /",
    async run(t) {
      const jwks = t.ok<Jwks>(await t.call("none", { method: "GET", path: "/.well-known/jwks.json" }), 200);
      const info = (await t.call("none", { method: "GET", path: "/" })).body as NodeInfoBody | undefined;
      t.expect(
        JSON.stringify(kidsOf(jwks)) === JSON.stringify(kidsOf(info?.jwks)),
        "the key ids of /.well-known/jwks.json and GET / differ",
      );
      t.state.jwks = jwks;
    },
  },
];
