// The phrases every renderer uses (terminal tables, the chart, the SVG and the HTML report):
// one wording for terms, fines, penalties, treaty standing and the cases with no figure.
import { formatDuration, formatTermRange } from '../model/duration.js';
import { isFineOnly, type TermStatus } from '../model/offence-status.js';
import type { Standing } from '../model/treaty-status.js';
import type { Aggravation, Combination, Corporal, FailurePenalty, Fine, Imprisonment, Offence, Reservation } from '../schema/jurisdiction.js';

export { formatDuration, formatTermRange };

export const NOT_RESEARCHED = '—';
export const UNVERIFIED_MARK = '[unverified]';
/** In place of a term where the law sets a fine and no imprisonment. */
export const FINE_ONLY = 'fine only';
/** Beside an offence that no provision aims at, recorded under a wider one that reaches it. */
export const WIDER_OFFENCE = 'under a wider offence, not one aimed at this conduct';
/** Beside a charted term that belongs to such a wider offence, and what the mark means. */
export const WIDER_MARK = '(wider offence)';
export const WIDER_MARK_MEANING = 'the term of a wider offence that reaches the conduct, not of one aimed at it';

/** Why an offence has no bar or figure: three different facts, never shown alike. */
export const NO_FIGURE: Record<Exclude<TermStatus, 'term'>, string> = {
  no_term: 'no term recorded',
  no_offence: 'no offence (not criminalised)',
  not_researched: 'not researched',
};

/** The penalty for failing to report: its term and fine, or its note where the law gives no figure. */
export function formatFailurePenalty(p: FailurePenalty): string {
  return [p.imprisonment && formatImprisonment(p.imprisonment), p.fine && formatFine(p.fine), !p.imprisonment && !p.fine ? p.note : undefined].filter(Boolean).join('; ');
}

/** Why an offence has no term to show; a criminalised offence without one may be fine-only. */
export function noFigureText(status: Exclude<TermStatus, 'term'>, entry: Offence | undefined): string {
  return status === 'no_term' && entry && isFineOnly(entry) ? FINE_ONLY : NO_FIGURE[status];
}

/** How the fine relates to the term of imprisonment, read before the fine: "and/or up to 250,000 USD". */
const COMBINATION_WORDS: Record<Combination, string> = { and: 'and', or: 'or', and_or: 'and/or', and_optional: 'optionally' };

export function combinationWords(combination: Combination): string {
  return COMBINATION_WORDS[combination];
}

