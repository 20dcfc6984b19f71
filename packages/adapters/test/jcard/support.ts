// Shared test data: the synthetic examples, a focal point with every optional field, and comparison helpers.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FocalPoint, FocalPointDirectory } from "@open-trm/schema";
import { validate } from "@open-trm/validator";
import type { Loss } from "../../src/result.js";

const EXAMPLES = join(import.meta.dirname, "../../../../examples");

function load<T>(dir: string): { name: string; doc: T }[] {
  return readdirSync(join(EXAMPLES, dir))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: f, doc: JSON.parse(readFileSync(join(EXAMPLES, dir, f), "utf8")) as T }));
}

/** The focal point examples. */
export const focalPointExamples = load<FocalPoint>("focal-point");
/** The directory examples. */
export const directoryExamples = load<FocalPointDirectory>("focal-point-directory");
/** Both. */
export const allExamples: { name: string; doc: FocalPoint | FocalPointDirectory }[] = [
  ...focalPointExamples,
  ...directoryExamples,
];

const base = focalPointExamples.find((e) => e.name.startsWith("si-"))?.doc as FocalPoint;

/** A focal point with every optional field set, including the edge forms (fractions, empty lists). */
export const fullFocalPoint: FocalPoint = {
  ...base,
  createdAt: "2025-05-05T09:00:00.250+02:00",
  updatedAt: "2026-07-15T14:30:00Z",
  extensions: { "org.example.ngo": { beds: 4, note: "a; b, c\\d\nline", nested: { ok: true } } },
  subdivision: "SI-061",
  institution: {
    name: "Example; Institution, with \\ specials",
    type: "ngo",
    website: "https://example.org/si/a;b,c",
    identifier: { scheme: "XI-EXAMPLE", value: "EX-0001" },
  },
  mandate: { trmStages: [], targetGroups: "both", exploitationForms: [], services: ["shelter"] },
  contactPerson: { name: "Ana Example-Tester", title: "Head of assistance" },
  phones: [
    { number: "+38610000002", type: "voice", languages: [] },
    { number: "+38640000002", type: "textphone", languages: ["sl"] },
    { number: "+38640000003", type: "fax" },
  ],
  secureChannels: [],
  availability: {
    is24x7: false,
    hours: [
      { days: ["mo", "tu", "we", "th", "fr"], opens: "08:00", closes: "16:00" },
      { days: ["sa"], opens: "09:00", closes: "12:00" },
    ],
    timeZone: "Europe/Ljubljana",
    outOfHours: "Call the national hotline.\nAfter 22:00, the police; ask for the duty officer, please.",
  },
  status: "superseded",
  supersededBy: "00000000-0000-4000-8000-000000005301",
};

if (!validate(fullFocalPoint).ok) throw new Error("the full focal point fixture must be valid");

const LOST = "<lost>";

/** Sets a pointer's value (when its parent exists) to a marker, so documents compare equal apart from losses. */
function mark(doc: unknown, pointer: string): void {
  const tokens = pointer
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = tokens.pop();
  let node = doc as Record<string, unknown> | undefined;
  for (const t of tokens) node = node?.[t] as Record<string, unknown> | undefined;
  if (node && last !== undefined && typeof node === "object") node[last] = LOST;
}

/** Both documents with every lost pointer replaced by one marker. */
export function exceptLosses<T>(a: T, b: unknown, losses: readonly Loss[]): [unknown, unknown] {
  const x = structuredClone(a) as unknown;
  const y = structuredClone(b);
  for (const l of losses) {
    mark(x, l.pointer);
    mark(y, l.pointer);
  }
  return [x, y];
}

/** The UTF-8 length of a string in octets. */
export const octets = (s: string) => Buffer.byteLength(s, "utf8");

/** The RFC 6350 rules for vCard text that the adapter's output must follow; each fault is named. */
export function vcardTextFaults(text: string): string[] {
  const faults: string[] = [];
  if (!text.endsWith("\r\n")) faults.push("the text must end with CRLF");
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) faults.push("every line break must be CRLF (RFC 6350 section 3.2)");
  const lines = text.split("\r\n").slice(0, -1);
  let open = false;
  lines.forEach((line, i) => {
    if (octets(line) > 75) faults.push(`line ${i + 1} is longer than 75 octets (RFC 6350 section 3.2)`);
    if (line === "BEGIN:VCARD") {
      if (open) faults.push(`line ${i + 1}: BEGIN inside a card`);
      open = true;
      if (lines[i + 1] !== "VERSION:4.0") faults.push(`line ${i + 2}: VERSION:4.0 must follow BEGIN:VCARD`);
    } else if (line === "END:VCARD") {
      if (!open) faults.push(`line ${i + 1}: END without BEGIN`);
      open = false;
    } else if (!open) faults.push(`line ${i + 1}: outside a card`);
  });
  if (open) faults.push("the last card is not closed");
  const unfolded = text.replace(/\r\n /g, "");
  const cards = unfolded.split("BEGIN:VCARD\r\n").slice(1);
  cards.forEach((card, i) => {
    if (!/^FN[;:]/m.test(card)) faults.push(`card ${i + 1} has no FN (RFC 6350 section 6.2.1)`);
  });
  return faults;
}
