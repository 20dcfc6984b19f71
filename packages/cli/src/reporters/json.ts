import type { Reporter, ReporterOptions } from "./types.js";

/**
 * One JSON object `{ valid, results, summary }`, streamed: results are written as they come, so memory stays
 * constant on large NDJSON input; `valid` and `summary` follow the results.
 */
export function jsonReporter({ write }: ReporterOptions): Reporter {
  let first = true;
  write('{"results":[');
  return {
    document(r) {
      const out = {
        file: r.file,
        ...(r.line === undefined ? {} : { line: r.line }),
        ...(r.documentType === undefined ? {} : { documentType: r.documentType }),
        valid: r.valid,
        issues: r.issues.map((i) => ({
          code: i.code,
          severity: i.severity,
          path: i.path,
          message: i.message,
          ...(i.ruleId ? { ruleId: i.ruleId } : {}),
        })),
        ...(r.omitted > 0 ? { omittedIssues: r.omitted } : {}),
      };
      write(`${first ? "" : ","}\n${JSON.stringify(out)}`);
      first = false;
    },
    end(summary, failed) {
      write(`\n],"summary":${JSON.stringify(summary)},"valid":${!failed}}\n`);
    },
  };
}
