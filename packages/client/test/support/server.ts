import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** A canned response: status, headers and a body (serialised as JSON unless it is a string). */
export interface Canned {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** One request the server received. */
export interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A tiny HTTP server on 127.0.0.1 that records requests and answers with whatever `reply` returns. */
export interface CannedServer {
  readonly url: string;
  readonly requests: Recorded[];
  /** Sets the answer to the following requests; `hold` keeps requests open until they are aborted. */
  reply(canned: Canned | "hold"): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<CannedServer> {
  const requests: Recorded[] = [];
  let next: Canned | "hold" = { status: 500 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      if (next === "hold") return;
      const { status, headers = {}, body } = next;
      const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
      const type = status >= 400 ? "application/problem+json" : "application/json";
      res.writeHead(status, { "Content-Type": type, ...headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply(canned) {
      next = canned;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
