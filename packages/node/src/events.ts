// The change feed: CloudEvents 1.0 (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md) in
// JSON, and the notifier that wakes long-polls when an event is committed.
import { randomUUID } from "node:crypto";
import type { CloudEvent } from "@open-trm/schema/api";
import type { EventRepository, EventRow } from "./store/events.js";

/** Appends a referral event (inside the caller's transaction). */
export function appendReferralEvent(
  events: EventRepository,
  type: "org.open-trm.referral.created" | "org.open-trm.referral.transitioned",
  referral: { id: string; status: string; sender: string; receiver: string },
  time: string,
): void {
  const data = {
    referralId: referral.id,
    status: referral.status,
    sender: referral.sender,
    receiver: referral.receiver,
  };
  events.append({
    id: randomUUID(),
    type,
    time,
    kind: "referral",
    resourceId: referral.id,
    data: JSON.stringify(data),
  });
}

/** Appends a consent event (inside the caller's transaction). */
export function appendConsentEvent(
  events: EventRepository,
  consentId: string,
  state: string,
  time: string,
): void {
  const data = JSON.stringify({ consentId, state });
  events.append({
    id: randomUUID(),
    type: "org.open-trm.consent.event",
    time,
    kind: "consent",
    resourceId: consentId,
    data,
  });
}

/** The CloudEvent of a stored event. */
export function toCloudEvent(row: EventRow, nodeId: string): CloudEvent {
  // The row was written by appendReferralEvent or appendConsentEvent: its type and data agree.
  return {
    specversion: "1.0",
    id: row.id,
    source: `urn:open-trm:node:${nodeId}`,
    type: row.type,
    time: row.time,
    subject: row.resourceId,
    datacontenttype: "application/json",
    data: JSON.parse(row.data),
  } as CloudEvent;
}

/** Wakes waiting long-polls when events are committed, and all of them when the node stops. */
export function createNotifier() {
  const waiters = new Set<() => void>();
  let closed = false;
  return {
    /** Called after a transaction that appended events has committed. */
    notify(): void {
      for (const wake of [...waiters]) wake();
    },
    /** Resolves at the next notification, after `ms`, when `signal` aborts, or at once when closed. */
    wait(ms: number, signal: AbortSignal): Promise<void> {
      if (closed || signal.aborted) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          signal.removeEventListener("abort", done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        waiters.add(done);
        signal.addEventListener("abort", done, { once: true });
      });
    },
    /** Ends every wait now and every later one at once (the node is stopping). */
    close(): void {
      closed = true;
      this.notify();
    },
    get closed(): boolean {
      return closed;
    },
  };
}

/** The notifier's type. */
export type Notifier = ReturnType<typeof createNotifier>;
