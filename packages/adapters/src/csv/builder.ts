import type { Segment } from "./column-name.js";

/** A gap in a rebuilt array: item `index` is missing; `origin` is the cell of the next item that exists. */
export interface ArrayGap {
  readonly origin: string;
  readonly index: number;
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function own(node: object, segment: Segment): unknown {
  return Object.hasOwn(node, String(segment))
    ? (node as Record<string, unknown>)[String(segment)]
    : undefined;
}

/**
 * Rebuilds a document from cells addressed by paths. Keys are defined as own properties (so a key such as
 * `__proto__` in extension content is data, never a prototype), and overlaps are refused rather than merged.
 */
export class DocBuilder {
  /** The document being built. */
  readonly root: Record<string, unknown> = {};
  // Containers that came whole from one cell (an empty marker or a JSON value): nothing may be added below.
  private readonly sealed = new WeakSet<object>();
  private readonly origins = new Map<unknown[], Map<number, string>>();

  /** The value at a path, or undefined. */
  get(path: readonly Segment[]): unknown {
    let node: unknown = this.root;
    for (const segment of path) {
      if (!isContainer(node)) return undefined;
      node = own(node, segment);
    }
    return node;
  }

  /**
   * Sets the value at a path, creating the containers above it; returns false (and changes nothing at the
   * path) when the path is already taken, lies below a scalar or sealed container, or mixes array and object.
   */
  set(path: readonly Segment[], value: unknown, origin: string, seal: boolean): boolean {
    let node: object = this.root;
    for (let k = 0; k < path.length - 1; k++) {
      const segment = path[k] as Segment;
      const wantArray = typeof path[k + 1] === "number";
      let child = own(node, segment);
      if (child === undefined) {
        child = wantArray ? [] : {};
        this.put(node, segment, child, origin);
        if (wantArray) this.origins.set(child as unknown[], new Map());
      } else if (!isContainer(child) || this.sealed.has(child) || Array.isArray(child) !== wantArray) {
        return false;
      }
      node = child as object;
    }
    const last = path[path.length - 1];
    if (last === undefined || own(node, last) !== undefined) return false;
    this.put(node, last, value, origin);
    if (seal && isContainer(value)) this.sealed.add(value);
    return true;
  }

  private put(node: object, segment: Segment, value: unknown, origin: string): void {
    if (Array.isArray(node)) {
      node[segment as number] = value;
      const origins = this.origins.get(node);
      if (origins && !origins.has(segment as number)) origins.set(segment as number, origin);
      return;
    }
    Object.defineProperty(node, segment, { value, writable: true, enumerable: true, configurable: true });
  }

  /** Whether a value came whole from one cell (an empty marker or a JSON value), so nothing lies below it. */
  isWhole(value: unknown): boolean {
    return isContainer(value) && this.sealed.has(value);
  }

  /** The first gap of every array built from indexed cells (items must be numbered from 0 without gaps). */
  gaps(): ArrayGap[] {
    const out: ArrayGap[] = [];
    for (const [array, origins] of this.origins) {
      for (let i = 0; i < array.length; i++) {
        if (Object.hasOwn(array, i)) continue;
        let next = i + 1;
        while (next < array.length && !origins.has(next)) next++;
        out.push({ origin: origins.get(next) ?? "", index: i });
        break;
      }
    }
    return out;
  }
}
