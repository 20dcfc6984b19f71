import type { Validator } from "@open-trm/validator";
import type { Notifier } from "./events.js";
import type { Limits } from "./limits.js";
import type { Logger } from "./log.js";
import type { Signer } from "./signing.js";
import type { Store } from "./store/store.js";

/** What every route of a node shares. */
export interface NodeContext {
  readonly store: Store;
  readonly signer: Signer;
  readonly validator: Validator;
  readonly limits: Limits;
  readonly now: () => Date;
  readonly notifier: Notifier;
  readonly log: Logger;
  /** The node's id (a UUID made on first start): the CloudEvents `source` is `urn:open-trm:node:<id>`. */
  readonly nodeId: string;
  /** The node's name and own focal point, for `GET /`. */
  readonly info: { readonly name: string; readonly focalPoint: string | null };
}
