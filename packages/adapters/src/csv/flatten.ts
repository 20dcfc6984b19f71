import { EMPTY_ARRAY, EMPTY_OBJECT, encodeCell, encodeFree } from "./cell.js";
import type { Segment } from "./column-name.js";
import type { Shape } from "./shape.js";

/** One cell of a flattened document: its path, the sort rank of each step, and the encoded text. */
export interface FlatCell {
  readonly path: readonly Segment[];
  readonly ranks: readonly number[];
  readonly cell: string;
}

/** A non-empty array left out of the flat cells because it goes to its own sheet. */
export interface CutList {
  readonly path: readonly Segment[];
  readonly ranks: readonly number[];
  readonly item: Shape;
  readonly items: readonly unknown[];
}

/** Where {@link flatten} writes: cells, and (in the sheets form) the arrays it cuts off. */
export interface FlattenSink {
  readonly cells: FlatCell[];
  /** Collects non-empty arrays instead of indexing them (the sheets form); absent in the single-sheet form. */
  readonly cuts?: CutList[];
  /** Added to the schema rank of each field, to group the fields of each document type together. */
  readonly base: number;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Flattens a (valid) value of the given shape to leaf cells. Containers with nothing below them become
 * their empty marker, so that empty arrays and objects survive; arrays in free JSON stay one JSON cell.
 */
export function flatten(
  value: unknown,
  shape: Shape,
  sink: FlattenSink,
  path: readonly Segment[] = [],
  ranks: readonly number[] = [],
): void {
  const emit = (cell: string) => sink.cells.push({ path, ranks, cell });
  if (shape.kind === "object" && isObject(value)) {
    let index = 0;
    let any = false;
    for (const [key, field] of shape.fields) {
      index++;
      if (!Object.hasOwn(value, key)) continue;
      any = true;
      flatten(value[key], field, sink, [...path, key], [...ranks, sink.base + index]);
    }
    if (!any) emit(EMPTY_OBJECT);
    return;
  }
  if (shape.kind === "array" && Array.isArray(value)) {
    if (value.length === 0) emit(EMPTY_ARRAY);
    else if (sink.cuts) sink.cuts.push({ path, ranks, item: shape.item, items: value });
    else
      value.forEach((item, i) => {
        flatten(item, shape.item, sink, [...path, i], [...ranks, i]);
      });
    return;
  }
  if (shape.kind === "any" && isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) emit(EMPTY_OBJECT);
    // Free keys share rank 0: the stable sort of ColumnOrder keeps their order of first appearance.
    for (const key of keys) flatten(value[key], shape, sink, [...path, key], [...ranks, 0]);
    return;
  }
  emit(shape.kind === "any" ? encodeFree(value) : encodeCell(value, shape));
}
