// Country and language codes between Open TRM and the code standards the HTCDS sheet names for prs_Citizenship
// ("Use ISO 3166 country codes standard (two-letter country codes optional)") and prs_PrimaryLanguage /
// prs_SecondaryLanguage ("Use ISO 639-2 language codes standard (two-letter country codes optional)").
import { country, language } from "@open-trm/schema/data";
import { alpha3Rows } from "../internal/iso-3166-alpha3.js";
import { iso6392Rows } from "./generated/iso-639-2.js";

const COUNTRIES = new Set<string>(country.codes);
const ALPHA3 = new Map<string, string>(alpha3Rows.map(([alpha3, alpha2]) => [alpha3, alpha2]));
const LANGUAGES = new Set<string>(language.codes);
// Both ISO 639-2 forms (bibliographic "alb", terminology "sqi") of a language with a two-letter code.
const ISO_639_2 = new Map<string, string>(
  iso6392Rows.flatMap(([b, t, alpha2]) => [[b, alpha2] as const, [t, alpha2] as const]),
);

/**
 * The Open TRM country code (ISO 3166-1 alpha-2, or XK) of an HTCDS country value: an alpha-2 or alpha-3 code
 * in any letter case; undefined when it is neither.
 */
export function countryOfHtcds(value: string): string | undefined {
  const upper = value.toUpperCase();
  if (COUNTRIES.has(upper)) return upper;
  const alpha2 = ALPHA3.get(upper);
  return alpha2 !== undefined && COUNTRIES.has(alpha2) ? alpha2 : undefined;
}

/**
 * The Open TRM primary language subtag of an HTCDS language value: an ISO 639-2 code (B or T) becomes the ISO
 * 639-1 code where one exists, as BCP 47 requires; undefined when the code is in neither standard.
 */
export function languageOfHtcds(value: string): string | undefined {
  const lower = value.toLowerCase();
  const alpha2 = ISO_639_2.get(lower);
  if (alpha2 !== undefined && LANGUAGES.has(alpha2)) return alpha2;
  return LANGUAGES.has(lower) ? lower : undefined;
}
