// End to end in headless Chromium: the built site opened from disk (file://) and from a local HTTP server.
// Document pages list their fields, on a desktop and a 390 px phone; the search works; the validator page shows
// "valid" for a valid example and the issues with paths for invalid ones, from pasted text, a chosen NDJSON
// file and a dropped file; and no page makes a request to anywhere but its own files.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  browserAvailable,
  browserRequired,
  chromiumPath,
  HOW_TO_INSTALL,
  launchChromium,
} from "./support/browser.js";
import { artifactsDir, repoRoot } from "./support/paths.js";
import { siteDir } from "./support/site-files.js";
import { serveStatic } from "./support/static-server.js";

const example = (type: string, file: string) => readFileSync(join(repoRoot, "examples", type, file), "utf8");
const compact = (text: string) => JSON.stringify(JSON.parse(text));
const SENTINEL = "SENTINEL-VALUE-7F3A";

/** A referral example with three faults, two of them carrying a recognisable value. */
function invalidReferral(): string {
  const doc = JSON.parse(example("referral", "si-to-md-adult-return-service-referral.json")) as Record<
    string,
    unknown
  >;
  doc.scope = SENTINEL;
  delete doc.channel;
  doc.zzUnknownProperty = SENTINEL;
  return JSON.stringify(doc, null, 2);
}

