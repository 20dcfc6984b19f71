import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { AdapterIssue, AdapterResult, Loss } from "@open-trm/adapters";
import { choice, parse, str } from "../args.js";
import { EXIT, InputError, type Io, readTextInput, UsageError } from "../io.js";

const TO = ["fhir", "htcds", "ctdc", "csv", "jcard", "vcard", "trm"] as const;
const FROM = ["fhir", "htcds", "csv", "jcard", "vcard"] as const;
type To = (typeof TO)[number];
type From = (typeof FROM)[number];
const errno = (e: unknown) => (e as NodeJS.ErrnoException).code ?? "unreadable";

/** What a conversion produced: the text to print, or issues; losses either way go to stderr. */
interface Converted {
  readonly text: string;
  readonly losses: readonly Loss[];
  readonly notes?: readonly string[];
}

/** JSON text, a JSON array, or NDJSON (one value per non-blank line). */
function parseJsonInput(text: string, ndjson: boolean): AdapterResult<unknown> {
  if (!ndjson) {
    try {
      return { ok: true, value: JSON.parse(text) as unknown, losses: [] };
    } catch {
      return fail("ADAPTER_SYNTAX", "", "the input is not JSON (use --ndjson for one document per line)");
    }
  }
  const values: unknown[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^[ \t\r]*$/.test(line)) continue;
    try {
      values.push(JSON.parse(line));
    } catch {
      return fail("ADAPTER_SYNTAX", `/lines/${i + 1}`, "the line is not JSON");
    }
  }
  return { ok: true, value: values, losses: [] };
}

function fail<T>(code: AdapterIssue["code"], path: string, message: string): AdapterResult<T> {
  return { ok: false, issues: [{ code, severity: "error", path, message }] };
}

