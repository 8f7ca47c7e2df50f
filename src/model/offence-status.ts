import type { Imprisonment, Jurisdiction, Offence } from '../schema/jurisdiction.js';
import { bySeverity, type TermBound } from './severity.js';

/**
 * What a record says about one offence's term of imprisonment. The three "no bar" cases mean
 * different things and must never be shown alike: an absent key was not researched,
 * `criminalised: false` records that a source says there is no such offence, and a criminalised
 * offence without a min or max simply has no term in the data (fine only, or not found).
 */
export type TermStatus = 'term' | 'no_term' | 'no_offence' | 'not_researched';

export interface OffenceTerm {
  status: TermStatus;
  entry: Offence | undefined;
  /** Set only when status is 'term': at least one of min and max is present. */
  imprisonment: Imprisonment | undefined;
}

export function offenceTerm(record: Jurisdiction, offence: string): OffenceTerm {
  const entry = record.offences?.[offence];
  if (!entry) return { status: 'not_researched', entry: undefined, imprisonment: undefined };
  if (!entry.criminalised) return { status: 'no_offence', entry, imprisonment: undefined };
  const term = entry.imprisonment;
  if (!term || (term.min === undefined && term.max === undefined)) return { status: 'no_term', entry, imprisonment: undefined };
  return { status: 'term', entry, imprisonment: term };
}

/** A criminalised offence punished by a fine and no imprisonment at all (e.g. India's POCSO s. 15(1)). */
export function isFineOnly(entry: Offence): boolean {
  return entry.criminalised && entry.fine !== undefined && entry.imprisonment === undefined;
}

/** Display order of the statuses: charted terms first, then the ones with nothing to draw. */
export const TERM_STATUS_ORDER: readonly TermStatus[] = ['term', 'no_term', 'no_offence', 'not_researched'];

export interface RankedTerm extends OffenceTerm {
  record: Jurisdiction;
}

/**
 * Records ordered for a chart: those with a term by severity (see `bySeverity`), then those with
 * no term, no offence, and not researched, each group in id order.
 */
export function rankTerms(records: readonly Jurisdiction[], offence: string, by: TermBound = 'max'): RankedTerm[] {
  const ranked = bySeverity(records, offence, by).map((record) => ({ record, ...offenceTerm(record, offence) }));
  return TERM_STATUS_ORDER.flatMap((status) => ranked.filter((r) => r.status === status));
}
