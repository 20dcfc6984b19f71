import type { Reporter, ReporterOptions } from "./types.js";

// GitHub Actions workflow commands: data and properties are escaped as the runner expects.
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `::error file=...,line=...,title=...::message` per issue, and a notice with the summary. */
export function githubReporter({ write }: ReporterOptions): Reporter {
  return {
    document(r) {
      for (const i of r.issues) {
        const props = [
          `file=${prop(r.file)}`,
          ...(r.line === undefined ? [] : [`line=${r.line}`]),
          `title=${prop(`${i.code} ${i.path || "/"}`)}`,
        ];
        write(
          `::${i.severity === "error" ? "error" : "warning"} ${props.join(",")}::${data(`${i.path || "/"}: ${i.message}`)}\n`,
        );
      }
    },
    end(s) {
      write(
        `::notice title=trm validate::${data(`${s.documents} document(s): ${s.valid} valid, ${s.invalid} invalid; ${s.errors} error(s), ${s.warnings} warning(s)`)}\n`,
      );
    },
  };
}
