import type { GroupSpec } from "./dsl.js";
import { envelope } from "./envelope.js";

/** Field rows of a focal point directory (data model 5.6), whose root resource is a List of Organizations. */
export const focalPointDirectorySpec: GroupSpec = {
  ...envelope("List"),
  publisher: { country: "code", institution: "string" },
  publishedOn: "date=List.date",
  version: "string",
  focalPoints: "doc:focalPoint[]=List.entry.item (Organization)",
  previousVersion: "string",
};
