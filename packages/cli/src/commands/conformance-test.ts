import {
  type ConformanceTokens,
  formatCheckLine,
  formatConformanceReport,
  formatReportSummary,
  runConformanceTest,
} from "@open-trm/client/conformance";
import { choice, parse, str } from "../args.js";
import { EXIT, type Io, UsageError } from "../io.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// RFC 6750 section 2.1 b64token, which covers the reference node's `trm_` tokens.
const TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

function token(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !TOKEN.test(value)) throw new UsageError(`--${flag} is not a bearer token`);
  return value;
}

function focalPoint(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !UUID.test(value))
    throw new UsageError(`--${flag} must be a focal point id (a UUID)`);
  return value;
}

function baseUrl(value: string | undefined): string {
  if (value === undefined) throw new UsageError("conformance-test needs --url <base URL>; run trm --help");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError("--url must be an absolute http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new UsageError("--url must be an http(s) URL");
  return value.replace(/\/+$/, "");
}

/**
 * `trm conformance-test --url <base> --token <A> --focal-point-b <id> [--token-b <B>] [--token-c <C>]
 * [--admin-token <t>] [--focal-point-a <id>] [--format human|json]`: runs the live conformance checks against an
 * implementation of the exchange API. Exit 0 when every check passes (skips allowed), 1 when one fails, 2 on usage.
 */
export async function conformanceTestCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, {
    url: { type: "string" },
    token: { type: "string" },
    "token-b": { type: "string" },
    "token-c": { type: "string" },
    "admin-token": { type: "string" },
    "focal-point-a": { type: "string" },
    "focal-point-b": { type: "string" },
    format: { type: "string" },
  });
  if (parsed.positionals.length > 0)
    throw new UsageError("conformance-test takes no arguments; run trm --help");
  const url = baseUrl(str(parsed, "url"));
  const a = token("token", str(parsed, "token"));
  if (a === undefined) throw new UsageError("conformance-test needs --token <token of focal point A>");
  const focalPointB = focalPoint("focal-point-b", str(parsed, "focal-point-b"));
  if (focalPointB === undefined) {
    throw new UsageError(
      "conformance-test needs --focal-point-b <id>: the focal point of --token-b, to send to",
    );
  }
  const focalPointA = focalPoint("focal-point-a", str(parsed, "focal-point-a"));
  const format = choice("format", str(parsed, "format"), ["human", "json"] as const, "human");
  const b = token("token-b", str(parsed, "token-b"));
  const c = token("token-c", str(parsed, "token-c"));
  const admin = token("admin-token", str(parsed, "admin-token"));
  const tokens: ConformanceTokens = {
    a,
    ...(b === undefined ? {} : { b }),
    ...(c === undefined ? {} : { c }),
    ...(admin === undefined ? {} : { admin }),
  };
  const given = [a, b, c, admin].filter((t) => t !== undefined);
  if (new Set(given).size !== given.length) throw new UsageError("each token must be a different token");
  const report = await runConformanceTest({
    baseUrl: url,
    tokens,
    focalPointB,
    ...(focalPointA === undefined ? {} : { focalPointA }),
    // People see each verdict as it comes; CI reading JSON gets one document at the end.
    ...(format === "human" ? { onCheck: (check) => io.stdout.write(formatCheckLine(check)) } : {}),
  });
  io.stdout.write(
    format === "human" ? `\n${formatReportSummary(report)}` : formatConformanceReport(report, format),
  );
  return report.ok ? EXIT.ok : EXIT.invalid;
}
