// Log lines: what happened to a request, never what it carried (no bodies, tokens, query strings or field values).

/**
 * One log line. `route` is the route pattern (`/referrals/:id`), never the URL that was requested.
 * @example
 * const line: LogEntry = { level: "info", msg: "request", method: "GET", route: "/referrals/:id", status: 200 };
 */
export interface LogEntry {
  readonly level: "info" | "warn" | "error";
  readonly msg: string;
  readonly reqId?: string;
  readonly method?: string;
  readonly route?: string;
  readonly status?: number;
  /** Time to respond, in milliseconds. */
  readonly ms?: number;
  /** The name and code of an internal error; its message is not logged, as it may quote input. */
  readonly error?: string;
}

/**
 * Receives log lines.
 * @example
 * const lines: LogEntry[] = [];
 * const logger: Logger = (entry) => lines.push(entry);
 */
export type Logger = (entry: LogEntry) => void;

/**
 * Writes each entry as one JSON line on standard error.
 * @example
 * createNode({ dbPath: "./trm.sqlite", logger: stderrLogger });
 */
export const stderrLogger: Logger = (entry) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};
