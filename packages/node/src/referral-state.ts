// Transition requests: their shape, the status each action enters and the party that may take it are the API's
// (@open-trm/schema/api); which status may follow which is the data model's `referralTransitions` (section 6),
// checked by the route and again by rule TRM-R007.
import { type TransitionRequest, TransitionRequestSchema, transitionActions } from "@open-trm/schema/api";
import { referralTransitions } from "@open-trm/schema/data";
import { HttpProblem } from "./problems.js";

/** Reads a transition request; a malformed one is a 400 with fixed text, never a value from the body. */
export function parseTransition(body: unknown): TransitionRequest {
  const parsed = TransitionRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new HttpProblem("bad-request", {
      detail: `The body must be a transition request: action (${Object.keys(transitionActions).join(", ")}), reason with reject only (a referralRejectionReason code), optional note.`,
    });
  }
  return parsed.data;
}

/** The status an action enters, and whether the state machine allows it from `current`. */
export function nextStatus(
  current: string,
  request: TransitionRequest,
): { status: string; allowed: boolean } {
  const { status } = transitionActions[request.action];
  const allowed: readonly string[] = referralTransitions[current as keyof typeof referralTransitions] ?? [];
  return { status, allowed: allowed.includes(status) };
}

/** Who may take an action: the sender withdraws, the receiver takes every other action. */
export function partyOf(request: TransitionRequest): "sender" | "receiver" {
  return transitionActions[request.action].by;
}
