// vCard text is UTF-8 and allows no control characters other than HTAB in values or parameters (RFC 6350
// section 3.3: VALUE-CHAR, SAFE-CHAR and QSAFE-CHAR); NEWLINE travels escaped. Unpaired UTF-16 surrogates
// have no UTF-8 form at all.

const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
  /[\0-\x08\x0b-\x1f\x7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "g");

/** Whether a string can be written as vCard text without change (NEWLINE and HTAB are allowed). */
export function isVcardSafe(value: string): boolean {
  return !UNSAFE.test(value);
}

/** Replaces every character vCard text cannot hold by U+FFFD REPLACEMENT CHARACTER. */
export function scrub(value: string): string {
  return value.replace(UNSAFE_ALL, "\ufffd");
}
