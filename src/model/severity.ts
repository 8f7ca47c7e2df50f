import type { Imprisonment, Jurisdiction } from '../schema/jurisdiction.js';
import { compareDurations } from './duration.js';

/** Orders two terms by their maximum, then minimum: negative when a is lighter; "life" is above every term. */
export function compareImprisonment(a: Imprisonment | undefined, b: Imprisonment | undefined): number {
  return compareDurations(a?.max, b?.max) || compareDurations(a?.min, b?.min);
}

/**
 * Jurisdictions ordered from the most to the least severe maximum for one offence; those with
 * no recorded term come last, in id order.
 */
export function bySeverity(records: readonly Jurisdiction[], offence: string): Jurisdiction[] {
  return [...records].sort(
    (a, b) => compareImprisonment(b.offences?.[offence]?.imprisonment, a.offences?.[offence]?.imprisonment) || a.id.localeCompare(b.id),
  );
}
