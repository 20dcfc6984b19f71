// fast-check generators of HTCDS records: valid ones (every value one the adapter reads back as it is), single-field
// mutations of them, and records of known fields with arbitrary JSON values.
import fc from "fast-check";
import { type HtcdsRecord, htcdsFieldMap, htcdsFields, htcdsPicklists } from "../../src/htcds/index.js";

const exactValues = (field: string) => [
  ...new Set(
    (htcdsPicklists[field]?.rows ?? []).filter((r) => r.match === "exact").map((r) => r.value as string),
  ),
];
const pick = (field: string) => fc.constantFrom(...exactValues(field));
const pickMany = (field: string) => fc.uniqueArray(pick(field), { minLength: 1, maxLength: 4 });
const day = (from: number, to: number) =>
  fc
    .date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const COUNTRIES = ["AL", "MK", "MD", "RS", "SI", "XK", "AF", "BG", "RO", "HU"] as const;
const LANGUAGES = ["sq", "mk", "ro", "ru", "sr", "sl", "rom", "fa", "ps", "en"] as const;
const text = (max: number) =>
  fc.string({ unit: "grapheme", minLength: 1, maxLength: max }).filter((s) => s.trim() !== "");
const phone = fc.integer({ min: 100, max: 999 }).map((n) => `+447700900${n}`);

/** A victim-profile record that fromHtcds reads and toHtcds writes back unchanged (referral and consent fields left out). */
export const validRecord: fc.Arbitrary<HtcdsRecord> = fc
  .record(
    {
      prs_FirstName: text(40),
      prs_SecondName: text(40),
      prs_Birthdate: day(1950, 2020),
      prs_Gender: pick("prs_Gender"),
      prs_PrimaryLanguage: fc.constantFrom(...LANGUAGES),
      prs_Citizenship: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 3 }),
      prs_Email: fc.integer({ min: 1, max: 999 }).map((n) => `person${n}@example.org`),
      prs_MobilePhone: phone,
      vic_TraffickingStatus: pick("vic_TraffickingStatus"),
      vic_TraffickingStatusDecisionMakingOrg: pick("vic_TraffickingStatusDecisionMakingOrg"),
      vic_RelationshipToTrafficker: pick("vic_RelationshipToTrafficker"),
      vic_RecruitmentWebsitesAndApps: pickMany("vic_RecruitmentWebsitesAndApps"),
      vic_MethodOfRecruitment: pickMany("vic_MethodOfRecruitment"),
      vic_MethodsOfControl: pickMany("vic_MethodsOfControl"),
      vic_TypeOfExploitation: pickMany("vic_TypeOfExploitation"),
      vic_ForcedLabourIndustry: pick("vic_ForcedLabourIndustry"),
      vic_TypeOfSexExploitation: pickMany("vic_TypeOfSexExploitation"),
      vic_ExploitationWebsitesAndApps: pickMany("vic_ExploitationWebsitesAndApps"),
      cas_Status: pick("cas_Status"),
      cas_ReasonForCaseClosure: text(200),
      cco_CaseComment: text(400),
      hte_Type: pick("hte_Type"),
      hte_Country: fc.constantFrom(...COUNTRIES),
      hte_Date: day(2000, 2025),
      hte_Description: text(100),
    },
    { requiredKeys: ["vic_TraffickingStatus", "cas_Status"] },
  )
  // The home phone and secondary language need their first slot; an event needs a type and a country.
  .chain((r) =>
    fc
      .record(
        { prs_HomePhone: phone, prs_SecondaryLanguage: fc.constantFrom(...LANGUAGES) },
        { requiredKeys: [] },
      )
      .map((extra) => {
        const out: Record<string, unknown> = { ...r };
        if (r.prs_MobilePhone && extra.prs_HomePhone && extra.prs_HomePhone !== r.prs_MobilePhone)
          out.prs_HomePhone = extra.prs_HomePhone;
        if (r.prs_PrimaryLanguage && extra.prs_SecondaryLanguage)
          out.prs_SecondaryLanguage = extra.prs_SecondaryLanguage;
        if (!(r.hte_Type && r.hte_Country))
          for (const k of ["hte_Type", "hte_Country", "hte_Date", "hte_Description"]) delete out[k];
        return out as HtcdsRecord;
      }),
  );

const FIELD_NAMES = htcdsFields.map((f) => f.name);
const MAPPED_NAMES = [...new Set(htcdsFieldMap.map((r) => r.field))];

/** A valid record with one field set to an arbitrary JSON value (through JSON text, so `__proto__` stays a key). */
export const mutatedRecord: fc.Arbitrary<unknown> = fc
  .tuple(validRecord, fc.constantFrom(...MAPPED_NAMES, "notAField", "__proto__"), fc.jsonValue())
  .map(([r, field, value]) =>
    JSON.parse(`${JSON.stringify(r).slice(0, -1)},${JSON.stringify(field)}:${JSON.stringify(value)}}`),
  );

/** A record of sheet fields with arbitrary JSON values. */
export const arbitraryRecord: fc.Arbitrary<unknown> = fc.dictionary(
  fc.constantFrom(...FIELD_NAMES),
  fc.jsonValue(),
  {
    maxKeys: 8,
  },
);

/** The mix fed to fromHtcds: anything at all, arbitrary records, mutations and valid records. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  arbitraryRecord,
  mutatedRecord,
  validRecord,
);
