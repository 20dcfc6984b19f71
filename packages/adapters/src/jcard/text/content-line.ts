// One unfolded content line (RFC 6350 section 3.3):
//   contentline = [group "."] name *(";" param) ":" value
//   param = param-name "=" param-value *("," param-value), param-value = *SAFE-CHAR / DQUOTE *QSAFE-CHAR DQUOTE
import { decodeParamValue } from "./escape.js";

/** A content line split into its parts; parameter names upper case, values caret-decoded (RFC 6868). */
export interface ContentLine {
  readonly group: string | undefined;
  readonly name: string;
  readonly params: readonly (readonly [name: string, values: readonly string[]])[];
  readonly value: string;
}

const TOKEN = /^[A-Za-z0-9-]+/;

/** Splits a content line, or says (without quoting the line) what is wrong with it. */
export function parseContentLine(line: string): ContentLine | string {
  const head = TOKEN.exec(line);
  if (!head) return "a content line must start with a property name of letters, digits and hyphens";
  let group: string | undefined;
  let name = head[0];
  let i = name.length;
  if (line[i] === ".") {
    const rest = TOKEN.exec(line.slice(i + 1));
    if (!rest) return "a group name must be followed by a property name";
    group = name;
    name = rest[0];
    i += 1 + name.length;
  }
  const params: [string, string[]][] = [];
  while (line[i] === ";") {
    const p = TOKEN.exec(line.slice(i + 1));
    if (!p || line[i + 1 + p[0].length] !== "=")
      return "a parameter needs a name, '=' and a value (RFC 6350 section 5; vCard 2.1 bare TYPE values are not read)";
    i += 2 + p[0].length;
    const values: string[] = [];
    for (;;) {
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close < 0) return "a quoted parameter value is not closed";
        values.push(decodeParamValue(line.slice(i + 1, close)));
        i = close + 1;
      } else {
        const m = /^[^";:,]*/.exec(line.slice(i))?.[0] ?? "";
        values.push(decodeParamValue(m));
        i += m.length;
      }
      if (line[i] !== ",") break;
      i++;
    }
    params.push([p[0].toUpperCase(), values]);
  }
  if (line[i] !== ":") return "a content line needs ':' between its name or parameters and its value";
  return { group, name: name.toUpperCase(), params, value: line.slice(i + 1) };
}
