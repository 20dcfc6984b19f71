import type { Reporter, ReporterOptions } from "./types.js";

const where = (file: string, line?: number) => (line === undefined ? file : `${file}:${line}`);

/** Plain text for people: one line per document, one indented line per issue, a summary. */
export function humanReporter({ write, quiet }: ReporterOptions): Reporter {
  return {
    document(r) {
      if (r.valid && r.issues.length === 0) {
        if (!quiet)
          write(`ok      ${where(r.file, r.line)}${r.documentType ? ` (${r.documentType})` : ""}\n`);
        return;
      }
      write(
        `${r.valid ? "warning" : "invalid"} ${where(r.file, r.line)}${r.documentType ? ` (${r.documentType})` : ""}\n`,
      );
      for (const i of r.issues)
        write(`  ${i.severity.padEnd(7)} ${i.code}  ${i.path || "/"}  ${i.message}\n`);
      if (r.omitted > 0) write(`  ... ${r.omitted} more issue(s) not shown (--max-issues)\n`);
    },
    end(s, failed) {
      write(
        `\n${s.documents} document(s) in ${s.files} input(s): ${s.valid} valid, ${s.invalid} invalid; ${s.errors} error(s), ${s.warnings} warning(s)${failed ? "" : ""}\n`,
      );
    },
  };
}
