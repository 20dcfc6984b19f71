import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type DisclosureRecipient, disclose } from "@open-trm/anonymise";
import type { Consent, Purpose, VictimProfile } from "@open-trm/schema";
import { codelists, country } from "@open-trm/schema/data";
import { choice, parse, str } from "../args.js";
import { EXIT, InputError, type Io, UsageError } from "../io.js";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
// Text that is not JSON cannot be a document: read it as a value the disclosure filter refuses (exit 1).
const NOT_JSON = Symbol("not JSON");

function readDocument(path: string, io: Io): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, path), "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function recipientOf(to: string, category: string | undefined): DisclosureRecipient {
  const kind =
    category === undefined
      ? {}
      : { category: choice("recipient-category", category, codelists.recipientCategory.codes, "other") };
  if (UUID.test(to)) return { focalPoint: to, ...kind };
  if ((country.codes as readonly string[]).includes(to)) return { country: to, ...kind };
  throw new UsageError(
    "--to must be a focal point id (UUID) or an ISO 3166-1 alpha-2 country code in upper case",
  );
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`disclose needs --${flag}; run trm --help`);
  return value;
}

function list(title: string, pointers: readonly string[]): string {
  return `${title} (${pointers.length}):\n${pointers.map((p) => `  ${p}\n`).join("")}`;
}

/** `trm disclose`: prints the part of a victim profile that a consent allows to share; see `trm --help`. */
export async function discloseCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, {
    consent: { type: "string" },
    to: { type: "string" },
    purpose: { type: "string" },
    at: { type: "string" },
    "recipient-category": { type: "string" },
  });
  if (parsed.positionals.length !== 1) throw new UsageError("disclose needs exactly one victim profile file");
  const consentPath = required(str(parsed, "consent"), "consent");
  const recipient = recipientOf(required(str(parsed, "to"), "to"), str(parsed, "recipient-category"));
  const purpose: Purpose = choice(
    "purpose",
    required(str(parsed, "purpose"), "purpose"),
    codelists.purpose.codes,
    "research",
  );
  const atText = str(parsed, "at");
  if (atText !== undefined && (!DATE_TIME.test(atText) || Number.isNaN(Date.parse(atText))))
    throw new UsageError("--at must be an RFC 3339 date-time with an offset, e.g. 2026-05-05T11:00:00+02:00");
  const profile = readDocument(parsed.positionals[0] as string, io);
  const consent = readDocument(consentPath, io);
  const result = disclose(profile as VictimProfile, {
    consent: consent as Consent,
    recipient,
    purpose,
    at: atText ?? new Date(),
  });
  if (!result.ok) {
    io.stderr.write(`trm: disclosure refused: ${result.reason}: ${result.message}\n`);
    if (result.reason === "INVALID_INPUT")
      io.stderr.write("trm: run trm validate on the victim profile and the consent to see why\n");
    return EXIT.invalid;
  }
  io.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
  io.stderr.write(
    `trm: disclosed on the basis of ${result.basis}; categories: ${result.categories.join(", ") || "none"}\n` +
      list("disclosed fields", result.disclosedFields) +
      list("withheld fields", result.withheldFields) +
      list("replaced with neutral values", result.replacedFields),
  );
  return EXIT.ok;
}
