import { codelists, country, language } from "@open-trm/schema/data";
import { choice, parse, str } from "../args.js";
import { EXIT, type Io, UsageError } from "../io.js";
import { readPublished } from "./published.js";

const names = [...Object.keys(codelists), country.name, language.name].sort();

/** `trm codelist <name> [--format json|csv]`, or `--list` for every name. */
export async function codelistCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, { format: { type: "string" }, list: { type: "boolean" } });
  const { values, positionals } = parsed;
  if (values.list) {
    io.stdout.write(`${names.join("\n")}\n`);
    return EXIT.ok;
  }
  const format = choice("format", str(parsed, "format"), ["json", "csv"] as const, "json");
  const [name] = positionals;
  if (positionals.length !== 1 || name === undefined || !names.includes(name)) {
    throw new UsageError("codelist needs one codelist name; trm codelist --list prints them");
  }
  io.stdout.write(readPublished(`codelists/${name}.${format}`));
  return EXIT.ok;
}
