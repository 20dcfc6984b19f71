import { catalogue } from "@open-trm/validator";
import { choice, parse, str } from "../args.js";
import { EXIT, type Io } from "../io.js";

/** `trm rules [--format json|markdown]`: prints the rule catalogue. */
export async function rulesCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, { format: { type: "string" } });
  const format = choice("format", str(parsed, "format"), ["json", "markdown"] as const, "markdown");
  if (format === "json") {
    io.stdout.write(`${JSON.stringify({ standardVersion: "1.0", rules: catalogue }, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = catalogue.map((c) => `| ${c.id} | ${c.severity} | ${c.message.replace(/\|/g, "\\|")} |`);
  io.stdout.write(`| code | severity | rule |\n|---|---|---|\n${rows.join("\n")}\n`);
  return EXIT.ok;
}
