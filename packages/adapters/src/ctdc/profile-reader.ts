import { ageBandOf } from "@open-trm/anonymise";
import type { VictimProfile } from "@open-trm/schema";
import { ageBroadRows, childStatusRows, type FlagField } from "./encodings.js";

type AgeBroadRow = (typeof ageBroadRows)[number];
type EventType = VictimProfile["trafficking"]["events"][number]["type"];

const bandRows = new Map<string, AgeBroadRow>(ageBroadRows.map((r) => [r.band, r]));
const childMinor = new Map(childStatusRows.map((r) => [r.code, r.minor]));

/** One value of a multi-valued field, with the JSON Pointer it was read from. */
export interface FieldItem {
  readonly pointer: string;
  readonly code: string;
}

/**
 * Reads the facts a CTDC row needs from one victim profile, and records which leaves of the profile each column
 * carried (`used`) and why a leaf it looked at is not carried (`reasons`), for the loss report.
 */
export class ProfileReader {
  readonly used = new Set<string>();
  readonly reasons = new Map<string, string>();

  constructor(readonly profile: VictimProfile) {}

  /** Marks leaves as carried by the row. */
  use(...pointers: readonly string[]): void {
    for (const p of pointers) this.used.add(p);
  }

  /** Records why a leaf is not carried (the first reason wins; a leaf another column uses is carried anyway). */
  skip(pointer: string, reason: string): void {
    if (!this.reasons.has(pointer)) this.reasons.set(pointer, reason);
  }

  /** The values of a multi-valued field; an empty list is carried as all-empty flags, so it counts as used. */
  items(field: FlagField): readonly FieldItem[] {
    const base = `/trafficking/${field}`;
    const value = this.profile.trafficking[field];
    if (value === undefined) return [];
    if (typeof value === "string") return [{ pointer: base, code: value }];
    if (value.length === 0) this.use(base);
    return value.map((code, i) => ({ pointer: `${base}/${i}`, code }));
  }

  /** The ageBroad row of the person's age at registration (`createdAt`), from the birth date. */
  registrationBand(): AgeBroadRow | undefined {
    const birth = this.profile.person.birthDate;
    return birth === undefined ? undefined : bandRows.get(ageBandOf(birth, this.profile.createdAt));
  }

  /** The minority that `person.isChild` states, or `undefined` when it is `unknown`. */
  statedMinor(): boolean | undefined {
    return childMinor.get(this.profile.person.isChild);
  }

  /** Whether the person was a minor at registration: the stated child status first, the age band when unknown. */
  minorAtRegistration(): boolean | undefined {
    this.use("/person/isChild");
    const stated = this.statedMinor();
    if (stated !== undefined) return stated;
    const band = this.registrationBand();
    if (band !== undefined) this.use("/person/birthDate", "/createdAt");
    return band?.minor;
  }

  /**
   * Whether the person was a minor when the earliest event of a type began. A minor at registration was one then;
   * otherwise the youngest possible age at the earliest possible start decides, so a possible child stays a child.
   */
  minorAtStart(type: EventType): boolean | undefined {
    if (this.minorAtRegistration() === true) return true;
    const birth = this.profile.person.birthDate;
    const start = this.earliestEvent(type);
    if (birth === undefined || start === undefined) return undefined;
    this.use("/person/birthDate", `${start.pointer}/from`, `${start.pointer}/type`);
    return bandRows.get(ageBandOf(birth, start.from))?.minor;
  }

  /** The event of a type with the earliest `from` (ISO partial dates sort by their first day). */
  private earliestEvent(type: EventType): { readonly pointer: string; readonly from: string } | undefined {
    let best: { pointer: string; from: string } | undefined;
    this.profile.trafficking.events.forEach((e, i) => {
      if (e.type === type && e.from !== undefined && (best === undefined || e.from < best.from))
        best = { pointer: `/trafficking/events/${i}`, from: e.from };
    });
    return best;
  }

  /** The country of the first exploitation event; later exploitation events in other countries are not carried. */
  exploitationCountry(): string | undefined {
    const events = this.profile.trafficking.events;
    if (events.length === 0) this.use("/trafficking/events");
    const first = events.find((e) => e.type === "exploitation")?.country;
    events.forEach((e, i) => {
      if (e.type !== "exploitation" || first === undefined) return;
      const at = `/trafficking/events/${i}`;
      if (e.country === first) this.use(`${at}/country`, `${at}/type`);
      else
        this.skip(
          `${at}/country`,
          "CTDC has one country of exploitation: that of the first exploitation event",
        );
    });
    return first;
  }

  /** The first citizenship; CTDC rows have one citizenship column. */
  firstCitizenship(): string | undefined {
    const list = this.profile.person.citizenships;
    if (list.length === 0) this.use("/person/citizenships");
    list.forEach((_, i) => {
      if (i === 0) this.use("/person/citizenships/0");
      else this.skip(`/person/citizenships/${i}`, "CTDC has one citizenship column: the first is published");
    });
    return list[0];
  }
}
