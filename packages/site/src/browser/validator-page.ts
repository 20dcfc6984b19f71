// The validator page in the browser: the same precompiled validators as the CLI, run locally. Results are
// written with textContent only, and show codes, paths and messages, which never carry document values.
import { catalogue, createValidator, type ParseResult, type ValidationResult } from "@open-trm/validator";

interface Source {
  readonly name: string;
  readonly text: string;
  readonly ndjson: boolean;
}

interface Unit {
  readonly label: string;
  readonly result: ValidationResult;
}

const MAX_ROWS = 2000;
const CHUNK = 250;
const validator = createValidator();
const guidance = new Map(catalogue.map((e) => [e.id, e.guidance]));
const root = document.documentElement.dataset.root ?? "";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>("document-input");
const fileInput = $<HTMLInputElement>("file-input");
const bundleBox = $<HTMLInputElement>("bundle");
const button = $<HTMLButtonElement>("validate-button");
const result = $<HTMLElement>("result");
const verdict = $<HTMLElement>("verdict");
const truncated = $<HTMLElement>("truncated");
const table = $<HTMLTableElement>("issues");
const dropZone = $<HTMLElement>("drop-zone");

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const mode = () => document.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? "auto";

function looksLikeNdjson(text: string): boolean {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return lines.length > 1 && lines.every((l) => l.startsWith("{") && l.endsWith("}"));
}

function isNdjson(text: string, name?: string): boolean {
  if (name && /\.(ndjson|jsonl)$/i.test(name)) return true;
  if (name && /\.json$/i.test(name)) return false;
  const m = mode();
  return m === "ndjson" || (m === "auto" && looksLikeNdjson(text));
}

async function check(sources: readonly Source[], bundle: boolean): Promise<Unit[]> {
  const parsed: { label: string; parse: ParseResult }[] = [];
  for (const source of sources) {
    if (!source.ndjson) {
      parsed.push({ label: source.name, parse: validator.parseJson(source.text) });
      continue;
    }
    const lines = source.text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] ?? "").replace(/\r$/, "");
      if (line.trim() === "") continue;
      parsed.push({ label: `${source.name} line ${i + 1}`, parse: validator.parseJson(line) });
      if (parsed.length % CHUNK === 0) await pause();
    }
  }
  const units: Unit[] = [];
  if (bundle) {
    const docs = parsed.flatMap((p) => (p.parse.ok ? [p.parse.value] : []));
    const results = validator.validateBundle(docs).results;
    let next = 0;
    for (const p of parsed) {
      const r = p.parse.ok ? results[next++] : p.parse;
      if (r) units.push({ label: p.label, result: r });
    }
    return units;
  }
  for (const p of parsed) {
    units.push({ label: p.label, result: p.parse.ok ? validator.validate(p.parse.value) : p.parse });
    if (units.length % CHUNK === 0) await pause();
  }
  return units;
}

function cell(row: HTMLTableRowElement, label: string, content: string | Node): void {
  const td = row.insertCell();
  td.dataset.label = label;
  if (typeof content === "string") td.textContent = content;
  else td.append(content);
}

/** Catalogue guidance with its `code` spans as elements; built from text nodes, never parsed as HTML. */
function withCode(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  text.split("`").forEach((part, i) => {
    if (i % 2 === 0) out.append(part);
    else {
      const code = document.createElement("code");
      code.textContent = part;
      out.append(code);
    }
  });
  return out;
}

function show(units: readonly Unit[]): void {
  const body = table.tBodies[0] as HTMLTableSectionElement;
  body.replaceChildren();
  let errors = 0;
  let warnings = 0;
  let rows = 0;
  for (const unit of units) {
    const type = unit.result.documentType ? ` (${unit.result.documentType})` : "";
    for (const issue of unit.result.issues) {
      if (issue.severity === "error") errors++;
      else warnings++;
      if (rows++ >= MAX_ROWS) continue;
      const row = body.insertRow();
      row.className = `issue-${issue.severity}`;
      cell(row, "Document", `${unit.label}${type}`);
      cell(row, "Severity", issue.severity);
      const link = document.createElement("a");
      link.href = `${root}rules.html#${encodeURIComponent(issue.code)}`;
      link.textContent = issue.code;
      cell(row, "Code", link);
      const path = document.createElement("code");
      path.textContent = issue.path === "" ? "(whole document)" : issue.path;
      cell(row, "Path", path);
      cell(row, "Message", issue.message);
      cell(row, "Guidance", withCode(guidance.get(issue.code) ?? ""));
    }
  }
  const invalid = units.filter((u) => !u.result.ok).length;
  const docs = `${units.length} document${units.length === 1 ? "" : "s"}`;
  const warn = warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : "";
  if (units.length === 0) {
    verdict.dataset.state = "empty";
    verdict.textContent = "Nothing to validate: paste a document or choose a file.";
  } else if (invalid === 0) {
    verdict.dataset.state = "valid";
    verdict.textContent = `✓ Valid: ${docs}, no errors${warn}.`;
  } else {
    verdict.dataset.state = "invalid";
    verdict.textContent = `✗ Invalid: ${invalid} of ${docs} with errors (${errors} error${errors === 1 ? "" : "s"}${warn}).`;
  }
  truncated.hidden = rows <= MAX_ROWS;
  truncated.textContent = `Showing the first ${MAX_ROWS} of ${rows} issues.`;
  table.hidden = rows === 0;
  result.hidden = false;
  result.scrollIntoView({ block: "start" });
}

async function run(sources: readonly Source[]): Promise<void> {
  button.disabled = true;
  result.setAttribute("aria-busy", "true");
  verdict.dataset.state = "busy";
  verdict.textContent = "Validating…";
  result.hidden = false;
  await pause();
  try {
    show(await check(sources, bundleBox.checked));
  } finally {
    button.disabled = false;
    result.removeAttribute("aria-busy");
  }
}

function validateText(): Promise<void> {
  const text = input.value;
  if (text.trim() === "") return run([]);
  return run([{ name: "pasted text", text, ndjson: isNdjson(text) }]);
}

async function validateFiles(files: FileList | readonly File[]): Promise<void> {
  const list = [...files];
  const sources = await Promise.all(
    list.map(async (f) => {
      const text = await f.text();
      return { name: f.name, text, ndjson: isNdjson(text, f.name) };
    }),
  );
  await run(sources);
}

button.addEventListener("click", () => void validateText());
$<HTMLButtonElement>("clear-button").addEventListener("click", () => {
  input.value = "";
  fileInput.value = "";
  result.hidden = true;
});
input.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void validateText();
});
fileInput.addEventListener("change", () => {
  if (fileInput.files?.length) void validateFiles(fileInput.files);
});
// Dropping a file anywhere else would make the browser open it instead of this page.
for (const type of ["dragover", "drop"]) window.addEventListener(type, (e) => e.preventDefault());
dropZone.addEventListener("dragover", () => dropZone.classList.add("dragging"));
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dragging"));
dropZone.addEventListener("drop", (e) => {
  dropZone.classList.remove("dragging");
  const files = e.dataTransfer?.files;
  if (files?.length) {
    void validateFiles(files);
    return;
  }
  const text = e.dataTransfer?.getData("text/plain");
  if (text) {
    input.value = text;
    void validateText();
  }
});
