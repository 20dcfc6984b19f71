// Finds where a JSON text stops being valid, without echoing any of it (V8's own messages quote the input).
// Only called after JSON.parse has failed, so speed does not matter; depth is bounded by an explicit stack.

/** Offset of the first syntax error, and a fixed description of what was expected there. */
export interface SyntaxFault {
  readonly offset: number;
  readonly expected: string;
}

const WS = new Set([" ", "\t", "\n", "\r"]);

export function findSyntaxFault(text: string): SyntaxFault {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const fail = (expected: string): SyntaxFault => ({ offset: i, expected });
  // Each frame: which container, and whether a value/key is expected next.
  const stack: ("a" | "o")[] = [];
  type State = "value" | "afterValue" | "key" | "colon" | "firstValueOrClose" | "firstKeyOrClose";
  let state: State = "value";
  skip();
  if (i >= text.length) return fail("a JSON value (the input is empty)");
  for (;;) {
    skip();
    const c = text[i];
    if (state === "value" || state === "firstValueOrClose") {
      if (c === undefined) return fail("a value before the end of input");
      if (state === "firstValueOrClose" && c === "]") {
        i++;
        stack.pop();
        state = "afterValue";
        continue;
      }
      if (c === "{") {
        i++;
        stack.push("o");
        state = "firstKeyOrClose";
        continue;
      }
      if (c === "[") {
        i++;
        stack.push("a");
        state = "firstValueOrClose";
        continue;
      }
      if (c === '"') {
        const f = scanString();
        if (f) return f;
      } else if (c === "-" || (c >= "0" && c <= "9")) {
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m) return fail("a number");
        i += m[0].length;
      } else if (text.startsWith("true", i)) i += 4;
      else if (text.startsWith("false", i)) i += 5;
      else if (text.startsWith("null", i)) i += 4;
      else return fail("a value (object, array, string, number, true, false or null)");
      state = "afterValue";
      continue;
    }
    if (state === "afterValue") {
      const top = stack[stack.length - 1];
      if (top === undefined)
        return c === undefined
          ? fail("nothing (the input looks valid)")
          : fail("the end of input after the value");
      if (c === ",") {
        i++;
        state = top === "a" ? "value" : "key";
        continue;
      }
      if ((top === "a" && c === "]") || (top === "o" && c === "}")) {
        i++;
        stack.pop();
        continue;
      }
      return fail(top === "a" ? "',' or ']' after an array item" : "',' or '}' after a property value");
    }
    if (state === "key" || state === "firstKeyOrClose") {
      if (state === "firstKeyOrClose" && c === "}") {
        i++;
        stack.pop();
        state = "afterValue";
        continue;
      }
      if (c !== '"') return fail("a property name in double quotes");
      const f = scanString();
      if (f) return f;
      state = "colon";
      continue;
    }
    if (c !== ":") return fail("':' after a property name");
    i++;
    state = "value";
  }

  function scanString(): SyntaxFault | undefined {
    i++;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 34) {
        i++;
        return undefined;
      }
      if (ch < 0x20) return fail("no control characters inside a string (escape them)");
      if (ch === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail("four hex digits after \\u");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail("a valid escape sequence");
      } else i++;
    }
    return fail("a closing double quote before the end of input");
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      last = k;
    }
  }
  return { line, column: offset - last };
}
