import { CONSENT_ACTS, EXIT_ACTS, type TREATY_STATUSES } from '../schema/patterns.js';
import type { TreatyEvent, TreatyMembership } from '../schema/jurisdiction.js';
import { earliestDay } from './dates.js';

export type TreatyStatus = (typeof TREATY_STATUSES)[number];

export interface Standing {
  status: TreatyStatus;
  /** The event that gives the status (the ratification of a party, the signature of a signatory), if any. */
  event?: TreatyEvent;
  /** For a stated status: the date of the list it was read on. */
  asOf?: string;
}

/** Events in date order (a partial date sorts as its first day; the file's order breaks ties). */
export function eventsInOrder(membership: TreatyMembership): TreatyEvent[] {
  return (membership.events ?? []).map((event, index) => ({ event, index })).sort((a, b) => earliestDay(a.event.date).localeCompare(earliestDay(b.event.date)) || a.index - b.index).map((x) => x.event);
}

/**
 * A state's standing on a day, from its events (a partial date counts from its first day), else
 * from a stated status: `party` or `bound` from its `as_of` on, `not_party` as far as its list
 * goes. Undefined when nothing recorded answers for that day.
 */
export function standingOn(membership: TreatyMembership, day: string): Standing | undefined {
  let standing: Standing | undefined;
  const events = eventsInOrder(membership);
  // A domestic act (a ratification law) is the best date known only until the deposit is recorded.
  const deposited = events.some((e) => CONSENT_ACTS.has(e.act) && e.deposit === true);
  for (const event of events) {
    if (earliestDay(event.date) > day) break;
    if (deposited && CONSENT_ACTS.has(event.act) && event.deposit === false) continue;
    if (CONSENT_ACTS.has(event.act)) standing = { status: 'party', event };
    // In force for the state: it is a party from then on, even where its ratification date is not recorded.
    else if (event.act === 'entry_into_force' && standing?.status !== 'party') standing = { status: 'party', event };
    else if (EXIT_ACTS.has(event.act)) standing = { status: 'withdrawn', event };
    else if (event.act === 'signature' && standing === undefined) standing = { status: 'signatory', event };
    else if (event.act === 'transposition' && standing === undefined) standing = { status: 'bound', event };
  }
  if (standing) return standing;
  const stated = membership.status;
  if (stated === undefined) return undefined;
  const asOf = membership.as_of;
  if (stated === 'not_party') {
    // A state absent from a complete list was not party before it either, unless an event says otherwise (above).
    return { status: 'not_party', asOf };
  }
  return asOf === undefined || earliestDay(asOf) <= day ? { status: stated, asOf } : undefined;
}
