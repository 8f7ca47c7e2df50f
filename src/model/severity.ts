import type { Imprisonment, Jurisdiction } from '../schema/jurisdiction.js';
import { compareDurations } from './duration.js';

/** Which end of the statutory range orders jurisdictions first. */
export type TermBound = 'max' | 'min';

/** Orders two terms by their maximum, then minimum: negative when a is lighter; "life" is above every term. */
export function compareImprisonment(a: Imprisonment | undefined, b: Imprisonment | undefined): number {
  return compareDurations(a?.max, b?.max) || compareDurations(a?.min, b?.min);
}

/** Orders two terms by their minimum, then maximum: for questions about mandatory minimum sentences. */
export function compareMinimumImprisonment(a: Imprisonment | undefined, b: Imprisonment | undefined): number {
  return compareDurations(a?.min, b?.min) || compareDurations(a?.max, b?.max);
}

/**
 * Jurisdictions ordered from the most to the least severe maximum (or, with `by: 'min'`, minimum)
 * for one offence; those with no recorded term come last, in id order.
 */
export function bySeverity(records: readonly Jurisdiction[], offence: string, by: TermBound = 'max'): Jurisdiction[] {
  const compare = by === 'min' ? compareMinimumImprisonment : compareImprisonment;
  return [...records].sort((a, b) => compare(b.offences?.[offence]?.imprisonment, a.offences?.[offence]?.imprisonment) || a.id.localeCompare(b.id));
}
