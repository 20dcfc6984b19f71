import { AggregateCounter, aggregateToCsv } from "@open-trm/anonymise";
import { choice, parse, str } from "../args.js";
import { EXIT, type Io, UsageError } from "../io.js";
import { countFlag, notJson, pointerList, readDataset } from "./risk.js";

/** `trm stats <dataset> --by <pointer,...> [--threshold 11] [--format csv|json]`. */
export async function statsCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, {
    by: { type: "string" },
    threshold: { type: "string" },
    format: { type: "string" },
  });
  const [arg, ...extra] = parsed.positionals;
  if (arg === undefined || extra.length > 0)
    throw new UsageError("stats needs one dataset: a JSON array or NDJSON file, or - for standard input");
  const by = pointerList(parsed, "by", true);
  const threshold = countFlag(parsed, "threshold", 11);
  const format = choice("format", str(parsed, "format"), ["csv", "json"] as const, "csv");
  const counter = new AggregateCounter({ by, threshold });
  try {
    await readDataset(arg, io, (record) => counter.add(record));
  } catch (e) {
    const code = notJson(e, arg, io);
    if (code === undefined) throw e;
    return code;
  }
  const table = counter.table();
  io.stdout.write(format === "json" ? `${JSON.stringify(table, null, 2)}\n` : aggregateToCsv(table));
  return EXIT.ok;
}
