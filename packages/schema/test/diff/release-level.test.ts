// The CI check of issue 6: the schemas of the working tree against the baseline of the last release, and the
// detected level against what the pending changesets declare. The last test runs it on this repository.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checkReleaseLevel, declaredLevel, parseChangeset } from "../../scripts/lib/release-level.js";
import type { ReleaseLevel } from "../../src/diff/index.js";

const FIXED = [["@open-trm/schema", "@open-trm/validator", "@open-trm/conformance"]];
const bumps = (text: string) => {
  const r = parseChangeset(text);
  if (!r.ok) throw new Error(r.problem);
  return r.bumps;
};

describe("parseChangeset", () => {
  test("reads quoted and unquoted package names, CRLF line ends and the summary after the front matter", () => {
    const text =
      "---\r\n\"@open-trm/schema\": minor\r\n'@open-trm/cli': patch\r\nplain-pkg: major\r\n\r\n---\r\n\r\nA summary: with a colon.\r\n";
    expect([...bumps(text)]).toEqual([
      ["@open-trm/schema", "minor"],
      ["@open-trm/cli", "patch"],
      ["plain-pkg", "major"],
    ]);
  });

  test("an empty changeset declares nothing", () => expect(bumps("---\n---\n\nDocs only.\n").size).toBe(0));

  test.each([
    ["no front matter", "Just text.\n"],
    ["unclosed front matter", '---\n"@open-trm/schema": minor\n'],
    ["unknown bump type", '---\n"@open-trm/schema": huge\n---\n'],
    ["a line that is not a bump", '---\n"@open-trm/schema" minor\n---\n'],
  ])("%s is a problem, not a silent pass", (_name, text) => expect(parseChangeset(text).ok).toBe(false));
});

describe("declaredLevel", () => {
  const cases: readonly { name: string; changesets: string[]; want: ReleaseLevel }[] = [
    { name: "no changeset", changesets: [], want: "none" },
    {
      name: "the schema package itself",
      changesets: ['---\n"@open-trm/schema": patch\n---\n'],
      want: "patch",
    },
    {
      name: "a package of the fixed group",
      changesets: ['---\n"@open-trm/validator": minor\n---\n'],
      want: "minor",
    },
    { name: "a package outside the group", changesets: ['---\n"@open-trm/cli": major\n---\n'], want: "none" },
    {
      name: "the highest of several changesets",
      changesets: [
        '---\n"@open-trm/schema": patch\n---\n',
        '---\n"@open-trm/conformance": major\n"@open-trm/cli": patch\n---\n',
        '---\n"@open-trm/schema": minor\n---\n',
      ],
      want: "major",
    },
  ];
  test.each(cases)("$name: $want", ({ changesets, want }) => {
    expect(declaredLevel(changesets.map(bumps), "@open-trm/schema", FIXED)).toBe(want);
  });

  test("without the fixed group only the package's own bumps count", () => {
    expect(declaredLevel([bumps('---\n"@open-trm/validator": minor\n---\n')], "@open-trm/schema")).toBe(
      "none",
    );
  });
});

describe("checkReleaseLevel on a crafted repository", () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  const schema = (props: Record<string, unknown>, required: string[] = []) =>
    JSON.stringify({
      $id: "https://open-trm.org/schemas/v1/consent.schema.json",
      type: "object",
      properties: props,
      required,
      additionalProperties: false,
    });
  const codelist = JSON.stringify({ name: "urgency", open: true, codes: [{ code: "high" }] });

  function repo(opts: {
    now: string;
    changesets?: string[];
    version?: string;
    baselineVersion?: string;
  }): string {
    const root = mkdtempSync(join(tmpdir(), "trm-release-"));
    roots.push(root);
    const files: Record<string, string> = {
      ".changeset/config.json": JSON.stringify({ fixed: FIXED }),
      ".changeset/README.md": "# Changesets\n",
      "schemas/v1/consent.schema.json": opts.now,
      "schemas/v1/codelists/urgency.json": codelist,
      "packages/schema/package.json": JSON.stringify({
        name: "@open-trm/schema",
        version: opts.version ?? "0.1.0",
      }),
      "packages/schema/baseline/release.json": JSON.stringify({ version: opts.baselineVersion ?? "0.1.0" }),
      "packages/schema/baseline/v1/consent.schema.json": schema({ a: { type: "string" } }),
      "packages/schema/baseline/v1/codelists/urgency.json": codelist,
    };
    (opts.changesets ?? []).forEach((text, i) => {
      files[`.changeset/change-${i}.md`] = text;
    });
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    return root;
  }

  const MINOR = '---\n"@open-trm/schema": minor\n---\n\nA change.\n';
  const MAJOR = '---\n"@open-trm/validator": major\n---\n\nA breaking change.\n';
  const required = schema({ a: { type: "string" }, b: { type: "string" } }, ["b"]);
  const optional = schema({ a: { type: "string" }, b: { type: "string" } });

  test.each([
    {
      name: "unchanged schemas, no changeset",
      now: schema({ a: { type: "string" } }),
      changesets: [],
      ok: true,
      detected: "none",
    },
    {
      name: "new optional field declared minor",
      now: optional,
      changesets: [MINOR],
      ok: true,
      detected: "minor",
    },
    {
      name: "new optional field without a changeset",
      now: optional,
      changesets: [],
      ok: false,
      detected: "minor",
    },
    {
      name: "new required field declared minor",
      now: required,
      changesets: [MINOR],
      ok: false,
      detected: "major",
    },
    {
      name: "new required field declared major through the fixed group",
      now: required,
      changesets: [MINOR, MAJOR],
      ok: true,
      detected: "major",
    },
  ] as const)("$name", ({ now, changesets, ok, detected }) => {
    const check = checkReleaseLevel(repo({ now, changesets: [...changesets] }));
    expect({ ok: check.ok, detected: check.detected }).toEqual({ ok, detected });
    expect(check.problems.length === 0).toBe(ok);
    if (!ok) expect(check.problems[0]).toContain(`level ${detected}`);
  });

  test("a version bump without a baseline update fails with what to run", () => {
    const check = checkReleaseLevel(repo({ now: schema({ a: { type: "string" } }), version: "0.2.0" }));
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([expect.stringContaining("pnpm --filter @open-trm/schema baseline")]);
  });

  test("an unreadable changeset fails the check", () => {
    const check = checkReleaseLevel(
      repo({ now: schema({ a: { type: "string" } }), changesets: ["no front matter\n"] }),
    );
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([".changeset/change-0.md: no front matter between --- lines"]);
  });
});

test("this repository: the schemas have not changed beyond what the pending changesets declare", () => {
  const check = checkReleaseLevel(join(import.meta.dirname, "../../../.."));
  expect(check.problems).toEqual([]);
  expect(check.ok).toBe(true);
});
