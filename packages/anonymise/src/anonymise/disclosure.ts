// A referral's `disclosure` lists the sensitive fields present in its `subject` (rule TRM-R013). Anonymising
// removes some of them, so the lists are brought up to date: what is gone moves to `withheldFields`.
import { escapePointerToken } from "@open-trm/validator";
import type { FieldNode } from "./fields.js";

const LISTED = new Set(["quasi", "direct", "special", "freeText"]);

function present(v: unknown, node: FieldNode, pointer: string, out: string[]): void {
  if (node.kind === "leaf") {
    if (LISTED.has(node.sensitivity) && !(Array.isArray(v) && v.length === 0)) out.push(pointer);
  } else if (node.kind === "list") {
    if (Array.isArray(v))
      for (const [i, item] of v.entries()) present(item, node.item, `${pointer}/${i}`, out);
  } else if (typeof v === "object" && v !== null) {
    for (const [key, value] of Object.entries(v)) {
      const member = node.members.get(key);
      if (member) present(value, member.node, `${pointer}/${escapePointerToken(key)}`, out);
    }
  }
}

/**
 * Rewrites `disclosure` of an anonymised referral so that `disclosedFields` lists exactly the sensitive fields
 * still present under `/subject`, and every field no longer present is listed in `withheldFields`.
 * @example
 * updateDisclosure(out, fieldTree("referral"));
 */
export function updateDisclosure(doc: Record<string, unknown>, tree: FieldNode): void {
  const disclosure = doc.disclosure as { disclosedFields?: unknown; withheldFields?: unknown } | undefined;
  const subjectNode = tree.kind === "object" ? tree.members.get("subject")?.node : undefined;
  if (!disclosure || !subjectNode) return;
  const now: string[] = [];
  present(doc.subject, subjectNode, "/subject", now);
  const stillThere = new Set(now);
  const before = Array.isArray(disclosure.disclosedFields) ? (disclosure.disclosedFields as string[]) : [];
  const withheld = Array.isArray(disclosure.withheldFields) ? (disclosure.withheldFields as string[]) : [];
  const disclosed = [...before.filter((p) => stillThere.has(p)), ...now.filter((p) => !before.includes(p))];
  const listed = new Set(disclosed);
  const gone = [...withheld, ...before].filter((p) => !listed.has(p) && !stillThere.has(p));
  disclosure.disclosedFields = disclosed;
  disclosure.withheldFields = [...new Set(gone)];
}
