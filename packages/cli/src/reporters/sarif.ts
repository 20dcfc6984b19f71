import { catalogue } from "@open-trm/validator";
import { VERSION } from "../help.js";
import type { Reporter, ReporterOptions } from "./types.js";

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: "error" | "warning";
  message: { text: string };
  locations: unknown[];
}

// SARIF locations are URI references: percent-encode each path segment (spaces, %, #, ?, <, ", non-ASCII),
// keeping the `#/<index>` that names an item of a JSON array file as a fragment.
function toUri(file: string): string {
  const item = /#\/\d+$/.exec(file);
  const path = item ? file.slice(0, item.index) : file;
  return path.split("/").map(encodeURIComponent).join("/") + (item ? item[0] : "");
}

/** SARIF 2.1.0: one run, the rule catalogue as the tool's rules, one result per issue. Buffered. */
export function sarifReporter({ write }: ReporterOptions): Reporter {
  const index = new Map(catalogue.map((c, i) => [c.id, i]));
  const results: SarifResult[] = [];
  const artifacts: string[] = [];
  return {
    document(r) {
      if (!artifacts.includes(r.file)) artifacts.push(r.file);
      for (const i of r.issues) {
        const physical = {
          artifactLocation: { uri: toUri(r.file), index: artifacts.indexOf(r.file) },
          ...(r.line === undefined ? {} : { region: { startLine: r.line } }),
        };
        results.push({
          ruleId: i.code,
          ruleIndex: index.get(i.code) ?? 0,
          level: i.severity,
          message: { text: `${i.path || "/"}: ${i.message}` },
          locations: [
            {
              physicalLocation: physical,
              logicalLocations: [{ fullyQualifiedName: i.path || "/", kind: "element" }],
            },
          ],
        });
      }
    },
    end() {
      const log = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
          {
            tool: {
              driver: {
                name: "trm",
                version: VERSION,
                informationUri: "https://open-trm.org/",
                rules: catalogue.map((c) => ({
                  id: c.id,
                  shortDescription: { text: c.message },
                  help: { text: c.guidance },
                  defaultConfiguration: { level: c.severity },
                  properties: { layer: c.layer },
                })),
              },
            },
            artifacts: artifacts.map((file) => ({ location: { uri: toUri(file) } })),
            results,
          },
        ],
      };
      write(`${JSON.stringify(log, null, 2)}\n`);
    },
  };
}
