// Line folding and unfolding (RFC 6350 section 3.2): lines are folded to at most 75 octets excluding the line
// break, a continuation line starts with one space, and multi-octet characters stay contiguous.

/** Maximum length of a content line in octets, excluding CRLF (RFC 6350 section 3.2). */
export const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one unfolded content line into physical lines of at most 75 octets, joined by CRLF SPACE. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  // The first physical line has 75 octets; each continuation spends one on its leading space.
  let room = MAX_LINE_OCTETS;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > room) {
      out.push(current);
      current = "";
      octets = 0;
      room = MAX_LINE_OCTETS - 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** A logical (unfolded) line and the 1-based number of the physical line it starts on. */
export interface LogicalLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Unfolds text into logical lines: a line break followed by one space or HTAB continues the previous line.
 * CRLF is the line break of RFC 6350; a bare LF is accepted too, as many address books write it.
 * Empty lines are skipped. Returns the number of a line that cannot be read (a continuation with nothing to
 * continue, or a bare CR) instead of lines.
 */
export function unfold(
  text: string,
): { ok: true; lines: LogicalLine[] } | { ok: false; line: number; message: string } {
  const physical = text.split(/\r?\n/);
  const lines: { text: string; line: number }[] = [];
  for (let i = 0; i < physical.length; i++) {
    const p = physical[i] ?? "";
    if (p.includes("\r"))
      return { ok: false, line: i + 1, message: "a CR must be followed by LF (RFC 6350 section 3.2)" };
    if (p.startsWith(" ") || p.startsWith("\t")) {
      const last = lines[lines.length - 1];
      if (!last || physical[i - 1] === "")
        return { ok: false, line: i + 1, message: "a folded continuation line has no line to continue" };
      last.text += p.slice(1);
    } else if (p !== "") lines.push({ text: p, line: i + 1 });
  }
  return { ok: true, lines };
}
