export * from "./anonymise/index.js";
export * from "./disclose/index.js";
export { AnonymiseError } from "./errors.js";
export * from "./risk/index.js";