function readJsonFile(flag: string, name: string, io: Io): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, name), "utf8");
  } catch (e) {
    throw new InputError(`cannot read --${flag} ${name}: ${errno(e)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`--${flag} ${name} is not JSON`);
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const ok = (text: string, losses: readonly Loss[], notes?: readonly string[]): AdapterResult<Converted> => ({
  ok: true,
  value: notes ? { text, losses, notes } : { text, losses },
  losses,
});
function then<A>(r: AdapterResult<A>, f: (a: A, losses: readonly Loss[]) => AdapterResult<Converted>) {
  return r.ok ? f(r.value, r.losses) : r;
}

interface Flags {
  readonly format: "json" | "csv";
  readonly layout: "2021" | "2024";
  readonly k: number;
  readonly referral?: unknown;
  readonly consent?: unknown;
  readonly options?: unknown;
}

async function toFormat(
  to: Exclude<To, "trm">,
  input: unknown,
  flags: Flags,
): Promise<AdapterResult<Converted>> {
  switch (to) {
    case "csv": {
      const { toCsv } = await import("@open-trm/adapters/csv");
      return then(toCsv(input), (text, losses) => ok(text, losses));
    }
    case "htcds": {
      const { toHtcds, toHtcdsCsv } = await import("@open-trm/adapters/htcds");
      const profiles = Array.isArray(input) ? input : [input];
      if (profiles.length !== 1 && (flags.referral !== undefined || flags.consent !== undefined))
        return fail("ADAPTER_UNSUPPORTED", "", "--referral and --consent go with a single victim profile");
      const records = [];
      const losses: Loss[] = [];
      for (let i = 0; i < profiles.length; i++) {
        const r = toHtcds({
          victimProfile: profiles[i],
          ...(flags.referral === undefined ? {} : { referral: flags.referral }),
          ...(flags.consent === undefined ? {} : { consent: flags.consent }),
        } as never);
        const prefix = Array.isArray(input) ? `/${i}` : "";
        if (!r.ok) return { ok: false, issues: r.issues.map((x) => ({ ...x, path: `${prefix}${x.path}` })) };
        records.push(r.value);
        losses.push(...r.losses.map((l) => ({ ...l, pointer: `${prefix}${l.pointer}` })));
      }
      if (flags.format === "json") return ok(json(records), losses);
      return then(toHtcdsCsv(records), (text) => ok(text, losses));
    }
    case "ctdc": {
      const { toCtdcCsv } = await import("@open-trm/adapters/ctdc");
      const dataset = Array.isArray(input) ? input : [input];
      return then(toCtdcCsv(dataset, { layout: flags.layout, k: flags.k }), (v, losses) => {
        const a = v.report.after;
        const note =
          `CTDC ${v.report.layout} layout, k = ${v.report.k}: ${a.rowCount} rows published in ${a.classCount} ` +
          `classes (smallest ${a.smallestClassSize}); ${v.report.suppressedRows} rows suppressed`;
        return ok(v.text, losses, [note]);
      });
    }
    case "fhir": {
      const { toFhir } = await import("@open-trm/adapters/fhir");
      return then(toFhir(input as never), (bundle, losses) => ok(json(bundle), losses));
    }
    case "jcard": {
      const { toJcard } = await import("@open-trm/adapters/jcard");
      return then(toJcard(input as never), (card, losses) => ok(json(card), losses));
    }
    case "vcard": {
      const { toVcard } = await import("@open-trm/adapters/jcard");
      return then(toVcard(input as never), (text, losses) => ok(text, losses));
    }
  }
}

async function fromFormat(from: From, text: string, flags: Flags): Promise<AdapterResult<Converted>> {
  const docs = (value: unknown, losses: readonly Loss[]) => ok(json(value), losses);
  switch (from) {
    case "csv": {
      const { fromCsv } = await import("@open-trm/adapters/csv");
      return then(fromCsv(text, { many: true }), (v, losses) => docs(v.length === 1 ? v[0] : v, losses));
    }
    case "htcds": {
      const { fromHtcds, fromHtcdsCsv } = await import("@open-trm/adapters/htcds");
      if (flags.options === undefined)
        throw new UsageError(
          "--from htcds needs --options <file>: a JSON object with id, createdAt, focalPoint, trmStage, " +
            "cooperationWithAuthorities and legalBases (HTCDS has no fields for them); see docs/mappings/htcds.md",
        );
      const records = flags.format === "csv" ? fromHtcdsCsv(text) : parseJsonInput(text, false);
      if (!records.ok) return records;
      const list = Array.isArray(records.value) ? records.value : [records.value];
      if (list.length !== 1)
        return fail(
          "ADAPTER_UNSUPPORTED",
          "",
          "--from htcds reads one record per run (each needs its own id)",
        );
      // One document alone, or the profile with the referral and consent that the options let it update.
      return then(fromHtcds(list[0] as never, flags.options as never), (v, losses) => {
        const all = [v.victimProfile, v.referral, v.consent].filter((d) => d !== undefined);
        return docs(all.length === 1 ? all[0] : all, losses);
      });
    }
    case "fhir": {
      const { fromFhir } = await import("@open-trm/adapters/fhir");
      return then(parseJsonInput(text, false), (value) => then(fromFhir(value as never), docs));
    }
    case "jcard": {
      const { fromJcard } = await import("@open-trm/adapters/jcard");
      return then(parseJsonInput(text, false), (value) => then(fromJcard(value as never), docs));
    }
    case "vcard": {
      const { fromVcard } = await import("@open-trm/adapters/jcard");
      return then(fromVcard(text), docs);
    }
  }
}

/** `trm convert`: converts Open TRM documents to and from FHIR, HTCDS, CTDC, CSV and jCard/vCard; see `trm --help`. */
export async function convertCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, {
    to: { type: "string" },
    from: { type: "string" },
    format: { type: "string" },
    layout: { type: "string" },
    k: { type: "string" },
    ndjson: { type: "boolean" },
    referral: { type: "string" },
    consent: { type: "string" },
    options: { type: "string" },
  });
  if (parsed.positionals.length !== 1)
    throw new UsageError("convert needs exactly one input file (or - for stdin)");
  const to = choice("to", str(parsed, "to"), TO, "trm");
  if (str(parsed, "to") === undefined) throw new UsageError("convert needs --to; run trm --help");
  const fromText = str(parsed, "from");
  const from = fromText === undefined ? undefined : choice("from", fromText, FROM, "csv");
  if (from !== undefined && to !== "trm") throw new UsageError("with --from, --to must be trm");
  if (from === undefined && to === "trm") throw new UsageError("--to trm needs --from <format>");
  const kText = str(parsed, "k") ?? "11";
  if (!/^[1-9]\d{0,6}$/.test(kText)) throw new UsageError("--k must be a whole number from 1");
  const referral = str(parsed, "referral");
  const consent = str(parsed, "consent");
  const options = str(parsed, "options");
  const flags: Flags = {
    format: choice("format", str(parsed, "format"), ["json", "csv"] as const, "json"),
    layout: choice("layout", str(parsed, "layout"), ["2021", "2024"] as const, "2021"),
    k: Number(kText),
    ...(referral === undefined ? {} : { referral: readJsonFile("referral", referral, io) }),
    ...(consent === undefined ? {} : { consent: readJsonFile("consent", consent, io) }),
    ...(options === undefined ? {} : { options: readJsonFile("options", options, io) }),
  };
  const name = parsed.positionals[0] as string;
  const text = await readTextInput(name, io);
  const ndjson = parsed.values.ndjson === true || /\.(ndjson|jsonl)$/i.test(name);
  let result: AdapterResult<Converted>;
  if (from !== undefined) result = await fromFormat(from, text, flags);
  else {
    const input = parseJsonInput(text, ndjson);
    result = input.ok ? await toFormat(to as Exclude<To, "trm">, input.value, flags) : input;
  }
  if (!result.ok) {
    for (const i of result.issues) io.stderr.write(`${name}: ${i.code} at ${i.path || "/"}: ${i.message}\n`);
    io.stderr.write(
      `trm: nothing converted (${result.issues.length} issue${result.issues.length === 1 ? "" : "s"})\n`,
    );
    return EXIT.invalid;
  }
  io.stdout.write(result.value.text);
  for (const l of result.value.losses)
    io.stderr.write(`${name}: not carried: ${l.pointer || "/"}: ${l.reason}\n`);
  for (const n of result.value.notes ?? []) io.stderr.write(`trm: ${n}\n`);
  const count = result.value.losses.length;
  io.stderr.write(
    `trm: converted; ${count === 0 ? "nothing lost" : `${count} value${count === 1 ? "" : "s"} not carried`}\n`,
  );
  return EXIT.ok;
}
