import { type AgeBand, ageBand } from "@open-trm/schema/data";

// Lowest age of each CTDC publication age band (`ageBroad`), in the order of the ageBand codelist.
const FLOORS = [0, 9, 18, 21, 24, 27, 30, 39, 48] as const;

/** The ageBand code of an age in completed years, or `undefined` for a negative or non-finite age. */
export function bandOfAge(age: number): AgeBand | undefined {
  if (!Number.isFinite(age) || age < 0) return undefined;
  let band = 0;
  for (let i = 0; i < FLOORS.length; i++) if (age >= (FLOORS[i] as number)) band = i;
  return ageBand.codes[band];
}
