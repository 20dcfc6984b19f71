// @open-trm/node: the reference exchange node. The API's bodies, problem types, transition actions and event
// types are @open-trm/schema/api's; this package serves them.
export { createToken, importDirectory, rotateKeys, type TokenSubject } from "./admin.js";
export type { GateRefusal } from "./consent-gate.js";
export { NodeError } from "./errors.js";
export { defaultLimits, type Limits } from "./limits.js";
export { type LogEntry, type Logger, stderrLogger } from "./log.js";
export { createNode, type NodeHandle, type NodeOptions } from "./server.js";
