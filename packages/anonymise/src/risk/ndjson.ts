import { AnonymiseError } from "../errors.js";

/**
 * Where {@link ndjsonRecords} is: the 1-based number of the line it read last.
 * @example
 * const position: NdjsonPosition = { line: 0 };
 * for await (const doc of ndjsonRecords(lines, position)) console.log(position.line);
 */
export interface NdjsonPosition {
  line: number;
}

// Only JSON's own whitespace makes a line blank.
const BLANK = /^[ \t\r\n]*$/;

/**
 * Parses NDJSON lines (e.g. from `node:readline`) into records, skipping blank lines; a line that is not JSON
 * throws an `AnonymiseError` with code `NDJSON_INVALID` that names the line number, never its content.
 * @example
 * const lines = createInterface({ input: createReadStream("cases.ndjson"), crlfDelay: Infinity });
 * const report = await kAnonymity(ndjsonRecords(lines), { quasi: ["/person/sex"], k: 11 });
 */
export async function* ndjsonRecords(
  lines: AsyncIterable<string> | Iterable<string>,
  position: NdjsonPosition = { line: 0 },
): AsyncGenerator<unknown, void, undefined> {
  for await (const line of lines) {
    position.line++;
    if (BLANK.test(line)) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new AnonymiseError("NDJSON_INVALID", `line ${position.line} is not JSON`);
    }
    yield record;
  }
}
