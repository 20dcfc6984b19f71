import { describe, expect, test } from "vitest";
import type { ChangeKind, ChangeLevel, PublishedCode, PublishedCodelist } from "../../src/diff/index.js";
import { compareCodelists } from "../../src/diff/index.js";

const entry = (code: string, more: Partial<PublishedCode> = {}): PublishedCode => ({
  code,
  label: { en: code.toUpperCase() },
  description: `The ${code} code.`,
  source: "Open TRM",
  since: "1.0",
  ...more,
});
const list = (
  open: boolean,
  codes: PublishedCode[],
  more: Record<string, unknown> = {},
): PublishedCodelist => ({
  name: "urgency",
  title: "Urgency",
  description: "How soon.",
  open,
  source: "Open TRM",
  codes,
  ...more,
});

const cases: readonly {
  name: string;
  given: readonly [PublishedCodelist, PublishedCodelist];
  want: readonly (readonly [ChangeLevel, string, ChangeKind])[];
}[] = [
  {
    name: "code removed",
    given: [list(true, [entry("a"), entry("b")]), list(true, [entry("a")])],
    want: [["major", "/codes/1", "code-removed"]],
  },
  {
    name: "code added to an open list",
    given: [list(true, [entry("a")]), list(true, [entry("a"), entry("b", { since: "1.1" })])],
    want: [["minor", "/codes/1", "code-added"]],
  },
  {
    name: "code added to a closed list",
    given: [list(false, [entry("a")]), list(false, [entry("a"), entry("b")])],
    want: [["major", "/codes/1", "code-added-to-closed-list"]],
  },
  {
    name: "label and description changed",
    given: [
      list(false, [entry("a")]),
      list(false, [entry("a", { label: { en: "Ay", fr: "A" }, description: "New." })]),
    ],
    want: [
      ["patch", "/codes/0/label/en", "label-changed"],
      ["patch", "/codes/0/label/fr", "label-changed"],
      ["patch", "/codes/0/description", "annotation-changed"],
    ],
  },
  {
    name: "code deprecated",
    given: [
      list(false, [entry("a"), entry("b")]),
      list(false, [entry("a", { deprecated: { since: "1.1", replacedBy: "b" } }), entry("b")]),
    ],
    want: [["minor", "/codes/0/deprecated", "code-deprecated"]],
  },
  {
    name: "closed list opened",
    given: [list(false, [entry("a")]), list(true, [entry("a")])],
    want: [["major", "/open", "list-opened"]],
  },
  {
    name: "open list closed",
    given: [list(true, [entry("a")]), list(false, [entry("a")])],
    want: [["minor", "/open", "list-closed"]],
  },
  {
    name: "codes reordered and the list retitled",
    given: [
      list(false, [entry("a"), entry("b")]),
      list(false, [entry("b"), entry("a")], { title: "Urgency level" }),
    ],
    want: [
      ["patch", "/title", "annotation-changed"],
      ["patch", "/codes", "codes-reordered"],
    ],
  },
  {
    name: "an unknown key on a code",
    given: [list(false, [entry("a")]), list(false, [entry("a", { weight: 2 })])],
    want: [["major", "/codes/0/weight", "unclassified-change"]],
  },
];

describe("compareCodelists", () => {
  test.each(cases)("$name", ({ given: [before, after], want }) => {
    const diff = compareCodelists(before, after, { file: "codelists/urgency.json" });
    expect(diff.changes.map((c) => [c.level, c.path, c.kind])).toEqual(want);
    for (const c of diff.changes) expect(c.file).toBe("codelists/urgency.json");
  });

  test("an unchanged list has no change", () => {
    const l = list(false, [entry("a"), entry("b", { deprecated: { since: "1.0" } })]);
    expect(compareCodelists(l, structuredClone(l))).toEqual({ level: "none", changes: [] });
  });
});
