import { documentTypeKebab, documentTypeNames, isDocumentTypeName } from "@open-trm/schema/data";
import { parse } from "../args.js";
import { EXIT, type Io, UsageError } from "../io.js";
import { readPublished } from "./published.js";

/** `trm schema <documentType>`: prints the JSON Schema (2020-12) of a document type. */
export async function schemaCommand(args: readonly string[], io: Io): Promise<number> {
  const { positionals } = parse(args, {});
  const [type] = positionals;
  if (positionals.length !== 1 || !isDocumentTypeName(type)) {
    throw new UsageError(`schema needs one document type: ${documentTypeNames.join(", ")}`);
  }
  io.stdout.write(readPublished(`${documentTypeKebab[type]}.schema.json`));
  return EXIT.ok;
}
