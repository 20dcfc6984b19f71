import { countryRows, countryRowsSource } from "../generated/countries.js";
import { languageRows, languageRowsSource } from "../generated/languages.js";
import type { CodeEntry, Codelist } from "./define.js";

type CountryCodeValue = (typeof countryRows)[number][0];
type LanguageCodeValue = (typeof languageRows)[number][0];

function fromTable<C extends string>(
  name: string,
  title: string,
  description: string,
  source: string,
  rows: readonly (readonly [C, string])[],
  describe: (code: C, label: string) => string,
): Codelist<C> {
  const entries = rows.map(
    ([code, label]): CodeEntry => ({
      code,
      label: { en: label },
      description: describe(code, label),
      source,
      since: "1.0",
    }),
  );
  return {
    name,
    title,
    description,
    open: false,
    source,
    codes: rows.map((r) => r[0]) as unknown as readonly [C, ...C[]],
    entries,
  };
}

/** ISO 3166-1 alpha-2 country codes (with `XK`, Kosovo), generated from a maintained package. */
export const country: Codelist<CountryCodeValue> = fromTable(
  "country",
  "Country",
  "ISO 3166-1 alpha-2 country codes, upper case, plus the user-assigned code XK for Kosovo as used by the EU and most South-East European administrations. An unknown country is an omitted field, never a made-up code.",
  countryRowsSource,
  countryRows,
  (code, label) =>
    code === "XK"
      ? "Kosovo: user-assigned code XK, used by the EU and most South-East European administrations."
      : `${label} (ISO 3166-1 alpha-2 ${code}).`,
);

/** Primary language subtags: ISO 639-1 where one exists, else ISO 639-2; generated from a maintained package. */
export const language: Codelist<LanguageCodeValue> = fromTable(
  "language",
  "Language",
  "Primary language subtags for BCP 47 language tags: the ISO 639-1 two-letter code where one exists, otherwise the ISO 639-2 three-letter code (individual languages and macrolanguages).",
  languageRowsSource,
  languageRows,
  (code, label) => `${label} (${code.length === 2 ? "ISO 639-1" : "ISO 639-2"} ${code}).`,
);

/** A country code of the standard. */
export type CountryCodeCode = CountryCodeValue;
/** A primary language subtag of the standard. */
export type LanguageCode = LanguageCodeValue;
