// Every page: the search box (over a prebuilt index loaded as a script, so it works from file://) and
// printing with every collapsed section open.

/** One search entry: kind, title, detail, path from the site root. */
type Entry = readonly [kind: string, title: string, detail: string, path: string];

declare global {
  interface Window {
    TRM_SEARCH_INDEX?: readonly Entry[];
  }
}

const MAX_RESULTS = 30;
const KIND_WEIGHT: Readonly<Record<string, number>> = {
  page: 3,
  field: 2,
  rule: 2,
  codelist: 2,
  code: 1,
  section: 0,
};
const root = document.documentElement.dataset.root ?? "";
const box = document.getElementById("site-search") as HTMLInputElement | null;
const list = document.getElementById("search-results") as HTMLOListElement | null;
let loading: Promise<readonly Entry[]> | undefined;

function loadIndex(): Promise<readonly Entry[]> {
  loading ??= new Promise((resolve) => {
    if (window.TRM_SEARCH_INDEX) return resolve(window.TRM_SEARCH_INDEX);
    const script = document.createElement("script");
    script.src = `${root}assets/search-index.js`;
    script.onload = () => resolve(window.TRM_SEARCH_INDEX ?? []);
    script.onerror = () => resolve([]);
    document.head.append(script);
  });
  return loading;
}

/** Ranks entries: every word must match the title or the detail; title matches count most. */
function search(index: readonly Entry[], query: string): Entry[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return [];
  const scored: [number, Entry][] = [];
  for (const entry of index) {
    const title = entry[1].toLowerCase();
    const detail = entry[2].toLowerCase();
    let score = KIND_WEIGHT[entry[0]] ?? 0;
    for (const w of words) {
      if (title === w || title.endsWith(`/${w}`)) score += 20;
      else if (title.startsWith(w)) score += 12;
      else if (title.includes(w)) score += 8;
      else if (detail.includes(w)) score += 2;
      else {
        score = -1;
        break;
      }
    }
    if (score >= 0) scored.push([score, entry]);
  }
  scored.sort((a, b) => b[0] - a[0] || a[1][1].length - b[1][1].length);
  return scored.slice(0, MAX_RESULTS).map(([, e]) => e);
}

function render(results: readonly Entry[], query: string): void {
  if (!list) return;
  list.replaceChildren();
  for (const [kind, title, detail, path] of results) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `${root}${path}`;
    const k = document.createElement("span");
    k.className = `kind kind-${kind}`;
    k.textContent = kind;
    const t = document.createElement("span");
    t.className = "title";
    t.textContent = title;
    const d = document.createElement("span");
    d.className = "detail";
    d.textContent = detail;
    a.append(k, t, d);
    li.append(a);
    list.append(li);
  }
  if (results.length === 0 && query.trim() !== "") {
    const li = document.createElement("li");
    li.className = "empty";
    li.textContent = "No match";
    list.append(li);
  }
  list.hidden = query.trim() === "";
}

if (box && list) {
  box.addEventListener("focus", () => void loadIndex());
  box.addEventListener("input", async () => {
    const query = box.value;
    const index = await loadIndex();
    if (box.value === query) render(search(index, query), query);
  });
  box.addEventListener("keydown", (e) => {
    const links = [...list.querySelectorAll("a")];
    if (e.key === "ArrowDown" && links[0]) {
      e.preventDefault();
      links[0].focus();
    } else if (e.key === "Enter" && links[0]) {
      e.preventDefault();
      links[0].click();
    } else if (e.key === "Escape") {
      list.hidden = true;
    }
  });
  list.addEventListener("keydown", (e) => {
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === "ArrowDown") links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (e.key === "ArrowUp") (at <= 0 ? box : links[at - 1])?.focus();
    else if (e.key === "Escape") {
      list.hidden = true;
      box.focus();
    } else return;
    e.preventDefault();
  });
  document.addEventListener("click", (e) => {
    if (!(e.target instanceof Node) || !box.parentElement?.contains(e.target)) list.hidden = true;
  });
}

// Printing shows every collapsed section (embedded documents, examples), then restores them.
const opened: HTMLDetailsElement[] = [];
window.addEventListener("beforeprint", () => {
  for (const d of document.querySelectorAll("details:not([open])")) {
    (d as HTMLDetailsElement).open = true;
    opened.push(d as HTMLDetailsElement);
  }
});
window.addEventListener("afterprint", () => {
  for (const d of opened.splice(0)) d.open = false;
});

export {};