function amount(n: number): string {
  if (Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "a fine of up to 250,000 USD", "an unlimited fine", "a fine of 10–360 daily rates", or the note. */
export function formatFine(fine: Fine): string {
  if (fine.unlimited) return 'an unlimited fine';
  const unit = fine.currency ?? fine.unit ?? '';
  const suffix = unit ? ` ${unit}` : '';
  if (fine.min !== undefined && fine.max !== undefined) return `a fine of ${fine.min === fine.max ? amount(fine.max) : `${amount(fine.min)}–${amount(fine.max)}`}${suffix}`;
  if (fine.max !== undefined) return `a fine of up to ${amount(fine.max)}${suffix}`;
  if (fine.min !== undefined) return `a fine of at least ${amount(fine.min)}${suffix}`;
  return fine.note ?? 'a fine';
}

/** The fine as it stands beside the term: "and/or a fine of up to 250,000 USD"; "a fine only" without a term. */
export function formatFineWithCombination(fine: Fine, combination: Combination | undefined, hasTerm: boolean): string {
  const text = formatFine(fine);
  if (!hasTerm) return `${text} (no term of imprisonment)`;
  return combination ? `${combinationWords(combination)} ${text}` : text;
}

export function formatImprisonment(term: Imprisonment): string {
  return formatTermRange(term.min, term.max);
}

export function formatCorporal(c: Corporal): string {
  const strokes =
    c.min_strokes !== undefined && c.max_strokes !== undefined
      ? `${c.min_strokes}–${c.max_strokes} strokes`
      : c.max_strokes !== undefined
        ? `up to ${c.max_strokes} strokes`
        : c.min_strokes !== undefined
          ? `at least ${c.min_strokes} strokes`
          : '';
  return strokes ? `${c.kind}, ${strokes}` : c.kind;
}

interface PenaltyParts {
  imprisonment?: Imprisonment;
  fine?: Fine;
  corporal?: Corporal | null;
  capital?: boolean;
  combination?: Combination;
}

/**
 * "2–15 years and/or a fine of up to 5,000 EUR, caning": every penalty of an entry in one phrase.
 * Where the data does not say how term and fine combine, a semicolon keeps them apart rather than
 * implying "and" or "or".
 */
export function formatPenalties(p: PenaltyParts): string {
  const term = p.imprisonment && formatImprisonment(p.imprisonment);
  const fine = p.fine && (term ? formatFineWithCombination(p.fine, p.combination, true) : formatFine(p.fine));
  return [
    [term, fine].filter(Boolean).join(term && fine && !p.combination ? '; ' : ' '),
    p.corporal && formatCorporal(p.corporal),
    p.capital ? 'death penalty' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The effect of an aggravation: its own penalties, or the change to the basic ones. */
export function formatAggravationPenalties(a: Aggravation, basic?: Imprisonment): string {
  const own = formatPenalties(a);
  const effect = a.effect && [a.effect.increase && `increased by ${a.effect.increase}`, a.effect.add && `plus ${formatDuration(a.effect.add)}`, a.effect.note].filter(Boolean).join(', ');
  const from = own && a.imprisonment && basic ? ` (from ${formatImprisonment(basic)})` : '';
  return [own && `${own}${from}`, effect].filter(Boolean).join('; ');
}

/** "victim under 12, criminal organisation": the kinds of an aggravation in words. */
export function aggravationKinds(a: Aggravation, kindNames: Record<string, string>): string {
  return (a.kinds ?? []).map((k) => (k === 'victim_under_age' && a.victim_age ? `victim under ${a.victim_age}` : (kindNames[k] ?? k))).join(', ');
}

/** "criminal organisation: 2–15 years (from 1–10 years)": an aggravation with its kinds, for tables. */
export function formatAggravation(a: Aggravation, kindNames: Record<string, string>, basic?: Imprisonment): string {
  const kinds = aggravationKinds(a, kindNames);
  const penalties = formatAggravationPenalties(a, basic);
  return `${kinds ? `${kinds} — ` : ''}${a.when}${penalties ? `: ${penalties}` : ''}`;
}

const ACT_WORDS: Record<string, string> = {
  ratification: 'ratified',
  accession: 'acceded',
  acceptance: 'accepted',
  approval: 'approved',
  succession: 'succeeded',
  signature: 'signed',
  denunciation: 'denounced',
  withdrawal: 'withdrew',
  transposition: 'transposed',
};

/** "party (ratified 2006-09-29)", "signed 2001-11-23, not ratified", "not party (as of 2025-11-19)". */
export function formatStanding(standing: Standing | undefined): string {
  if (!standing) return NOT_RESEARCHED;
  const { status, event, asOf } = standing;
  const when = event ? `${ACT_WORDS[event.act] ?? event.act} ${event.date}${event.deposit === false ? ', domestic act' : ''}` : undefined;
  switch (status) {
    case 'party':
      return when ? `party (${when})` : `party (as of ${asOf ?? '?'}; date not recorded)`;
    case 'signatory':
      return when ? `${when}, not ratified` : `signatory (as of ${asOf ?? '?'}; date not recorded)`;
    case 'not_party':
      return `not party (as of ${asOf ?? '?'})`;
    case 'withdrawn':
      return `withdrawn (${when ?? 'date not recorded'})`;
    case 'bound':
      return when ? `bound (${when})` : `bound (as of ${asOf ?? '?'})`;
  }
}

/** "reservation to art. 9(4): possession not criminalised". */
export function formatReservation(r: Reservation): string {
  return `${r.kind ?? 'reservation'} to art. ${r.article}: ${r.text_summary}`;
}

/** A value of a diff, in the words of the tables: "1–5 years", "a fine of up to 500,000 EUR", "yes". */
export function describeValue(path: string, value: unknown): string {
  if (value === undefined) return NOT_RESEARCHED;
  const field = path.replace(/\[\d+\]$/, '').split('.').pop() ?? '';
  if (value === null) return field === 'corporal' ? 'none' : 'null';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(String).join('\n');
  if (typeof value === 'object') {
    switch (field) {
      case 'imprisonment':
      case 'range':
        return formatImprisonment(value as Imprisonment);
      case 'fine':
        return formatFine(value as Fine);
      case 'corporal':
        return formatCorporal(value as Corporal);
      case 'effect': {
        const e = value as NonNullable<Aggravation['effect']>;
        return [e.increase && `increased by ${e.increase}`, e.add && `plus ${formatDuration(e.add)}`, e.note].filter(Boolean).join(', ');
      }
      default:
        return Object.entries(value).map(([k, v]) => `${k.replace(/_/g, ' ')}: ${typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v)}`).join(', ');
    }
  }
  if (typeof value === 'string' && ['preservation', 'term', 'add', 'min', 'max'].includes(field)) return formatDuration(value);
  if (field === 'combination') return combinationWords(value as Combination);
  return String(value);
}
