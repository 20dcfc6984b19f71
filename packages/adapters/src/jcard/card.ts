// The card model the decoder reads, whatever the source: properties with upper-case names and parameters,
// their jCard type and values, and where each came from in the input (a JSON Pointer into the jCard, or
// /cards/<i>/<PROPERTY>/<k> into vCard text).
import type { TextCard } from "./text/parse.js";
import type { Jcard, JcardValue } from "./types.js";

/** One property of a card, with the paths of its parts in the input. */
export interface CardProp {
  /** Property name, upper case. */
  readonly name: string;
  /** Parameters by upper-case name (VALUE excluded: it is the type); a jCard `group` is the GROUP parameter. */
  readonly params: ReadonlyMap<string, readonly string[]>;
  /** jCard value type, lower case. */
  readonly type: string;
  readonly values: readonly JcardValue[];
  /** Where the property is in the input. */
  readonly at: string;
  /** Where one of its parameters is in the input. */
  readonly paramAt: (param: string) => string;
  /** The line it starts on, for vCard text. */
  readonly line?: number;
}

/** One card of the input. */
export interface Card {
  readonly at: string;
  readonly props: readonly CardProp[];
}

const escapeToken = (t: string) => t.replace(/~/g, "~0").replace(/\//g, "~1");

function paramMap(params: Readonly<Record<string, string | readonly string[]>>): {
  map: Map<string, readonly string[]>;
  keys: Map<string, string>;
} {
  const map = new Map<string, readonly string[]>();
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(params)) {
    const upper = key.toUpperCase();
    map.set(upper, [...(map.get(upper) ?? []), ...(typeof value === "string" ? [value] : value)]);
    keys.set(upper, key);
  }
  return { map, keys };
}

/** The cards of a checked jCard input; `at` is the JSON Pointer of each card (empty for a lone card). */
export function cardsOfJcard(cards: readonly { readonly jcard: Jcard; readonly at: string }[]): Card[] {
  return cards.map(({ jcard, at }) => ({
    at,
    props: jcard[1].map(([name, params, type, ...values], j) => {
      const { map, keys } = paramMap(params);
      const propAt = `${at}/1/${j}`;
      return {
        name: name.toUpperCase(),
        params: map,
        type: type.toLowerCase(),
        values,
        at: propAt,
        paramAt: (p: string) => `${propAt}/1/${escapeToken(keys.get(p) ?? p.toLowerCase())}`,
      };
    }),
  }));
}

/** The cards of vCard text already converted to jCard; paths are /cards/<i>/<PROPERTY>/<k>. */
export function cardsOfText(cards: readonly TextCard[]): Card[] {
  return cards.map(({ jcard, lines }, i) => {
    const seen = new Map<string, number>();
    return {
      at: `/cards/${i}`,
      props: jcard[1].map(([name, params, type, ...values], j) => {
        const upper = name.toUpperCase();
        const k = seen.get(upper) ?? 0;
        seen.set(upper, k + 1);
        const propAt = `/cards/${i}/${escapeToken(upper)}/${k}`;
        return {
          name: upper,
          params: paramMap(params).map,
          type: type.toLowerCase(),
          values,
          at: propAt,
          paramAt: (p: string) => `${propAt}/${escapeToken(p)}`,
          ...(lines[j] === undefined ? {} : { line: lines[j] }),
        };
      }),
    };
  });
}
