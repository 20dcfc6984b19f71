import type { DocumentTypeName } from "@open-trm/schema/data";
import type { Segment } from "./column-name.js";

interface Node {
  readonly segment: Segment;
  readonly rank: number;
  readonly children: Map<string, Node>;
  column: boolean;
}

/**
 * The union of the columns of several rows in a stable, readable order: schema order of fields (by the
 * rank given for each step), array items by index, free keys in order of first appearance, and a container's
 * own column (its empty marker) before the columns below it.
 */
export class ColumnOrder {
  private readonly root: Node = { segment: "", rank: 0, children: new Map(), column: false };

  /** Adds one column path; `ranks[i]` orders `path[i]` among its siblings. */
  add(path: readonly Segment[], ranks: readonly number[]): void {
    let node = this.root;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as Segment;
      // Keyed by text: an index and an equal key would share a column name, so they share a node.
      const key = String(segment);
      let child = node.children.get(key);
      if (!child) {
        child = { segment, rank: ranks[i] ?? 0, children: new Map(), column: false };
        node.children.set(key, child);
      }
      node = child;
    }
    node.column = true;
  }

  /** Every added path, in order. */
  paths(): Segment[][] {
    const out: Segment[][] = [];
    const visit = (node: Node, prefix: Segment[]) => {
      if (node.column) out.push(prefix);
      // Array.prototype.sort is stable, so equal ranks (free keys) keep their order of first appearance.
      const children = [...node.children.values()].sort((a, b) => a.rank - b.rank);
      for (const child of children) visit(child, [...prefix, child.segment]);
    };
    visit(this.root, []);
    return out;
  }
}

/** Gap between the schema ranks of two document types, larger than any object's field count. */
export const TYPE_RANK_STEP = 10_000;

/** Ranks document types by first appearance, so mixed files group each type's own columns together. */
export function typeRanker(): (type: DocumentTypeName) => number {
  const ranks = new Map<DocumentTypeName, number>();
  return (type) => {
    let rank = ranks.get(type);
    if (rank === undefined) {
      rank = ranks.size * TYPE_RANK_STEP;
      ranks.set(type, rank);
    }
    return rank;
  };
}
