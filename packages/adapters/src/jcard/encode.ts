// Encodes Open TRM fields as jCard properties, row by row of a mapping table.
import { codecs } from "./mapping/codecs.js";
import type { ParamSpec, PropertyRow, ValueSpec } from "./mapping/rows.js";
import { getAt } from "./pointer.js";
import type { JcardComponent, JcardParams, JcardProperty, JcardValue } from "./types.js";

type Fields = Readonly<Record<string, unknown>>;

// A list with one item is written as a plain string and an empty list as one empty string, the forms that
// parsing the vCard text gives back (RFC 7095 sections 3.3.1 and 3.4).
function listForm(items: readonly string[]): string | readonly string[] {
  return items.length === 1 ? (items[0] ?? "") : items.length === 0 ? "" : items;
}

function encodeValue(spec: ValueSpec, obj: Fields): { type: string; value: JcardValue } {
  if (!("components" in spec)) {
    const codec = codecs[spec.codec];
    return { type: codec.type, value: codec.encode(obj[spec.field]) };
  }
  const components: JcardComponent[] = spec.components.map((c) => {
    const v = c ? obj[c.field] : undefined;
    if (!c || v === undefined) return "";
    const codec = codecs[c.codec];
    return c.list && Array.isArray(v)
      ? listForm(v.map((i) => String(codec.encode(i))))
      : String(codec.encode(v));
  });
  const [first] = components;
  return { type: "text", value: components.length === 1 && first !== undefined ? first : components };
}

function encodeParams(specs: readonly ParamSpec[], obj: Fields): JcardParams {
  const params: Record<string, string | readonly string[]> = {};
  for (const spec of specs) {
    const v = obj[spec.field];
    if (v === undefined) continue;
    const codec = codecs[spec.codec];
    params[spec.param.toLowerCase()] =
      spec.list && Array.isArray(v)
        ? listForm(v.map((i) => String(codec.encode(i))))
        : String(codec.encode(v));
  }
  return params;
}

function encodeRow(row: PropertyRow, doc: unknown): JcardProperty[] {
  const name = row.property.toLowerCase();
  const at = getAt(doc, row.pointer);
  if (at === undefined) return [];
  switch (row.form) {
    case "scalar": {
      const codec = codecs[row.codec];
      const exact =
        "exact" in codec && codec.exact.needed(at) ? { [codec.exact.param.toLowerCase()]: String(at) } : {};
      return [[name, exact, codec.type, codec.encode(at)]];
    }
    case "repeat": {
      const codec = codecs[row.codec];
      // PREF 1 is the most preferred (RFC 6350 section 5.3), so the order of the array survives.
      return (at as unknown[]).map((v, i) => [
        name,
        row.pref ? { pref: String(i + 1) } : {},
        codec.type,
        codec.encode(v),
      ]);
    }
    case "list": {
      const codec = codecs[row.codec];
      const items = (at as unknown[]).map((v) => codec.encode(v));
      return [[name, {}, codec.type, ...(items.length > 0 ? items : [""])]];
    }
    case "objects": {
      const items = at as Fields[];
      if (items.length === 0)
        return row.absent === "omit" ? [[name, {}, encodeValue(row.value, {}).type, ""]] : [];
      return items.map((obj) => {
        const { type, value } = encodeValue(row.value, obj);
        return [name, encodeParams(row.params ?? [], obj), type, value];
      });
    }
    case "object": {
      const obj = at as Fields;
      const fields = [
        ...("components" in row.value ? row.value.components.map((c) => c?.field) : [row.value.field]),
        ...(row.params ?? []).map((p) => p.field),
      ];
      if (!fields.some((f) => f !== undefined && obj[f] !== undefined)) return [];
      const { type, value } = encodeValue(row.value, obj);
      return [[name, encodeParams(row.params ?? [], obj), type, value]];
    }
  }
}

/** The properties of every row of a table, in table order. */
export function encodeRows(rows: readonly PropertyRow[], doc: unknown): JcardProperty[] {
  return rows.flatMap((row) => encodeRow(row, doc));
}