describe("the site in headless Chromium", () => {
  if (!browserAvailable) {
    if (browserRequired) {
      test("Chromium is available (CI or TRM_REQUIRE_BROWSER=1)", () => {
        expect.fail(`No Chromium at ${chromiumPath}: ${HOW_TO_INSTALL}.`);
      });
    } else {
      console.warn(
        `browser test NOT RUN: no Chromium at ${chromiumPath}; ${HOW_TO_INSTALL}, or set TRM_REQUIRE_BROWSER=1 to make its absence fail (CI does).`,
      );
      test.skip("Chromium is not available", () => {});
    }
    return;
  }

  let browser: Browser;
  let context: BrowserContext;
  const requests: string[] = [];
  const problems: string[] = [];
  const url = (path: string) => pathToFileURL(join(siteDir(), path)).href;

  async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    page.on("pageerror", (e) => problems.push(`${path}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning")
        problems.push(`${path}: console ${m.type()}: ${m.text()}`);
    });
    await page.goto(url(path));
    return page;
  }

  async function paste(page: Page, text: string): Promise<string> {
    await page.fill("#document-input", text);
    await page.click("#validate-button");
    const verdict = page.locator('#verdict:is([data-state="valid"], [data-state="invalid"])');
    await verdict.waitFor();
    return (await verdict.getAttribute("data-state")) ?? "";
  }

  const issueRows = (page: Page) =>
    page.$$eval("#issues tbody tr", (rows) =>
      rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );

  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    browser = await launchChromium();
    context = await browser.newContext();
    context.on("request", (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("a document page lists its fields", async () => {
    const page = await open("documents/victim-profile.html");
    const rows = await page.locator("table.fields > tbody > tr").count();
    expect(rows).toBeGreaterThan(100);
    const birthDate = page.locator("#f-person-birthDate");
    await expect.poll(() => birthDate.isVisible()).toBe(true);
    expect(await birthDate.locator("td").first().textContent()).toBe("/person/birthDate");
    expect(await birthDate.locator(".sens").textContent()).toBe("quasi");
    await page.screenshot({ path: join(artifactsDir, "document-page.png") });
    await page.close();
  });

  test("a document page is readable on a 390 px phone and prints without navigation", async () => {
    const page = await open("documents/referral.html", { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const display = await page.$eval("#f-scope td", (td) => getComputedStyle(td).display);
    expect(display).toBe("block");
    await page.locator("#f-scope").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, "document-page-390px.png") });
    await page.emulateMedia({ media: "print" });
    expect(await page.$eval(".site-header", (h) => getComputedStyle(h).display)).toBe("none");
    await page.close();
  });

  test("the search box finds a field and goes to it, from file://", async () => {
    const page = await open("index.html");
    await page.fill("#site-search", "birthDate");
    const first = page.locator("#search-results a").first();
    await first.waitFor();
    expect(await page.locator("#search-results").textContent()).toContain("/person/birthDate");
    await page.locator("#search-results a", { hasText: "/person/birthDate" }).first().click();
    await page.waitForURL(/victim-profile\.html#f-person-birthDate$/);
    await page.close();
  });

  test("the validator says valid for a valid example", async () => {
    const page = await open("validator.html");
    expect(await paste(page, example("consent", "si-adult-consent-return.json"))).toBe("valid");
    expect(await page.locator("#verdict").textContent()).toMatch(/^✓ Valid: 1 document, no errors/);
    expect(await page.locator("#issues").isVisible()).toBe(false);
    await page.close();
  });

  test("the validator shows the issues of an invalid document with paths, codes and guidance, never values", async () => {
    const page = await open("validator.html");
    expect(await paste(page, invalidReferral())).toBe("invalid");
    const rows = await issueRows(page);
    const byPath = new Map(rows.map((r) => [r[3], r]));
    expect(byPath.get("/scope")?.[2]).toBe("TRM-S004");
    expect(byPath.get("/channel")?.[2]).toBe("TRM-S001");
    expect(byPath.get("/zzUnknownProperty")?.[2]).toBe("TRM-S002");
    expect(byPath.get("/channel")?.[5]).toContain("Add the property");
    const href = await page.locator("#issues a", { hasText: "TRM-S004" }).first().getAttribute("href");
    expect(href).toBe("rules.html#TRM-S004");
    expect(await page.locator("#result").textContent()).not.toContain(SENTINEL);
    await page.screenshot({ path: join(artifactsDir, "validator-issues.png"), fullPage: true });
    await page.close();
  });

  test("the validator checks a chosen NDJSON file line by line", async () => {
    const page = await open("validator.html");
    const lines = [
      compact(example("consent", "si-adult-consent-return.json")),
      `{"documentType": "consent", "note": "${SENTINEL}"`,
      compact(invalidReferral()),
      "",
      compact(example("focal-point", "mk-national-coordinator.json")),
    ];
    await page.setInputFiles("#file-input", {
      name: "cases.ndjson",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(lines.join("\n")),
    });
    await page.locator('#verdict[data-state="invalid"]').waitFor();
    expect(await page.locator("#verdict").textContent()).toContain("2 of 4 documents");
    const rows = await issueRows(page);
    expect(rows.find((r) => r[0] === "cases.ndjson line 2")?.[2]).toBe("TRM-P001");
    expect(rows.filter((r) => r[0] === "cases.ndjson line 3 (referral)").map((r) => r[3])).toContain(
      "/scope",
    );
    const documents = new Set(rows.map((r) => r[0]));
    expect([...documents].sort()).toEqual(["cases.ndjson line 2", "cases.ndjson line 3 (referral)"]);
    expect(await page.locator("#result").textContent()).not.toContain(SENTINEL);
    await page.close();
  });

  test("the validator takes a dropped file, and validates every example together as a bundle", async () => {
    const page = await open("validator.html");
    const docs = readdirSync(join(repoRoot, "examples"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(repoRoot, "examples", d.name))
          .filter((f) => f.endsWith(".json"))
          .map((f) => compact(example(d.name, f))),
      );
    expect(docs.length).toBeGreaterThanOrEqual(29);
    await page.check("#bundle");
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "examples.ndjson", { type: "application/x-ndjson" }));
      const zone = document.getElementById("drop-zone");
      zone?.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, docs.join("\n"));
    await page.locator('#verdict:is([data-state="valid"], [data-state="invalid"])').waitFor();
    expect(await page.locator("#verdict").getAttribute("data-state")).toBe("valid");
    expect(await page.locator("#verdict").textContent()).toContain(`${docs.length} documents`);
    await page.close();
  });

  test("pages opened from disk request nothing but their own files, and raise no errors", () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((r) => !r.startsWith(`${pathToFileURL(siteDir()).href}/`))).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("the site also works from a web server, requesting only that server", async () => {
    const { server, origin, requested } = await serveStatic(siteDir());
    const served = await browser.newContext();
    const seen: string[] = [];
    served.on("request", (r) => seen.push(r.url()));
    try {
      const page = await served.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(`${origin}/validator.html`);
      expect(await paste(page, example("referral", "rs-national-referral-safe-house.json"))).toBe("valid");
      await page.fill("#site-search", "TRM-R004");
      await page.locator("#search-results a").first().waitFor();
      expect(seen.length).toBeGreaterThanOrEqual(4);
      expect(seen.filter((r) => !r.startsWith(`${origin}/`))).toEqual([]);
      expect(errors).toEqual([]);
      // Even a script on the page cannot send anything: the policy blocks connections to any origin, its own too.
      const attempt = await page.evaluate(
        (probe) =>
          fetch(probe).then(
            () => "sent",
            () => "blocked",
          ),
        `${origin}/probe`,
      );
      expect(attempt).toBe("blocked");
      expect(requested).not.toContain("/probe");
    } finally {
      await served.close();
      server.close();
    }
  });
});
