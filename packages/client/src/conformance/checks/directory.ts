// The directory: any token reads it; the administrator writes it back unchanged, with If-Match (API contract:
// PUTs need If-Match, missing 428, stale 412). Nothing in the directory changes.
import { randomUUID } from "node:crypto";
import type { FocalPoint, FocalPointDirectory } from "../../client/types.js";
import { canonicalJson } from "../../signing/canonical-json.js";
import type { Check } from "./check.js";

const STALE = '"AAAAAAAAAAAAAAAAAAAAAA"';

/** The directory checks. */
export const directoryChecks: readonly Check[] = [
  {
    id: "directory.read",
    title:
      "GET /focal-points and /focal-points/{id} serve the directory with A and B in it; an unknown id is 404",
    async run(t) {
      const s = t.state;
      const directory = t.ok<FocalPointDirectory>(
        await t.call("a", { method: "GET", path: "/focal-points" }),
        200,
      );
      s.directory = directory;
      const find = (id: string | undefined) => directory.focalPoints?.find((f) => f.id === id?.toLowerCase());
      if (s.focalPointA === undefined) {
        t.fail("the focal point of token A is unknown: GET / names none; give it (--focal-point-a)");
        return;
      }
      const a = find(s.focalPointA);
      const b = find(s.focalPointB);
      t.expect(a !== undefined, "focal point A is not in the directory");
      t.expect(b !== undefined, "focal point B is not in the directory");
      t.expect(
        s.focalPointA.toLowerCase() !== s.focalPointB.toLowerCase(),
        "focal points A and B are the same",
      );
      if (a === undefined || b === undefined) return;
      const one = t.ok<FocalPoint>(await t.call("a", { method: "GET", path: `/focal-points/${a.id}` }), 200);
      t.expect(
        canonicalJson(one) === canonicalJson(a),
        "GET /focal-points/{id} differs from the directory entry",
      );
      const absent = await t.call("a", { method: "GET", path: `/focal-points/${randomUUID()}` });
      t.problem(absent, 404, "not-found", "GET /focal-points/{id} of an unknown id");
      s.parties = { a, b };
      t.note = `${directory.focalPoints.length} focal points`;
    },
  },
  {
    id: "directory.admin-write",
    title:
      "the administrator PUTs the directory and a focal point back unchanged; If-Match missing 428, stale 412",
    needs: ["admin"],
    async run(t) {
      const got = await t.call("admin", { method: "GET", path: "/focal-points" });
      const directory = t.ok<FocalPointDirectory>(got, 200);
      const put = await t.call("admin", {
        method: "PUT",
        path: "/focal-points",
        body: directory,
        headers: { "if-match": got.headers.get("etag") ?? "" },
      });
      const written = t.ok<FocalPointDirectory>(put, 200, "PUT /focal-points with the current ETag");
      t.expect(
        canonicalJson(written) === canonicalJson(directory),
        "PUT /focal-points answered another directory",
      );
      const first = directory.focalPoints[0];
      if (first === undefined) return;
      const path = `/focal-points/${first.id}`;
      const missing = await t.call("admin", { method: "PUT", path, body: first });
      t.problem(missing, 428, "precondition-required", "PUT /focal-points/{id} without If-Match");
      const stale = await t.call("admin", {
        method: "PUT",
        path,
        body: first,
        headers: { "if-match": STALE },
      });
      t.problem(stale, 412, "precondition-failed", "PUT /focal-points/{id} with a stale If-Match");
      const current = await t.call("admin", { method: "GET", path });
      const etag = current.headers.get("etag") ?? "";
      const again = await t.call("admin", {
        method: "PUT",
        path,
        body: first,
        headers: { "if-match": etag },
      });
      const stored = t.ok<FocalPoint>(again, 200, "PUT /focal-points/{id} with the current ETag");
      t.expect(
        canonicalJson(stored) === canonicalJson(first),
        "PUT /focal-points/{id} answered another focal point",
      );
    },
  },
];
