// The `subject` of a referral, built from a disclosure: only what the minimised profile holds goes in.
import type { Referral, VictimProfile } from "@open-trm/schema";
import { leafSensitivities } from "@open-trm/schema/data";
import { alwaysDisclosedFields } from "./categories.js";
import { collapse, isDisclosable, isEmptyArray, presentLeaves } from "./pointers.js";
import { ageBandAt } from "./time.js";
import type { DisclosureSuccess } from "./types.js";

type Subject = Referral["subject"];
const ALWAYS = new Set(alwaysDisclosedFields);
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function interpreterNeeded(languages: VictimProfile["person"]["languages"]): boolean | undefined {
  if (languages.some((l) => l.interpreterNeeded === true)) return true;
  return languages.every((l) => l.interpreterNeeded === false) ? false : undefined;
}

/** A referral subject and the profile pointers it carries, from a disclosure. */
export function subjectOf(
  d: DisclosureSuccess,
  options: { atMs: number; embed: boolean; interpreterNeeded?: boolean },
): { subject: Subject; sent: string[] } {
  const replaced = new Set(d.replacedFields);
  const { person, trafficking, identification } = d.value;
  const subject: Mutable<Partial<Subject>> = { isChild: person.isChild };
  const sent = ["/identification/status"];
  if (!replaced.has("/person/isChild")) sent.push("/person/isChild");
  if (person.sex !== undefined) {
    subject.sex = person.sex;
    sent.push("/person/sex");
  }
  const band = person.birthDate === undefined ? undefined : ageBandAt(person.birthDate, options.atMs);
  if (band !== undefined) subject.ageBand = band;
  if (!replaced.has("/person/citizenships") && person.citizenships.length > 0) {
    subject.citizenships = [...person.citizenships];
    sent.push("/person/citizenships");
  }
  if (!replaced.has("/person/languages") && person.languages.length > 0) {
    subject.languages = [...new Set(person.languages.map((l) => l.tag))];
    const needed = options.interpreterNeeded ?? interpreterNeeded(person.languages);
    if (needed !== undefined) subject.interpreterNeeded = needed;
    person.languages.forEach((_, i) => {
      sent.push(`/person/languages/${i}/tag`, `/person/languages/${i}/interpreterNeeded`);
    });
  }
  if (!replaced.has("/trafficking/exploitationForms")) {
    subject.exploitationForms = [...trafficking.exploitationForms];
    sent.push("/trafficking/exploitationForms");
  }
  subject.identificationStatus = identification.status;
  if (options.embed) subject.victimProfile = d.value;
  return { subject: subject as Subject, sent };
}

/** `disclosure.disclosedFields` with TRM-R013 semantics: the non-empty sensitive leaves present under `/subject`. */
export function disclosedSubjectFields(subject: Subject): string[] {
  const table = leafSensitivities("referral");
  return presentLeaves(subject, table, "/subject")
    .filter((l) => isDisclosable(table[l.template]) && !isEmptyArray(l.value))
    .map((l) => l.pointer);
}

/** `disclosure.withheldFields`: pointers into the sender's profile at data the referral does not carry. */
export function withheldProfileFields(
  profile: VictimProfile,
  d: DisclosureSuccess,
  sent: readonly string[],
  embed: boolean,
): string[] {
  if (embed) return [...d.withheldFields];
  // Envelope and process fields are not personal data withheld; the referral carries its own (caseRef, status).
  const leaves = presentLeaves(profile, leafSensitivities("victimProfile")).filter(
    (l) => !isEmptyArray(l.value),
  );
  const carried = new Set([...sent, ...leaves.filter((l) => ALWAYS.has(l.template)).map((l) => l.pointer)]);
  const pointers = leaves.map((l) => l.pointer);
  return collapse(pointers, new Set(pointers.filter((p) => !carried.has(p))));
}
