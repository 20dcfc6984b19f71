// Random datasets for the risk properties: few distinct values (so classes collide), missing values, arrays in any
// order, strings that look like the key encoding's own separators and tags, and records that are not objects.
import fc from "fast-check";

export const POINTERS = [
  "/person/sex",
  "/person/birthDate",
  "/person/citizenships",
  "/identification/status",
  "/a~1b",
  "/t~0",
  "/list/0",
] as const;

const scalar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("female", "male", "2010", "AL", "XK") },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "\u001f", "a\u001eb", "\u0000m", "\u0000jnull", "\u0000e", "1"),
  },
  { weight: 1, arbitrary: fc.constantFrom(1, 0, null, true, false) },
);
const value = fc.oneof(
  { weight: 3, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
);
const opt = { requiredKeys: [] as never[] };

const person = fc.oneof(
  { weight: 8, arbitrary: fc.record({ sex: value, birthDate: value, citizenships: value }, opt) },
  { weight: 1, arbitrary: fc.constantFrom("x", null, [1]) },
);

export const record = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record(
      {
        person,
        identification: fc.record({ status: value }, opt),
        "a/b": value,
        "t~": value,
        list: fc.array(value, { maxLength: 2 }),
      },
      opt,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, 7, "text", [] as unknown[]) },
);

export const dataset = fc.array(record, { maxLength: 60 });
export const quasi = fc.subarray([...POINTERS], { minLength: 1 });
export const pointer = fc.constantFrom(...POINTERS);
