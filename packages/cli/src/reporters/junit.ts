import type { DocumentReport, Reporter, ReporterOptions } from "./types.js";

const xml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

/** JUnit XML: one testsuite per input, one testcase per document; failures carry the issues. Buffered. */
export function junitReporter({ write }: ReporterOptions): Reporter {
  const suites = new Map<string, DocumentReport[]>();
  return {
    document(r) {
      const list = suites.get(r.file) ?? [];
      list.push(r);
      suites.set(r.file, list);
    },
    end(s) {
      const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
      out.push(`<testsuites name="trm validate" tests="${s.documents}" failures="${s.invalid}" errors="0">`);
      for (const [file, docs] of suites) {
        const failures = docs.filter((d) => !d.valid).length;
        out.push(
          `  <testsuite name="${xml(file)}" tests="${docs.length}" failures="${failures}" errors="0" skipped="0">`,
        );
        for (const d of docs) {
          const name = d.line === undefined ? file : `${file}:${d.line}`;
          const attrs = `name="${xml(name)}" classname="${xml(d.documentType ?? "unknown")}"`;
          const errors = d.issues.filter((i) => i.severity === "error");
          if (d.valid) {
            const warnings = d.issues.map((i) => `${i.code} ${i.path || "/"} ${i.message}`).join("\n");
            out.push(
              warnings
                ? `    <testcase ${attrs}><system-out>${xml(warnings)}</system-out></testcase>`
                : `    <testcase ${attrs}/>`,
            );
            continue;
          }
          const body = d.issues
            .map((i) => `${i.severity} ${i.code} ${i.path || "/"} ${i.message}`)
            .join("\n");
          out.push(`    <testcase ${attrs}>`);
          out.push(
            `      <failure message="${xml(`${errors.length} error(s)`)}" type="${xml(errors[0]?.code ?? "invalid")}">${xml(body)}</failure>`,
          );
          out.push("    </testcase>");
        }
        out.push("  </testsuite>");
      }
      out.push("</testsuites>");
      write(`${out.join("\n")}\n`);
    },
  };
}
